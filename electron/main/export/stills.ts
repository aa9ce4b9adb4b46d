import { isDocumentSnapshot, requestKey, resolveStillRequests, stageSnapshot, stillsRecords, type ResolvedStill, type StillRequest, type StillsDoc, type StillsPagePayload } from '../../../shared/stills/request';

export { requestKey, STILL_PAGE, type StillRequest, type StillsDoc, type StillView } from '../../../shared/stills/request';

/**
 * Renders 3D stills of beats (renderer/still.html): PNG bytes by `requestKey(request)`. Duplicate
 * requests are rendered once. Throws (before rendering anything) when a request names a scene, beat or
 * camera the production does not have, or a size out of range, with a sentence per bad request.
 * Implementations: `createPlaywrightStills` (Chromium: CLI, browser host, tests) and
 * `createElectronStills` (a hidden window of the app).
 */
export type StillsProvider = (doc: StillsDoc, requests: readonly StillRequest[]) => Promise<Map<string, Uint8Array>>;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Runs `window.__closedSetStills.render(payload)` in a loaded still page and answers its base64 PNGs. */
export type StillsPageRunner = (payload: StillsPagePayload) => Promise<string[]>;

/**
 * The part every implementation shares: check the requests, send the page the staging and the stills
 * not made yet (grouped by beat, so each beat is laid out once), decode its base64 PNGs. Calls run one
 * at a time (the page draws one beat at a time). A still is made once per document object: asking again
 * with the same object (each performer's copy of a sheet) answers from memory — a document object is
 * taken to be unchanging, as snapshots and version records are.
 */
export function makeStillsProvider(runPage: StillsPageRunner): StillsProvider {
  const made = new WeakMap<object, Map<string, Uint8Array>>();
  let queue: Promise<unknown> = Promise.resolve();
  return (doc, requests) => {
    const run = queue.then(async () => {
      const resolved = resolveStillRequests(stillsRecords(doc), requests);
      const known = made.get(doc) ?? new Map<string, Uint8Array>();
      made.set(doc, known);
      const missing = [...new Map(resolved.filter((s) => !known.has(s.key)).map((s) => [s.key, s])).values()];
      if (missing.length) for (const [key, png] of await renderMissing(doc, missing, runPage)) known.set(key, png);
      return new Map(resolved.map((s) => [s.key, known.get(s.key)!]));
    });
    queue = run.catch(() => undefined);
    return run;
  };
}

async function renderMissing(doc: StillsDoc, stills: ResolvedStill[], runPage: StillsPageRunner): Promise<Map<string, Uint8Array>> {
  const order = new Map<string, number>();
  for (const s of stills) if (!order.has(s.beatId)) order.set(s.beatId, order.size);
  stills.sort((a, b) => order.get(a.beatId)! - order.get(b.beatId)!);
  const encoded = await runPage({ snapshot: stageSnapshot(doc), stills });
  if (!Array.isArray(encoded) || encoded.length !== stills.length) throw new Error(`The still page answered ${Array.isArray(encoded) ? encoded.length : 'no'} pictures for ${stills.length} stills.`);
  const out = new Map<string, Uint8Array>();
  stills.forEach((s, i) => {
    const png = new Uint8Array(Buffer.from(encoded[i]!, 'base64'));
    if (png.length < 64 || PNG_SIGNATURE.some((b, j) => png[j] !== b)) throw new Error(`The still page did not return a PNG for ${s.key}.`);
    out.set(s.key, png);
  });
  return out;
}

/** The still that goes with each beat of a sheet: its camera's (`still.cameraId`) or the rehearsal view (null). */
export interface BeatStillChoice {
  readonly id: string;
  readonly still: { readonly cameraId: string | null };
}

/**
 * The sheet's stills in one call: for each beat, the still it asks for, as PNG by beat id. `source` is the
 * records the sheet is made of (a version's or the live document's), with the production's units.
 */
export async function beatStills(
  provider: StillsProvider,
  source: { readonly doc: StillsDoc; readonly sceneId: string; readonly production?: { readonly units: 'metric' | 'imperial' } | null },
  beats: readonly BeatStillChoice[],
  size: { readonly widthPx: number; readonly heightPx: number } = { widthPx: 1200, heightPx: 675 },
): Promise<Map<string, Uint8Array>> {
  const requests: StillRequest[] = beats.map((b) => ({
    sceneId: source.sceneId,
    beatId: b.id,
    view: b.still.cameraId ? { kind: 'camera', cameraId: b.still.cameraId } : { kind: 'rehearsal' },
    ...size,
  }));
  const pngs = await provider(withUnits(source.doc, source.production?.units), requests);
  return new Map(requests.map((r) => [r.beatId, pngs.get(requestKey(r))!]));
}

const withUnitsMemo = new WeakMap<object, Map<string, StillsDoc>>();
/** Records with the production's units attached: the same object for the same records, so stills made for one copy serve the next. */
function withUnits(doc: StillsDoc, units: 'metric' | 'imperial' | undefined): StillsDoc {
  if (isDocumentSnapshot(doc) || !units) return doc;
  const byUnits = withUnitsMemo.get(doc) ?? new Map<string, StillsDoc>();
  withUnitsMemo.set(doc, byUnits);
  if (!byUnits.has(units)) byUnits.set(units, { ...doc, production: { units } });
  return byUnits.get(units)!;
}
