import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import type { Beat } from '../../shared/domain/beat';
import type { CameraPlacement, Placement } from '../../shared/domain/blocking';
import type { Garment } from '../../shared/domain/wardrobe';
import type { ApplyResult } from '../../shared/ipc/contract';
import { POSE_PRESETS } from '../../shared/blocking';
import { clearExposureMemo, exposureOfBeat } from '../../shared/exposure';
import { beatsOfScene, docRecordsFrom, type DocRecords } from '../../shared/records/query';
import { runRules } from '../../shared/rules';
import { EXPOSURE_RULES } from '../../shared/rules/exposure';
import { startHost, type RunningHost } from '../support/browserHost';
import { launchChromium } from '../support/chromium';
import { fullStage } from './fullStage';
import { fmt, percentile, report, sample } from './stats';

// The camera exposure check (shared/exposure) against the frame of the same beat in the 3D view, in the
// same run: the beat's stage frame and the check are timed in the same Chromium page (SwiftShader for the
// frame: relative figures only). The whole 30-beat scene — every beat and the sampled moves between them,
// as the rules run it in main — is timed in Node against that frame too.

const dir = mkdtempSync(join(tmpdir(), 'closed-set-exposure-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface StatsWindow {
  __closedSetStageStats?: {
    nextFrame(): Promise<number>;
    exposureCost(repeat: number, cold: boolean): { ms: number[]; shots: number; performers: number };
  };
}

const TOPLESS = ['chest', 'leftBreast', 'rightBreast', 'leftShoulder', 'rightShoulder', 'abdomen'] as const;

/** A 30-beat scene from the benchmark's one beat: every beat moves everyone (a new pose, place and facing) and reframes the cameras. */
function thirtyBeats(doc: DocRecords, sceneId: string): DocRecords {
  const [first] = beatsOfScene(doc, sceneId);
  const beats: Record<string, Beat> = { ...doc.beats };
  const placements: Record<string, Placement> = { ...doc.placements };
  const cameraPlacements: Record<string, CameraPlacement> = { ...doc.cameraPlacements };
  const garments: Record<string, Garment> = { ...doc.garments };
  const base = Object.values(doc.placements).filter((p) => p.beatId === first!.id);
  const cams = Object.values(doc.cameraPlacements).filter((p) => p.beatId === first!.id);
  const worn = Object.values(doc.garments).filter((g) => g.beatId === first!.id);
  for (let b = 1; b < 30; b++) {
    const id = `bench-beat-${b}` as Beat['id'];
    beats[id] = { ...first!, id, order: first!.order + b };
    base.forEach((p, i) => {
      const k = `${p.id}-${b}`;
      placements[k] = { ...p, id: k as Placement['id'], beatId: id, pose: structuredClone(POSE_PRESETS[(i + b) % POSE_PRESETS.length]!.pose), position: [((i + b) % 6) * 0.7 - 1.7, 0, (b % 3) * 0.4], rotationY: (i * 30 + b * 25) % 360 };
    });
    cams.forEach((c, i) => {
      const k = `${c.id}-${b}`;
      cameraPlacements[k] = { ...c, id: k as CameraPlacement['id'], beatId: id, focalLengthMm: [25, 40, 50, 85][(i + b) % 4]!, position: [c.position[0] + ((b % 5) - 2) * 0.3, c.position[1], c.position[2]] };
    });
    for (const g of worn) garments[`${g.id}-${b}`] = { ...g, id: `${g.id}-${b}` as Garment['id'], beatId: id };
  }
  return { ...doc, beats, placements, cameraPlacements, garments };
}

describe('camera exposure check benchmarks', () => {
  it('a beat with 6 performers × 3 cameras against the same beat’s stage frame, and a whole 30-beat scene', async () => {
    const host: RunningHost = await startHost({ file: join(dir, 'exposure.closedset'), userData: join(dir, 'ud') });
    const run = (command: CommandInput): Promise<ApplyResult> => host.apply(command);
    try {
      const { performers, scene, beat } = await fullStage(run);
      for (let c = 0; c < 3; c++) await run({ type: 'camera.add', beatId: beat, fields: { position: [c * 1.5 - 1.5, 1.5, 4], focalLengthMm: [25, 40, 85][c]! } });
      const snapshot = await host.snapshot();
      for (const [i, p] of snapshot.placements.filter((x) => x.beatId === beat).entries()) {
        await run({ type: 'placement.update', id: p.id, patch: { pose: POSE_PRESETS[(i * 3 + 2) % POSE_PRESETS.length]!.pose, position: [i * 0.7 - 1.7, 0, 1], rotationY: i * 30, costumeOff: i % 2 ? [...TOPLESS] : [] } });
      }
      for (const performerId of performers) await run({ type: 'garment.add', beatId: beat as never, performerId: performerId as never, garmentType: 'barrierLinedBriefs' });
      await run({ type: 'barrier.add', beatId: beat as never, barrierType: 'cushion', fields: { position: [0, 0.5, 0.5] } });

      const browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${host.url}?stageStats`);
      await page.waitForFunction(() => !!(window as StatsWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
      await page.getByRole('button', { name: /Full stage/ }).first().click();
      await page.locator(`li[data-beat-id="${beat}"]`).click();
      const frame = () => page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.nextFrame());
      for (let i = 0; i < 3; i++) await frame(); // shaders compiled, textures uploaded
      const frames: number[] = [];
      const warm: number[] = [];
      const cold: number[] = [];
      let shape = { shots: 0, performers: 0 };
      // Interleaved, so the machine's load is shared alike between the frame and the check.
      for (let round = 0; round < 6; round++) {
        for (let i = 0; i < 5; i++) frames.push(await frame());
        const w = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.exposureCost(5, false));
        const c = await page.evaluate(() => (window as StatsWindow).__closedSetStageStats!.exposureCost(3, true));
        warm.push(...w.ms);
        cold.push(...c.ms);
        shape = { shots: w.shots, performers: w.performers };
      }
      await browser.close();
      expect(shape).toEqual({ shots: 3, performers: 6 });

      const frameMs = percentile(frames, 50);
      const row = (name: string, xs: number[], target = '') => [name, fmt(percentile(xs, 50)), fmt(percentile(xs, 90)), `${(percentile(xs, 50) / frameMs).toFixed(2)}×`, target];
      report('Camera exposure check of one beat: 6 performers × 3 cameras × 39 regions (16 points each), 4 set pieces, 1 barrier — in the same page as the frame', [
        ['', 'median', 'p90', 'ratio to the beat’s stage frame', 'target'],
        row('exposure check, bodies already posed (a camera edit)', warm, '≤ 0.5×'),
        row('exposure check, every body posed again (everyone moved)', cold, '≤ 0.5×'),
        row('the same beat’s stage frame (baseline, SwiftShader)', frames),
      ]);

      // The whole scene in Node, as main runs the rules: 30 beats, and the moves between them sampled.
      const doc = thirtyBeats(docRecordsFrom(await host.snapshot()), scene);
      expect(beatsOfScene(doc, scene)).toHaveLength(30);
      // New record objects every time, as main reads them for each command.
      const fresh = (d: DocRecords) => ({ ...d, placements: Object.fromEntries(Object.entries(d.placements).map(([k, p]) => [k, { ...p, pose: structuredClone(p.pose) }])) });
      const beats = beatsOfScene(doc, scene);
      const beatsOnly = sample(5, () => {
        clearExposureMemo();
        const d = fresh(doc);
        for (const b of beats) exposureOfBeat(d, scene, b.id);
      }, 1);
      let findings = 0;
      const rules = sample(5, () => {
        clearExposureMemo();
        findings = runRules(fresh(doc), [scene], EXPOSURE_RULES).length;
      }, 1);
      // After one edit: one performer moved in beat 15; the other beats' answers are remembered by content.
      const moved = beats[14]!;
      const one = Object.values(doc.placements).find((p) => p.beatId === moved.id)!;
      let step = 0;
      const afterEdit = sample(5, () => {
        const edited = { ...doc, placements: { ...doc.placements, [one.id]: { ...one, position: [one.position[0] + 0.01 * ++step, 0, one.position[2]] as typeof one.position } } };
        runRules(fresh(edited), [scene], EXPOSURE_RULES);
      }, 2);
      report('A whole 30-beat scene (6 performers × 3 cameras in every beat), in Node as the rules run in main', [
        ['', 'median', 'p90', 'ratio to the beat’s stage frame'],
        row('exposure of all 30 beats, nothing remembered', beatsOnly).slice(0, 4),
        row(`the exposure rules, nothing remembered: 30 beats + 29 moves × 3 moments (${findings} findings)`, rules).slice(0, 4),
        row('the exposure rules after one edit (one performer moved in beat 15)', afterEdit).slice(0, 4),
      ]);
    } finally {
      await host.stop();
    }
  });
});
