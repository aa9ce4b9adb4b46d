import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSnapshot } from '../../shared/domain/records';
import { createSampleProduction } from '../../electron/main/services/sample';
import { requestKey, type StillRequest } from '../../electron/main/export/stills';
import { createPlaywrightStills, type PlaywrightStills } from '../../electron/main/export/stillsPlaywright';
import { launchChromium } from '../support/chromium';
import { countPixels, decodePng, type Pixels } from '../support/png';
import { SAMPLE_PATH } from '../support/tempDir';

// A beat's 3D still as the sheet and the rehearsal packet print it: the built still page in real
// Chromium (WebGL through SwiftShader), fed the sample production, read back as PNG pixels.
const ROOT = join(import.meta.dirname, '../..');
const STILLS_DIR = join(ROOT, 'test-results/stills');

let browser: Browser;
let dir: string;
let sample: DocumentSnapshot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'closed-set-stills-'));
  const doc = createSampleProduction(SAMPLE_PATH, join(dir, 'sample.closedset'));
  sample = doc.snapshot();
  doc.close();
  browser = await launchChromium();
});
afterAll(async () => {
  await provider?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// One provider for the file: its still page is kept between calls, as the sheet export uses it, so each
// test also checks that a kept page draws the document it is given now, not the previous one.
let provider: PlaywrightStills | null = null;
const stills = () => (provider ??= createPlaywrightStills({ browser, rendererDir: join(ROOT, 'out/renderer'), keepPage: true }));
const save = (name: string, png: Uint8Array) => {
  mkdirSync(STILLS_DIR, { recursive: true });
  writeFileSync(join(STILLS_DIR, `${name}.png`), png);
};

/** The sample with each performer in a colour nothing else on stage has: their pixels can be counted. */
function vividSample(change: (cameraPlacementId: string) => Partial<{ target: [number, number, number] }> = () => ({})): DocumentSnapshot {
  return {
    ...sample,
    performers: sample.performers.map((p) => ({ ...p, color: p.id === 'sample-performer-maya' ? '#00ff00' : '#ff00ff' })),
    cameraPlacements: sample.cameraPlacements.map((c) => ({ ...c, ...change(c.id) })),
  };
}
/** Lit body pixels of the two vivid performers (a neutral body tinted 42 % towards their colour). */
const greenBody = (r: number, g: number, b: number) => g > r + 30 && g > b + 30;
const magentaBody = (r: number, g: number, b: number) => r > g + 30 && b > g + 30;
const performerPixels = (img: Pixels, rect?: { x: number; y: number; w: number; h: number }) => countPixels(img, greenBody, rect) + countPixels(img, magentaBody, rect);
/** The colour of a selected object, gizmo handle or outline in the 3D view (#4a55c9), give or take shading. */
const selectionBlue = (r: number, g: number, b: number) => Math.abs(r - 0x4a) + Math.abs(g - 0x55) + Math.abs(b - 0xc9) < 40;

const beat = (n: number): Pick<StillRequest, 'sceneId' | 'beatId'> => ({ sceneId: 'sample-scene-42', beatId: `sample-beat-${n}` });

describe('3D stills of a beat', () => {
  it('renders the sample beats from A cam, B cam and the rehearsal view, on a white page', async () => {
    const requests: StillRequest[] = [];
    for (const n of [1, 3, 5]) {
      requests.push({ ...beat(n), view: { kind: 'camera', cameraId: 'sample-camera-a' }, widthPx: 1200, heightPx: 675 });
      requests.push({ ...beat(n), view: { kind: 'camera', cameraId: 'sample-camera-b' }, widthPx: 1200, heightPx: 675 });
      requests.push({ ...beat(n), view: { kind: 'rehearsal' }, widthPx: 1200, heightPx: 675 });
    }
    requests.push({ sceneId: 'sample-scene-57', beatId: 'sample-beat-57-1', view: { kind: 'rehearsal' }, widthPx: 1200, heightPx: 675 });
    const out = await stills()(sample, requests);
    expect(out.size).toBe(requests.length);
    for (const req of requests) {
      const png = out.get(requestKey(req))!;
      save(`${req.beatId}-${req.view.kind === 'camera' ? req.view.cameraId : 'rehearsal'}`, png);
      const img = decodePng(png);
      // A 2.39:1 camera in a 1200×675 box is 1200×502; the rehearsal view fills the box.
      if (req.view.kind === 'camera') expect([img.width, img.height]).toEqual([1200, 502]);
      else expect([img.width, img.height]).toEqual([1200, 675]);
    }
  });

  it('shows the performers where the camera looks, and none when the camera looks away from the stage', async () => {
    const aCam = { ...beat(3), view: { kind: 'camera' as const, cameraId: 'sample-camera-a' }, widthPx: 960, heightPx: 540 };
    const towardPng = (await stills()(vividSample(), [aCam])).get(requestKey(aCam))!;
    save('vivid-performers', towardPng);
    const toward = decodePng(towardPng);
    // A cam frames the seated kiss in the middle of the frame: both bodies fill a good part of the centre.
    const centre = { x: Math.round(toward.width / 4), y: Math.round(toward.height / 4), w: Math.round(toward.width / 2), h: Math.round(toward.height / 2) };
    expect(countPixels(toward, greenBody, centre)).toBeGreaterThan(centre.w * centre.h * 0.05);
    expect(countPixels(toward, magentaBody, centre)).toBeGreaterThan(centre.w * centre.h * 0.05);
    // The same camera turned round to face the house (+z, away from the bed): no body in frame.
    const away = vividSample((id) => (id === 'sample-camera-3-a' ? { target: [0, 1.4, 12] } : {}));
    const turnedPng = (await stills()(away, [aCam])).get(requestKey(aCam))!;
    save('looking-away', turnedPng);
    expect(performerPixels(decodePng(turnedPng))).toBe(0);
  });

  it('draws the rehearsal view on a white page with every performer in it, and no selection or gizmo colour in any still', async () => {
    const requests: StillRequest[] = [1, 3, 5].flatMap((n) => [
      { ...beat(n), view: { kind: 'rehearsal' as const }, widthPx: 800, heightPx: 600 },
      { ...beat(n), view: { kind: 'camera' as const, cameraId: 'sample-camera-a' }, widthPx: 800, heightPx: 600 },
    ]);
    const out = await stills()(vividSample(), requests);
    for (const req of requests) {
      const img = decodePng(out.get(requestKey(req))!);
      expect(countPixels(img, selectionBlue), requestKey(req)).toBe(0);
      if (req.view.kind !== 'rehearsal') continue;
      expect([img.width, img.height]).toEqual([800, 600]);
      // Both bodies in the picture, and its corners the near-white of paper (little ink when printed).
      expect(countPixels(img, greenBody)).toBeGreaterThan(200);
      expect(countPixels(img, magentaBody)).toBeGreaterThan(200);
      for (const [x, y] of [[2, 2], [img.width - 3, 2], [2, img.height - 3], [img.width - 3, img.height - 3]] as const) {
        const i = (y * img.width + x) * 4;
        expect(Math.min(img.data[i]!, img.data[i + 1]!, img.data[i + 2]!), `${requestKey(req)} at ${x},${y}`).toBeGreaterThan(220);
      }
    }
  });

  it('leaves no page open after a call unless asked to keep it', async () => {
    const before = browser.contexts().length;
    const once = createPlaywrightStills({ browser, rendererDir: join(ROOT, 'out/renderer') });
    const req: StillRequest = { ...beat(2), view: { kind: 'rehearsal' }, widthPx: 320, heightPx: 180 };
    expect(decodePng((await once(sample, [req])).get(requestKey(req))!).width).toBe(320);
    expect(browser.contexts()).toHaveLength(before);
  });

  it('refuses a camera that is not set up in the beat, naming it, and renders nothing', async () => {
    const bad: StillRequest = { ...beat(57), sceneId: 'sample-scene-57', beatId: 'sample-beat-57-1', view: { kind: 'camera', cameraId: 'sample-camera-a' }, widthPx: 800, heightPx: 450 };
    await expect(stills()(sample, [bad])).rejects.toThrow(/camera “sample-camera-a” is not set up in that beat of scene 57/);
  });
});
