// Snapping and settling moved to shared/blocking/settle.ts, so main re-applies the same geometry rules.
// Import them from shared/blocking; this re-export goes once the last importers have switched.
export { normaliseDeg, poseSupport, reclassified, roundVec, snapPlacement, surfaceHeightAt } from '../../../shared/blocking/settle';
