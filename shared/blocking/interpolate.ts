import { Quaternion } from 'three';
import { BONE_NAMES } from '../domain/bones';
import { POSE_SCHEMA_VERSION, type Pose, type Quat, type Vec3 } from '../domain/blocking';
import { withSupportOf, type PlacementLike } from './pose';

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const lerpVec3 = (a: Vec3, b: Vec3, t: number): Vec3 => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];

/** Ease in and out: 3t² − 2t³, clamped to [0, 1]. */
export function smoothstep(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}

/** The signed smallest turn from angle a to angle b, degrees in (−180, 180]. */
export function shortestAngleDeltaDeg(a: number, b: number): number {
  const d = (((b - a) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

const IDENTITY: Quat = [0, 0, 0, 1];

/** Rotations are slerped, bones left out of a pose count as their rest rotation (identity). */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const bones: Pose['bones'] = {};
  const qa = new Quaternion();
  const qb = new Quaternion();
  for (const name of BONE_NAMES) {
    const from = a.bones[name];
    const to = b.bones[name];
    if (!from && !to) continue;
    const f = from ?? IDENTITY;
    const g = to ?? IDENTITY;
    qa.set(f[0], f[1], f[2], f[3]).normalize();
    qb.set(g[0], g[1], g[2], g[3]).normalize();
    qa.slerp(qb, t); // takes the shorter arc
    bones[name] = [qa.x, qa.y, qa.z, qa.w];
  }
  return withSupportOf(t < 0.5 ? a : b, { v: POSE_SCHEMA_VERSION, hips: lerpVec3(a.hips, b.hips, t), bones });
}

/**
 * The in-between of two placements of one performer at t ∈ [0, 1] (apply easing to t first if
 * wanted): position and hips lerp, facing turns the short way round, every bone slerps.
 */
export function interpolatePlacement(a: PlacementLike, b: PlacementLike, t: number): PlacementLike {
  return {
    position: lerpVec3(a.position, b.position, t),
    rotationY: a.rotationY + shortestAngleDeltaDeg(a.rotationY, b.rotationY) * t,
    pose: interpolatePose(a.pose, b.pose, t),
  };
}

export interface TimelineBeat {
  /** Length in counts, or null when not set. */
  readonly counts: number | null;
}

export interface TimelineOptions {
  /** Counts per minute. */
  readonly tempoBpm: number;
  /** Counts used for a beat whose length is not set. */
  readonly defaultCounts?: number;
}

export interface TimelinePosition {
  /** The beat being played (highlighted in the beat strip). */
  readonly beatIndex: number;
  /** Interpolate from this beat's placements… */
  readonly fromBeatIndex: number;
  /** …to this beat's placements… */
  readonly toBeatIndex: number;
  /** …by this fraction (linear; ease it with smoothstep for display). */
  readonly t: number;
}

export interface BeatTimeline {
  readonly startsSec: readonly number[];
  readonly durationsSec: readonly number[];
  readonly totalSec: number;
  at(timeSec: number): TimelinePosition;
}

export const DEFAULT_COUNTS_PER_BEAT = 8;

/**
 * Playback timing for a scene's beats at a tempo. A beat's counts are the time it takes to move
 * into that beat's blocking, so during beat i (i ≥ 1) the mannequins travel from beat i−1 to beat i;
 * the first beat is the opening position, held for its counts.
 */
export function beatTimeline(beats: readonly TimelineBeat[], options: TimelineOptions): BeatTimeline {
  if (!(options.tempoBpm > 0)) throw new RangeError('Tempo must be a positive number of counts per minute');
  const secondsPerCount = 60 / options.tempoBpm;
  const fallback = options.defaultCounts ?? DEFAULT_COUNTS_PER_BEAT;
  const durationsSec = beats.map((b) => (b.counts ?? fallback) * secondsPerCount);
  const startsSec: number[] = [];
  let total = 0;
  for (const d of durationsSec) {
    startsSec.push(total);
    total += d;
  }
  return {
    startsSec,
    durationsSec,
    totalSec: total,
    at(timeSec: number): TimelinePosition {
      if (beats.length === 0) return { beatIndex: 0, fromBeatIndex: 0, toBeatIndex: 0, t: 0 };
      const time = Math.min(total, Math.max(0, timeSec));
      let i = 0;
      while (i < beats.length - 1 && time >= startsSec[i + 1]!) i++;
      if (i === 0) return { beatIndex: 0, fromBeatIndex: 0, toBeatIndex: 0, t: 0 };
      const t = Math.min(1, (time - startsSec[i]!) / durationsSec[i]!);
      return { beatIndex: i, fromBeatIndex: i - 1, toBeatIndex: i, t };
    },
  };
}
