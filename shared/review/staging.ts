import type { AnyRecord } from '../domain/records';
import { barriersOfBeat, beatsOfScene, camerasOfScene, castOfScene, contactsOfBeat, garmentsOfBeat, placementsOfBeat, setPiecesOfScene, type DocRecords } from '../records/query';

/**
 * The staging of one scene, as a review copy carries it:
 * the scene, its live beats, set pieces and cameras, and per beat the cast's placements, the live
 * cameras' placements, contacts, garments and barriers; plus the cast's performer records (for names,
 * heights and colours — what `visibleTo` leaves of them is the caller's business).
 */
export function stagingRecordsOfScene(doc: DocRecords, sceneId: string): AnyRecord[] {
  const scene = doc.scenes[sceneId];
  if (!scene) return [];
  const beats = beatsOfScene(doc, sceneId);
  const cameras = camerasOfScene(doc, sceneId);
  const liveCameras = new Set(cameras.map((c) => c.id));
  return [
    ...castOfScene(doc, sceneId),
    scene,
    ...beats,
    ...setPiecesOfScene(doc, sceneId),
    ...cameras,
    ...beats.flatMap((b) => [
      ...placementsOfBeat(doc, b.id),
      ...Object.values(doc.cameraPlacements).filter((p) => p.beatId === b.id && liveCameras.has(p.cameraId)),
      ...contactsOfBeat(doc, b.id),
      ...garmentsOfBeat(doc, b.id),
      ...barriersOfBeat(doc, b.id),
    ]),
  ];
}
