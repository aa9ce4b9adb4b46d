import type { DocumentSnapshot } from '../domain/records';
import type { UnitSystem } from '../domain/production';
import { cameraInBeat, docRecordsFrom, liveBeat, type DocRecords } from '../records/query';
import { ASPECT_RATIO_VALUES } from '../blocking';

/**
 * A 3D still of one beat, rendered from the real scene without editor overlays (for the sheet and the
 * rehearsal packet): from one of the beat's cameras (what its lens sees: focal length, sensor, frame
 * aspect) or from the rehearsal view (a fixed 3/4 view from above, framing every body and set piece).
 */
export type StillView = { readonly kind: 'camera'; readonly cameraId: string } | { readonly kind: 'rehearsal' };

export interface StillRequest {
  readonly sceneId: string;
  readonly beatId: string;
  readonly view: StillView;
  /**
   * The box the picture must fit, in pixels. The rehearsal view fills it; a camera's still keeps the
   * camera's frame aspect (2.39:1 in a 1200×675 box is 1200×502), so the page shows what the lens records.
   */
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Pixels on each side a still may have: enough for a full-page print, small enough for a software renderer. */
export const STILL_MIN_PX = 16;
export const STILL_MAX_PX = 4096;

/** The key of a request in a provider's answer: the same request always gets the same key. */
export function requestKey(req: StillRequest): string {
  const view = req.view.kind === 'camera' ? `camera:${req.view.cameraId}` : 'rehearsal';
  return `${req.sceneId}/${req.beatId}/${view}/${req.widthPx}x${req.heightPx}`;
}

/** The picture's size in pixels: the box for the rehearsal view, the camera's frame aspect fitted into the box. */
export function stillPixelSize(req: Pick<StillRequest, 'widthPx' | 'heightPx'>, frameAspect: number | null): { width: number; height: number } {
  if (frameAspect === null) return { width: req.widthPx, height: req.heightPx };
  if (req.widthPx / req.heightPx > frameAspect) return { width: Math.max(1, Math.round(req.heightPx * frameAspect)), height: req.heightPx };
  return { width: req.widthPx, height: Math.max(1, Math.round(req.widthPx / frameAspect)) };
}

/** A request as the still page renders it: what to show, and the exact pixel size of the PNG. */
export interface ResolvedStill {
  readonly key: string;
  readonly sceneId: string;
  readonly beatId: string;
  readonly view: StillView;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks every request against the document before anything is rendered, and says what is wrong with
 * each bad one in words (a beat of another scene, a camera not set up in the beat, a size out of range).
 * Throws one Error listing them all; nothing is rendered then.
 */
export function resolveStillRequests(doc: DocRecords, requests: readonly StillRequest[]): ResolvedStill[] {
  const problems: string[] = [];
  const out: ResolvedStill[] = [];
  requests.forEach((req, i) => {
    const where = `Still ${i + 1}`;
    for (const [name, v] of [
      ['width', req.widthPx],
      ['height', req.heightPx],
    ] as const) {
      if (!Number.isInteger(v) || v < STILL_MIN_PX || v > STILL_MAX_PX) problems.push(`${where}: the ${name} must be a whole number of pixels from ${STILL_MIN_PX} to ${STILL_MAX_PX} (got ${String(v)}).`);
    }
    const scene = doc.scenes[req.sceneId];
    const beat = liveBeat(doc, req.beatId);
    if (!scene) return void problems.push(`${where}: there is no scene with id “${req.sceneId}” in this production.`);
    if (!beat || beat.sceneId !== req.sceneId) return void problems.push(`${where}: scene ${scene.number} has no beat with id “${req.beatId}”.`);
    let aspect: number | null = null;
    if (req.view.kind === 'camera') {
      const camera = cameraInBeat(doc, req.view.cameraId, req.beatId);
      if (!camera) return void problems.push(`${where}: the camera “${req.view.cameraId}” is not set up in that beat of scene ${scene.number}.`);
      if (camera.hidden) return void problems.push(`${where}: ${camera.name} is not used in that beat of scene ${scene.number}.`);
      aspect = ASPECT_RATIO_VALUES[camera.aspect];
    } else if (req.view.kind !== 'rehearsal') {
      return void problems.push(`${where}: the view must be a camera or the rehearsal view.`);
    }
    out.push({ key: requestKey(req), sceneId: req.sceneId, beatId: req.beatId, view: req.view, ...stillPixelSize(req, aspect) });
  });
  if (problems.length) throw new Error(`The 3D stills cannot be made:\n${problems.join('\n')}`);
  return out;
}

/** The still page (renderer/still.html, built into out/renderer) and what it is given and answers. */
export const STILL_PAGE = 'still.html';

/** The record kinds the stage is drawn from; nothing else of the production goes to the still page. */
const STAGE_KEYS = ['scenes', 'beats', 'performers', 'placements', 'setPieces', 'cameras', 'cameraPlacements', 'contacts', 'garments', 'garmentFittings', 'barriers'] as const;
type StageKey = (typeof STAGE_KEYS)[number];

/**
 * What stills are made from: a whole production as the UI loads it (`DocumentSnapshot`), or records by id
 * (`DocRecords`, e.g. a version's from `docFromVersion`) with the production's units when known.
 */
export type StillsDoc = DocumentSnapshot | (DocRecords & { readonly production?: { readonly units: UnitSystem } | null });

/** The staging as the still page gets it: record lists of the stage's kinds only, and the units of the floor squares. */
export type StageSnapshot = { readonly units: UnitSystem } & { readonly [K in StageKey]: readonly DocRecords[K][string][] };

export function isDocumentSnapshot(doc: StillsDoc): doc is DocumentSnapshot {
  return Array.isArray((doc as DocumentSnapshot).scenes);
}

/** The document as records by id, whichever form it came in. */
export function stillsRecords(doc: StillsDoc): DocRecords {
  return isDocumentSnapshot(doc) ? docRecordsFrom(doc) : doc;
}

/**
 * What the still page needs of a production: the staging only — no boundaries, riders, crew, versions or
 * pose library, and performers without their contact details (a still never shows them).
 */
export function stageSnapshot(doc: StillsDoc): StageSnapshot {
  const records = stillsRecords(doc);
  const lists = Object.fromEntries(STAGE_KEYS.map((k) => [k, Object.values(records[k])])) as unknown as Omit<StageSnapshot, 'units'>;
  return { ...lists, units: doc.production?.units ?? 'metric', performers: lists.performers.map((p) => ({ ...p, contact: '' })) };
}

export interface StillsPagePayload {
  readonly snapshot: StageSnapshot;
  readonly stills: readonly ResolvedStill[];
}

/** What the page puts on `window.__closedSetStills` once it can render. */
export interface StillsPageApi {
  /** The PNGs, base64-encoded, in the order of `payload.stills`. */
  render(payload: StillsPagePayload): Promise<string[]>;
  /** How long each still of the last `render` took, ms: laying out the beat, drawing, encoding the PNG (for the bench). */
  timings(): readonly StillTiming[];
}

export interface StillTiming {
  readonly layoutMs: number;
  readonly drawMs: number;
  readonly encodeMs: number;
}
