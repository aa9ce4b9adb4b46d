import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import type { ApplyResult } from '../../shared/ipc/contract';
import { POSE_PRESETS } from '../../shared/blocking';
import { startHost, type RunningHost } from '../support/browserHost';
import { launchChromium } from '../support/chromium';
import { fullStage } from './fullStage';
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
    regionAnchor(performerId: string, region: string): { x: number; y: number } | null;
    pickCost(x: number, y: number, repeat: number): { capsules: number; skinnedRaycast: number };
    garments(): { shells: number; drawCalls: number; triangles: number };
  };
}

describe('3D stage benchmarks', () => {
  it('draw calls per dressed mannequin, region picking, and a beat switch (6 dressed mannequins, 12 contacts, 2 barriers, 4 set pieces, 3 cameras) against an empty stage frame', async () => {
    const host: RunningHost = await startHost({ file: join(dir, 'stage.closedset'), userData: join(dir, 'ud') });
    const run = (command: CommandInput): Promise<ApplyResult> => host.apply(command);
    const id = (r: ApplyResult, kind: string) => r.changes.records.find((x) => x.kind === kind)!.id;
    try {
      // Scene 1: six performers, four set pieces, two beats with three cameras each and different poses.
      const { performers, scene, beat: beat1 } = await fullStage(run);
      for (let c = 0; c < 3; c++) await run({ type: 'camera.add', beatId: beat1, fields: { position: [c - 1, 1.5, 4] } });
      // Everyone dressed (a modesty garment and nipple covers: one garment shell each), two barriers; a new beat starts with both.
      for (const performerId of performers) {
        await run({ type: 'garment.add', beatId: beat1 as never, performerId: performerId as never, garmentType: 'barrierLinedBriefs' });
        await run({ type: 'garment.add', beatId: beat1 as never, performerId: performerId as never, garmentType: 'nippleCovers' });
      }
      await run({ type: 'barrier.add', beatId: beat1 as never, barrierType: 'foamPad', fields: { position: [0, 0.025, 1] } });
      await run({ type: 'barrier.add', beatId: beat1 as never, barrierType: 'bolster', fields: { position: [1, 0.1, 1] } });
      const beat2Result = await run({ type: 'beat.create', sceneId: scene, afterBeatId: beat1 });
      const beat2 = id(beat2Result, 'beat');
      const beat2Placements = beat2Result.changes.records.filter((r) => r.kind === 'placement');
      for (const [i, p] of beat2Placements.entries()) {
        await run({ type: 'placement.update', id: p.id, patch: { pose: POSE_PRESETS[(i * 3 + 2) % POSE_PRESETS.length]!.pose, position: [i * 0.7 - 1.7, 0, 1], rotationY: i * 30 } });
      }
      // Twelve contacts in each beat: each performer's right hand on the next one's shoulder, and a lean back.
      for (const beat of [beat1, beat2]) {
        for (let i = 0; i < 12; i++) {
          const a = performers[i % 6]!;
          const b = performers[(i + 1) % 6]!;
          await run({
            type: 'contact.add',
            beatId: beat as never,
            fields: {
              initiator: { performerId: a as never, region: i < 6 ? 'rightHand' : 'chest', offset: [0, 0.05, 0] },
              receiver: { kind: 'performer', performerId: b as never, region: i < 6 ? 'leftShoulder' : 'lowerBack', offset: [0, 0, 0] },
              ...(i % 4 === 3 ? { alternative: 'hover' as const } : {}),
            },
          });
        }
      }
      // Scene 2: an empty stage with two beats.
      const empty = id(await run({ type: 'scene.create', fields: { number: '2', title: 'Empty stage' } }), 'scene');
      const empty1 = id(await run({ type: 'beat.create', sceneId: empty }), 'beat');
      const empty2 = id(await run({ type: 'beat.create', sceneId: empty, afterBeatId: empty1 }), 'beat');

      const browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${host.url}?stageStats`);
      const hookReady = () => page.waitForFunction(() => !!(window as StatsWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
      await hookReady();
      const smoothButton = page.getByRole('button', { name: 'Smooth edges' });
      const smoothByDefault = (await smoothButton.getAttribute('aria-pressed')) === 'true';

      const frame = () => page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.nextFrame());
      // Click a beat card in the strip and time until the frame showing it has been drawn.
      const switchTo = (beatId: string) =>
        page.evaluate(async (b) => {
          const start = performance.now();
          (document.querySelector(`li[data-beat-id="${b}"]`) as HTMLElement).click();
          await (window as StatsWindow).__closedSetStageStats!.nextFrame();
          return performance.now() - start;
        }, beatId);
      const n = 30;
      const frames = async () => {
        for (let i = 0; i < 3; i++) await frame(); // shaders compiled, textures uploaded
        const xs: number[] = [];
        for (let i = 0; i < n; i++) xs.push(await frame());
        return xs;
      };
      const switches = async (a: string, b: string) => {
        const xs: number[] = [];
        for (let i = -2; i < n; i++) {
          const t = await switchTo(i % 2 === 0 ? b : a);
          if (i >= 0) xs.push(t);
        }
        return xs;
      };
      const openScene = async (name: RegExp, beat: string) => {
        await page.getByRole('button', { name }).first().click();
        await page.locator(`li[data-beat-id="${beat}"]`).click();
      };
      const pipButton = page.getByRole('button', { name: 'Camera preview' });

      // One pass per antialiasing setting: the full stage (preview on, then off) and the empty stage.
      const measure = async () => {
        await openScene(/Full stage/, beat1);
        if ((await pipButton.getAttribute('aria-pressed')) !== 'true') await pipButton.click();
        const fullFrames = await frames();
        const withPip = await switches(beat1, beat2);
        await pipButton.click();
        const noPip = await switches(beat1, beat2);
        await pipButton.click();
        await openScene(/Empty stage/, empty1);
        const emptyFrames = await frames();
        const emptySwitches = await switches(empty1, empty2);
        return { fullFrames, withPip, noPip, emptyFrames, emptySwitches };
      };

      await page.locator(`li[data-beat-id="${beat1}"]`).click();
      for (let i = 0; i < 3; i++) await frame();
      const perMannequin = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.perMannequin());
      const fullFrameStats = await page.evaluate(async () => {
        await (window as StatsWindow).__closedSetStageStats!.nextFrame();
        return (window as StatsWindow).__closedSetStageStats!.last();
      });
      // Picking a body region under the pointer (contact / dress modes), once per pointer move: on the posed
      // capsules, against three's raycast of the same six skinned bodies (what a mesh pick would cost).
      const target = await page.evaluate((pid) => (window as StatsWindow).__closedSetStageStats!.regionAnchor(pid, 'chest'), performers[2]!);
      const picks = target ? await page.evaluate(([x, y]) => (window as StatsWindow).__closedSetStageStats!.pickCost(x, y, 300), [target.x, target.y] as const) : null;
      const garmentStats = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.garments());
      const byDefault = await measure();
      const emptyStats = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.last());
      // The other setting: the canvas (and its WebGL context) is made again.
      await smoothButton.click();
      await hookReady();
      const other = await measure();
      await smoothButton.click(); // leave the stored choice as it was
      await browser.close();

      expect(perMannequin).toHaveLength(6);
      const maxCalls = Math.max(...perMannequin.map((m) => m.calls));
      const tris = perMannequin.map((m) => m.triangles);
      report('Mannequin cost (renderer.info, dressed and selected: body + garment shell + joint markers + name tag)', [
        ['', 'draw calls', 'triangles', 'target'],
        ['per dressed mannequin (max of 6)', String(maxCalls), `${Math.min(...tris)}–${Math.max(...tris)}`, '≤ 4 draw calls'],
        ['garment shells, all six (main view)', String(garmentStats.drawCalls), String(garmentStats.triangles), ''],
        ['whole full stage frame (main view)', String(fullFrameStats.calls), String(fullFrameStats.triangles), ''],
        ['empty stage frame', String(emptyStats.calls), String(emptyStats.triangles), ''],
      ]);
      if (picks) {
        const em = percentile(byDefault.emptyFrames, 50);
        report('Region picking per pointer move (6 posed bodies, one pick per animation frame)', [
          ['', 'ms per pick', 'ratio to skinned raycast', 'ratio to empty stage frame'],
          ['posed capsules (shared/body/pick.ts)', picks.capsules.toFixed(3), `${(picks.capsules / picks.skinnedRaycast).toFixed(3)}×`, `${(picks.capsules / em).toFixed(3)}×`],
          ['baseline: three.js raycast of the skinned bodies', picks.skinnedRaycast.toFixed(3), '1×', `${(picks.skinnedRaycast / em).toFixed(3)}×`],
        ]);
      }
      const table = (label: string, r: Awaited<ReturnType<typeof measure>>, target: string) => {
        const em = percentile(r.emptyFrames, 50);
        const row = (name: string, xs: number[], t = '') => [name, fmt(percentile(xs, 50)), fmt(percentile(xs, 90)), `${(percentile(xs, 50) / em).toFixed(2)}×`, t];
        report(`Beat switch, 6 dressed mannequins + 12 contacts + 2 barriers + 4 set pieces + 3 cameras (click → frame drawn, SwiftShader), ${label}`, [
          ['', 'median', 'p90', 'ratio to empty frame', 'target'],
          row('beat switch, full stage, camera preview on', r.withPip, target),
          row('beat switch, full stage, camera preview off', r.noPip, target),
          row('full stage frame, no change (preview on)', r.fullFrames),
          row('beat switch, empty stage', r.emptySwitches),
          row('empty stage frame (baseline)', r.emptyFrames),
        ]);
      };
      const on = smoothByDefault ? byDefault : other;
      const off = smoothByDefault ? other : byDefault;
      table(`smooth edges off${smoothByDefault ? '' : ' (the default on this software renderer)'}`, off, smoothByDefault ? '' : '< 2×');
      table(`smooth edges on${smoothByDefault ? ' (the default with a GPU)' : ''}`, on, smoothByDefault ? '< 2×' : '');
      expect(maxCalls).toBeLessThanOrEqual(4);
      expect(garmentStats.shells).toBe(6);
    } finally {
      await host.stop();
    }
  });
});
