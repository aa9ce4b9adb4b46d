import type { BodyRegionId } from '../domain/bodyRegions';

/**
 * What one camera sees of one body region of one performer, decided in this order:
 * - `outOfFrame`: none of the region's sample points is inside the recorded frame;
 * - `hidden`: some are in frame, but a body, a set piece or a barrier is in front of every one of them;
 * - `covered`: some are seen, but the costume or a modesty garment covers the region;
 * - `exposed`: some are seen and the region is uncovered.
 */
export const EXPOSURE_STATES = ['outOfFrame', 'hidden', 'covered', 'exposed'] as const;
export type ExposureState = (typeof EXPOSURE_STATES)[number];

export interface RegionExposure {
  readonly region: BodyRegionId;
  readonly state: ExposureState;
  /** Of the region's sample points, the share inside the frame (0…1). */
  readonly inFrameFraction: number;
  /** Of the region's sample points, the share in frame with a clear line to the lens (0…1). */
  readonly visibleFraction: number;
}

export interface PerformerInShot {
  readonly performerId: string;
  /** Every region, in BODY_REGION_IDS order. */
  readonly regions: readonly RegionExposure[];
}

/** One camera's view of every performer on stage. */
export interface ShotExposure {
  readonly cameraId: string;
  readonly cameraName: string;
  readonly focalLengthMm: number;
  /** The performers on stage, in the beat's placement order. */
  readonly performers: readonly PerformerInShot[];
}

/** The exposure check of one beat: every camera used in it. */
export interface BeatExposure {
  readonly sceneId: string;
  readonly beatId: string;
  /** The cameras used in the beat, by name. */
  readonly shots: readonly ShotExposure[];
}
