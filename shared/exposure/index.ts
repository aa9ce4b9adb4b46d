// The camera exposure check (issue 12): what each camera sees of each performer's body regions in a
// beat — out of frame, hidden, covered or exposed — on the same capsule bodies the mannequin is built
// from, through the real optics. The rules (shared/rules/exposure.ts) hold it to each performer's
// "show" consent and rider; inFrame.ts phrases it as "in frame" for the sheet (shared/sheet/beats.ts).
export * from './types';
export * from './stage';
export * from './look';
export * from './beat';
export * from './transition';
export * from './inFrame';
export { clearExposureMemo } from './memo';
