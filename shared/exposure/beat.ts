import { uncoveredRegions } from '../body/nudity';
import type { Placement } from '../domain/blocking';
import type { BodyRegionId } from '../domain/bodyRegions';
import { barriersOfBeat, garmentsOfBeat, liveBeat, placementsOfBeat, setPiecesOfScene, visibleCamerasOfBeat, type DocRecords } from '../records/query';
import type { SetPiece } from '../domain/blocking';
import type { Barrier } from '../domain/wardrobe';
import { lookThrough, type ExposureCamera } from './look';
import { remembered } from './memo';
import { buildStage, type ExposureStage, type StageBodyInput } from './stage';
import type { BeatExposure } from './types';

export type ExposureDoc = Pick<DocRecords, 'scenes' | 'beats' | 'performers' | 'placements' | 'garments' | 'setPieces' | 'barriers' | 'cameras' | 'cameraPlacements'>;

type BeatBody = StageBodyInput & { readonly placement: Placement; readonly hidden: boolean; readonly uncovered: readonly BodyRegionId[] };

/**
 * The performers on stage in a beat, with what nothing covers; hidden placements (off stage) are left
 * out unless asked for (a transition walks them on or off).
 */
export function stageBodiesOfBeat(doc: ExposureDoc, beatId: string, withHidden = false): BeatBody[] {
  const garments = garmentsOfBeat(doc, beatId);
  return placementsOfBeat(doc, beatId)
    .filter((p) => withHidden || !p.hidden)
    .map((p) => ({
      performerId: p.performerId,
      heightCm: doc.performers[p.performerId]!.heightCm,
      placement: p,
      hidden: p.hidden,
      uncovered: uncoveredRegions(p.costumeOff, garments.filter((g) => g.performerId === p.performerId).map((g) => g.type)),
    }));
}

/** A beat's stage: its bodies, the scene's set pieces and the beat's barriers. */
export function stageOfBeat(doc: ExposureDoc, beatId: string): ExposureStage | null {
  const beat = liveBeat(doc, beatId);
  if (!beat) return null;
  return buildStage(stageBodiesOfBeat(doc, beatId), setPiecesOfScene(doc, beat.sceneId), barriersOfBeat(doc, beatId));
}

/**
 * The exposure check of one beat: every camera used there × every performer on stage × every body
 * region. Pure and deterministic; the stage is built once and looked at through each camera.
 */
export function exposureOfBeat(doc: ExposureDoc, sceneId: string, beatId: string): BeatExposure {
  const beat = liveBeat(doc, beatId);
  if (!beat || beat.sceneId !== sceneId) return { sceneId, beatId, shots: [] };
  const cameras = visibleCamerasOfBeat(doc, beatId);
  if (cameras.length === 0) return { sceneId, beatId, shots: [] };
  const bodies = stageBodiesOfBeat(doc, beatId);
  const setPieces = setPiecesOfScene(doc, sceneId);
  const barriers = barriersOfBeat(doc, beatId);
  const key = geometryKey(bodies, setPieces, barriers, cameras);
  const shots = remembered(key, () => {
    const stage = buildStage(bodies, setPieces, barriers);
    return cameras.map((c) => lookThrough(stage, c));
  });
  return { sceneId, beatId, shots };
}

/** Everything the check's answer depends on, as text: who stands where in which pose, what is bare, the set, the lenses. */
export function geometryKey(bodies: readonly StageBodyInput[], setPieces: readonly SetPiece[], barriers: readonly Barrier[], cameras: readonly ExposureCamera[]): string {
  return JSON.stringify([
    bodies.map((b) => [b.performerId, b.heightCm, b.placement.position, b.placement.rotationY, b.placement.pose, [...b.uncovered]]),
    setPieces.map((p) => [p.type, p.size, p.position, p.rotationY]),
    barriers.map((b) => [b.type, b.size, b.position, b.rotationY]),
    cameras.map((c) => [c.id, c.name, c.focalLengthMm, c.sensor.widthMm, c.sensor.heightMm, c.aspect, c.position, c.target, c.rollDeg]),
  ]);
}
