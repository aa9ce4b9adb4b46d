import { isDocumentSnapshot, requestKey, resolveStillRequests, stageSnapshot, stillsRecords, type StillRequest, type StillsDoc, type StillsPagePayload } from '../../../shared/stills/request';

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

/**
 * The part every implementation shares: check the requests, send the page the staging and the stills
 * (grouped by beat, so each beat is laid out once), decode its base64 PNGs.
 * `runPage` runs `window.__closedSetStills.render(payload)` in the loaded still page.
 */
export async function renderStillsWith(doc: StillsDoc, requests: readonly StillRequest[], runPage: (payload: StillsPagePayload) => Promise<string[]>): Promise<Map<string, Uint8Array>> {
  const resolved = resolveStillRequests(stillsRecords(doc), requests);
  const unique = [...new Map(resolved.map((s) => [s.key, s])).values()];
  if (!unique.length) return new Map();
  const order = new Map<string, number>();
  for (const s of unique) if (!order.has(s.beatId)) order.set(s.beatId, order.size);
  unique.sort((a, b) => order.get(a.beatId)! - order.get(b.beatId)!);
  const encoded = await runPage({ snapshot: stageSnapshot(doc), stills: unique });
  if (!Array.isArray(encoded) || encoded.length !== unique.length) throw new Error(`The still page answered ${Array.isArray(encoded) ? encoded.length : 'no'} pictures for ${unique.length} stills.`);
  const out = new Map<string, Uint8Array>();
  unique.forEach((s, i) => {
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
  const doc: StillsDoc = isDocumentSnapshot(source.doc) ? source.doc : { ...source.doc, production: source.production ?? source.doc.production ?? null };
  const pngs = await provider(doc, requests);
  return new Map(requests.map((r) => [r.beatId, pngs.get(requestKey(r))!]));
}
