import { BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { listing } from '../rules/wording';
import type { BeatExposure, ShotExposure } from './types';

/**
 * "In frame", per camera, as the sheet prints it: "A cam (50 mm): Ruth — face, upper chest and
 * shoulders; Tom — lower back". A region is in frame when the camera sees some of it (covered or
 * uncovered); regions seen uncovered are named again at the end. Built per performer, so a performer's
 * copy of the sheet can keep only their own part (privacy.ts decides; this file only phrases).
 */

export interface PerformerInFrame {
  readonly performerId: string;
  /** Regions the camera sees (covered or not), BODY_REGION_IDS order. */
  readonly seen: readonly BodyRegionId[];
  /** Of those, the ones seen uncovered. */
  readonly uncovered: readonly BodyRegionId[];
  /** "Ruth — face, upper chest and shoulders (shoulders uncovered)". */
  readonly text: string;
}

export interface CameraInFrame {
  readonly cameraId: string;
  /** "A cam (50 mm)". */
  readonly camera: string;
  /** Only performers the camera sees something of. */
  readonly performers: readonly PerformerInFrame[];
  /** "A cam (50 mm): Ruth — face; Tom — lower back", or "A cam (50 mm): no performer in frame". */
  readonly text: string;
}

const plural = (label: string) => (label === 'foot' ? 'feet' : label.startsWith('side of ') ? `sides of ${label.slice(8)}` : `${label}s`);

/** Region labels for a list, a left and right pair said once ("shoulders"), in body order. */
export function regionList(regions: readonly BodyRegionId[]): string[] {
  const set = new Set(regions);
  const out: string[] = [];
  for (const r of regions) {
    const { side, label } = BODY_REGIONS[r];
    if (!side) {
      out.push(label);
      continue;
    }
    const other = (side === 'left' ? `right${r.slice(4)}` : `left${r.slice(5)}`) as BodyRegionId;
    const bare = label.replace(/^(left|right) /, '');
    if (!set.has(other)) out.push(label);
    else if (side === 'left') out.push(plural(bare)); // the pair, said once where the left one comes
  }
  return out;
}

export function cameraInFrame(shot: ShotExposure, names: (performerId: string) => string): CameraInFrame {
  const camera = `${shot.cameraName} (${Math.round(shot.focalLengthMm)} mm)`;
  const performers: PerformerInFrame[] = [];
  for (const p of shot.performers) {
    const seen = p.regions.filter((r) => r.state === 'covered' || r.state === 'exposed').map((r) => r.region);
    if (seen.length === 0) continue;
    const uncovered = p.regions.filter((r) => r.state === 'exposed').map((r) => r.region);
    const bare = uncovered.length ? ` (${listing(regionList(uncovered))} uncovered)` : '';
    performers.push({ performerId: p.performerId, seen, uncovered, text: `${names(p.performerId)} — ${listing(regionList(seen))}${bare}` });
  }
  return { cameraId: shot.cameraId, camera, performers, text: `${camera}: ${performers.length ? performers.map((p) => p.text).join('; ') : 'no performer in frame'}` };
}

/** Every camera of a beat's exposure check, phrased. `names`: how the sheet names a performer (name or character). */
export function inFrameOfBeat(exposure: BeatExposure, names: (performerId: string) => string): CameraInFrame[] {
  return exposure.shots.map((shot) => cameraInFrame(shot, names));
}
