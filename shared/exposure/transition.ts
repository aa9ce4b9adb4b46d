import { interpolatePlacement, smoothstep } from '../blocking/interpolate';
import type { PlacementLike } from '../blocking/pose';
import { barriersOfBeat, liveBeat, setPiecesOfScene, visibleCamerasOfBeat } from '../records/query';
import { geometryKey, stageBodiesOfBeat, type ExposureDoc } from './beat';
import { remembered } from './memo';
import { lookThrough } from './look';
import { buildStage, type StageBodyInput } from './stage';
import type { ShotExposure } from './types';

/**
 * The exposure check along the move from one beat into the next, as playback shows it
 * (renderer/src/scene/three/Mannequin.tsx, PlaybackDriver.tsx): bodies travel by smoothstep(t), the
 * cameras are the arriving beat's (the beat strip already shows it), a performer walking on or off is
 * on stage for the half of the move nearest the beat where they are on. What is worn changes somewhere
 * in the move, so a region counts as uncovered when it is uncovered at either end.
 *
 * Sampling: TRANSITION_SAMPLES moments evenly inside the move (the ends are the beats themselves, checked
 * on their own): at t = ¼, ½ and ¾ every body is within an eighth of its path of a checked moment — a
 * step of a metre is checked every 25 cm, a half turn every 45° — fine enough for what a camera sees of
 * a region 10–30 cm across, and three in-between stages cost about three beats, so the check can still
 * run after every edit. A performer who does not move between the beats keeps their posed body.
 */
export const TRANSITION_SAMPLES = 3;

export interface TransitionMoment {
  /** Linear time through the move, 0…1 (the playback clock's t). */
  readonly t: number;
  readonly shots: readonly ShotExposure[];
}

export function transitionTimes(samples = TRANSITION_SAMPLES): number[] {
  return Array.from({ length: samples }, (_, i) => (i + 1) / (samples + 1));
}

const samePlace = (a: PlacementLike, b: PlacementLike) =>
  a.rotationY === b.rotationY && a.position.every((v, i) => v === b.position[i]) && (a.pose === b.pose || JSON.stringify(a.pose) === JSON.stringify(b.pose));

/** Does anyone move, walk on or off, or change what they wear between the two beats? If not, the move shows nothing the beats do not. */
export function movesBetween(doc: ExposureDoc, fromBeatId: string, toBeatId: string): boolean {
  const from = new Map(stageBodiesOfBeat(doc, fromBeatId, true).map((b) => [b.performerId, b]));
  const to = stageBodiesOfBeat(doc, toBeatId, true);
  return to.some((b) => {
    const a = from.get(b.performerId);
    return !!a && (a.hidden !== b.hidden || !samePlace(a.placement, b.placement) || a.uncovered.join() !== b.uncovered.join());
  });
}

export function stageBodiesBetween(doc: ExposureDoc, fromBeatId: string, toBeatId: string, t: number): StageBodyInput[] {
  const eased = smoothstep(t);
  const from = new Map(stageBodiesOfBeat(doc, fromBeatId, true).map((b) => [b.performerId, b]));
  const out: StageBodyInput[] = [];
  for (const to of stageBodiesOfBeat(doc, toBeatId, true)) {
    const a = from.get(to.performerId);
    if (!a) continue; // not in both beats: nothing to move between
    if ((a.hidden && to.hidden) || (to.hidden && eased > 0.5) || (a.hidden && eased < 0.5)) continue;
    out.push({
      performerId: to.performerId,
      heightCm: to.heightCm,
      placement: samePlace(a.placement, to.placement) ? to.placement : interpolatePlacement(a.placement, to.placement, eased),
      uncovered: new Set([...a.uncovered, ...to.uncovered]),
    });
  }
  return out;
}

/** The check at the moments along the move from `fromBeatId` into `toBeatId` (the next beat of the same scene). */
export function exposureOfTransition(doc: ExposureDoc, sceneId: string, fromBeatId: string, toBeatId: string, samples = TRANSITION_SAMPLES): TransitionMoment[] {
  const to = liveBeat(doc, toBeatId);
  if (!to || to.sceneId !== sceneId || liveBeat(doc, fromBeatId)?.sceneId !== sceneId) return [];
  const cameras = visibleCamerasOfBeat(doc, toBeatId);
  if (cameras.length === 0) return [];
  const setPieces = setPiecesOfScene(doc, sceneId);
  const barriers = barriersOfBeat(doc, toBeatId);
  return transitionTimes(samples).map((t) => {
    const bodies = stageBodiesBetween(doc, fromBeatId, toBeatId, t);
    const shots = remembered(`move ${t} ${geometryKey(bodies, setPieces, barriers, cameras)}`, () => {
      const stage = buildStage(bodies, setPieces, barriers);
      return cameras.map((c) => lookThrough(stage, c));
    });
    return { t, shots };
  });
}
