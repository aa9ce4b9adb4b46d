import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import type { ApplyResult } from '../../shared/ipc/contract';
import { POSE_PRESETS } from '../../shared/blocking';
import { startHost, type RunningHost } from '../support/browserHost';
import { launchChromium } from '../support/chromium';
import { fmt, percentile, report } from './stats';

// The 3D view in Chromium (WebGL through SwiftShader: relative figures only), through the browser host.
// Draw calls and triangles per mannequin come from three.js's renderer.info via the ?stageStats hook.

const dir = mkdtempSync(join(tmpdir(), 'closed-set-stage-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface StatsWindow {
  __closedSetStageStats?: {
    nextFrame(): Promise<number>;
    perMannequin(): { performerId: string; calls: number; triangles: number }[];
    last(): { calls: number; triangles: number };
  };
}

describe('3D stage benchmarks', () => {
  it('draw calls per mannequin, and a beat switch (6 mannequins, 4 set pieces, 3 cameras) against an empty stage frame', async () => {
    const host: RunningHost = await startHost({ file: join(dir, 'stage.closedset'), userData: join(dir, 'ud') });
    const run = (command: CommandInput): Promise<ApplyResult> => host.apply(command);
    const id = (r: ApplyResult, kind: string) => r.changes.records.find((x) => x.kind === kind)!.id;
    try {
      // Scene 1: six performers, four set pieces, two beats with three cameras each and different poses.
      const performers: string[] = [];
      for (let i = 0; i < 6; i++) performers.push(id(await run({ type: 'performer.create', fields: { name: `Performer ${i + 1}`, heightCm: 160 + i * 5 } }), 'performer'));
      const scene = id(await run({ type: 'scene.create', fields: { number: '1', title: 'Full stage' } }), 'scene');
      await run({ type: 'scene.update', id: scene, patch: { performerIds: performers } });
      for (const pieceType of ['doubleBed', 'sofa', 'wall', 'door'] as const) await run({ type: 'setPiece.add', sceneId: scene, pieceType, fields: { position: [performers.length * 0.3 - 2, 0, -2] } });
      const beat1 = id(await run({ type: 'beat.create', sceneId: scene }), 'beat');
      for (let c = 0; c < 3; c++) await run({ type: 'camera.add', beatId: beat1, fields: { position: [c - 1, 1.5, 4] } });
      const beat2Result = await run({ type: 'beat.create', sceneId: scene, afterBeatId: beat1 });
      const beat2 = id(beat2Result, 'beat');
      const beat2Placements = beat2Result.changes.records.filter((r) => r.kind === 'placement');
      for (const [i, p] of beat2Placements.entries()) {
        await run({ type: 'placement.update', id: p.id, patch: { pose: POSE_PRESETS[(i * 3 + 2) % POSE_PRESETS.length]!.pose, position: [i * 0.7 - 1.7, 0, 1], rotationY: i * 30 } });
      }
      // Scene 2: an empty stage with two beats.
      const empty = id(await run({ type: 'scene.create', fields: { number: '2', title: 'Empty stage' } }), 'scene');
      const empty1 = id(await run({ type: 'beat.create', sceneId: empty }), 'beat');
      const empty2 = id(await run({ type: 'beat.create', sceneId: empty, afterBeatId: empty1 }), 'beat');

      const browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${host.url}?stageStats`);
      await page.waitForFunction(() => !!(window as StatsWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
      await page.locator(`li[data-beat-id="${beat1}"]`).click();

      const frame = () => page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.nextFrame());
      // Click a beat card in the strip and time until the frame showing it has been drawn.
      const switchTo = (beatId: string) =>
        page.evaluate(async (b) => {
          const start = performance.now();
          (document.querySelector(`li[data-beat-id="${b}"]`) as HTMLElement).click();
          await (window as StatsWindow).__closedSetStageStats!.nextFrame();
          return performance.now() - start;
        }, beatId);

      for (let i = 0; i < 3; i++) await frame(); // shaders compiled, textures uploaded
      const perMannequin = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.perMannequin());
      const fullFrameStats = await page.evaluate(async () => {
        await (window as StatsWindow).__closedSetStageStats!.nextFrame();
        return (window as StatsWindow).__closedSetStageStats!.last();
      });
      const n = 30;
      const fullFrames: number[] = [];
      for (let i = 0; i < n; i++) fullFrames.push(await frame());
      const switches: number[] = [];
      for (let i = -2; i < n; i++) {
        const t = await switchTo(i % 2 === 0 ? beat2 : beat1);
        if (i >= 0) switches.push(t);
      }

      // The same switches with the camera preview (a second render of the scene in the corner) turned off.
      await page.getByRole('button', { name: 'Camera preview' }).click();
      const switchesNoPip: number[] = [];
      for (let i = -2; i < n; i++) {
        const t = await switchTo(i % 2 === 0 ? beat2 : beat1);
        if (i >= 0) switchesNoPip.push(t);
      }

      // The empty stage, same page, same run.
      await page.getByRole('button', { name: /Empty stage/ }).first().click();
      await page.locator(`li[data-beat-id="${empty1}"]`).click();
      for (let i = 0; i < 3; i++) await frame();
      const emptyFrames: number[] = [];
      for (let i = 0; i < n; i++) emptyFrames.push(await frame());
      const emptySwitches: number[] = [];
      for (let i = -2; i < n; i++) {
        const t = await switchTo(i % 2 === 0 ? empty2 : empty1);
        if (i >= 0) emptySwitches.push(t);
      }
      const emptyStats = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.last());
      await browser.close();

      expect(perMannequin).toHaveLength(6);
      const maxCalls = Math.max(...perMannequin.map((m) => m.calls));
      const tris = perMannequin.map((m) => m.triangles);
      const sw = percentile(switches, 50);
      const em = percentile(emptyFrames, 50);
      const es = percentile(emptySwitches, 50);
      report('Mannequin cost (renderer.info, selected state: body + joint markers + name tag)', [
        ['', 'draw calls', 'triangles', 'target'],
        ['per mannequin (max of 6)', String(maxCalls), `${Math.min(...tris)}–${Math.max(...tris)}`, '≤ 3 draw calls'],
        ['whole full stage frame', String(fullFrameStats.calls), String(fullFrameStats.triangles), ''],
        ['empty stage frame', String(emptyStats.calls), String(emptyStats.triangles), ''],
      ]);
      report('Beat switch, 6 mannequins + 4 set pieces + 3 cameras (click → frame drawn, SwiftShader)', [
        ['', 'median', 'p90', 'ratio to empty frame', 'target'],
        ['beat switch, full stage', fmt(sw), fmt(percentile(switches, 90)), `${(sw / em).toFixed(2)}×`, '< 2×'],
        ['beat switch, full stage, no camera preview', fmt(percentile(switchesNoPip, 50)), fmt(percentile(switchesNoPip, 90)), `${(percentile(switchesNoPip, 50) / em).toFixed(2)}×`, '< 2×'],
        ['full stage frame, no change', fmt(percentile(fullFrames, 50)), fmt(percentile(fullFrames, 90)), `${(percentile(fullFrames, 50) / em).toFixed(2)}×`, ''],
        ['beat switch, empty stage', fmt(es), fmt(percentile(emptySwitches, 90)), `${(es / em).toFixed(2)}×`, ''],
        ['empty stage frame (baseline)', fmt(em), fmt(percentile(emptyFrames, 90)), '1.00×', ''],
      ]);
      expect(maxCalls).toBeLessThanOrEqual(3);
    } finally {
      await host.stop();
    }
  });
});
