import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSampleProduction } from '../../electron/main/services/sample';
import type { StillRequest } from '../../electron/main/export/stills';
import type { StillTiming } from '../../shared/stills/request';
import { createPlaywrightStills } from '../../electron/main/export/stillsPlaywright';
import { startHost } from '../support/browserHost';
import { launchChromium } from '../support/chromium';
import { SAMPLE_PATH } from '../support/tempDir';
import { fmt, percentile, report } from './stats';

// 3D stills for the sheet (Chromium, WebGL through SwiftShader: relative figures only). Baseline: one
// frame of the 3D view of the same beat in the app, measured in the same browser in the same run.
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'closed-set-stills-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface StatsWindow {
  __closedSetStageStats?: { nextFrame(): Promise<number> };
}

describe('3D stills benchmarks', () => {
  it('time per still (1200×675, camera and rehearsal views) against a frame of the 3D view', async () => {
    const file = join(dir, 'sample.closedset');
    const doc = createSampleProduction(SAMPLE_PATH, file);
    const snapshot = doc.snapshot();
    doc.close();
    const browser = await launchChromium();
    const host = await startHost({ file, userData: join(dir, 'ud') });
    try {
      // Baseline: the 3D view of beat 3 (two seated bodies on the bed, contacts, two cameras) in the app.
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${host.url}?stageStats`);
      await page.getByRole('button', { name: /^Scene 42/ }).click();
      await page.locator('li[data-beat-id="sample-beat-3"]').click();
      await page.waitForFunction(() => !!(window as StatsWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
      const frame = () => page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.nextFrame());
      for (let i = 0; i < 3; i++) await frame();
      const frames: number[] = [];
      for (let i = 0; i < 30; i++) frames.push(await frame());
      const canvas = await page.locator('.stage-canvas canvas').boundingBox();
      await page.close();

      let timings: readonly StillTiming[] = [];
      const provider = () => createPlaywrightStills({ browser, rendererDir: join(ROOT, 'out/renderer'), keepPage: true, onTimings: (t) => (timings = t) });
      const first: StillTiming[] = [];
      const inPage: Record<'camera' | 'rehearsal', StillTiming[]> = { camera: [], rehearsal: [] };
      const beats = snapshot.beats.filter((b) => b.sceneId === 'sample-scene-42').map((b) => b.id);
      const of = (view: StillRequest['view'], beatIds: readonly string[]): StillRequest[] => beatIds.map((beatId) => ({ sceneId: 'sample-scene-42', beatId, view, widthPx: 1200, heightPx: 675 }));
      // Each measured call on a provider of its own, so none answers from a kept page or from memory.
      const time = async (requests: StillRequest[]) => {
        const stills = provider();
        const start = performance.now();
        const out = await stills(structuredClone(snapshot), requests);
        const ms = performance.now() - start;
        await stills.close();
        expect(out.size).toBe(requests.length);
        return ms;
      };
      // A first call costs a page load and the first frame (shaders) once, then each still: the marginal
      // cost per still is (call with all beats − call with one) ÷ (beats − 1), for each view.
      const runs: Record<'camera' | 'rehearsal', { one: number[]; all: number[] }> = { camera: { one: [], all: [] }, rehearsal: { one: [], all: [] } };
      for (let i = 0; i < 2; i++) {
        for (const [name, view] of [['camera', { kind: 'camera', cameraId: 'sample-camera-a' }], ['rehearsal', { kind: 'rehearsal' }]] as const) {
          runs[name].one.push(await time(of(view, beats.slice(0, 1))));
          first.push(timings[0]!);
          runs[name].all.push(await time(of(view, beats)));
          inPage[name].push(...timings.slice(1)); // the first still of a call compiles the shaders
        }
      }
      // A kept page (the next sheet of an export): a second call with a new document.
      const kept = provider();
      await kept(structuredClone(snapshot), of({ kind: 'rehearsal' }, beats.slice(0, 1)));
      const warm: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        await kept(structuredClone(snapshot), of({ kind: 'camera', cameraId: 'sample-camera-a' }, beats.slice(0, 1)));
        warm.push(performance.now() - start);
      }
      await kept.close();
      const base = percentile(frames, 50);
      const perStill = (r: { one: number[]; all: number[] }) => (percentile(r.all, 50) - percentile(r.one, 50)) / (beats.length - 1);
      const cam = perStill(runs.camera);
      const reh = perStill(runs.rehearsal);
      report(`3D stills of the sample scene 42 (${beats.length} beats), 1200×675 box, antialiased, SwiftShader`, [
        ['', 'median', 'ratio to a 3D view frame'],
        ['each further still, A cam (1200×502)', fmt(cam), `${(cam / base).toFixed(1)}×`],
        ['each further still, rehearsal view (1200×675)', fmt(reh), `${(reh / base).toFixed(1)}×`],
        ['a first call for one still (page load, first frame)', fmt(percentile(runs.camera.one, 50)), `${(percentile(runs.camera.one, 50) / base).toFixed(1)}×`],
        ['a call for one still on a kept page (a new document)', fmt(percentile(warm, 50)), `${(percentile(warm, 50) / base).toFixed(1)}×`],
        [`a first call for ${beats.length} A cam stills`, fmt(percentile(runs.camera.all, 50)), `${(percentile(runs.camera.all, 50) / base).toFixed(1)}×`],
        ...(['camera', 'rehearsal'] as const).flatMap((name) => {
          const part = (k: keyof StillTiming) => percentile(inPage[name].map((t) => t[k]), 50);
          return [[`  in the page, ${name}: lay out the beat / draw / encode PNG`, `${fmt(part('layoutMs'))} / ${fmt(part('drawMs'))} / ${fmt(part('encodeMs'))}`, `draw ${(part('drawMs') / base).toFixed(1)}×`]];
        }),
        ['  in the page, the first still of a call (shaders compiled): draw / encode', `${fmt(percentile(first.map((t) => t.drawMs), 50))} / ${fmt(percentile(first.map((t) => t.encodeMs), 50))}`, ''],
        [`baseline: a frame of the 3D view, beat 3 (${Math.round(canvas?.width ?? 0)}×${Math.round(canvas?.height ?? 0)} canvas)`, fmt(base), '1×'],
      ]);
    } finally {
      await host.stop();
      await browser.close();
    }
  });
});
