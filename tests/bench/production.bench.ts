import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, Session } from '../../electron/main/services/session';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { checkProductionFile } from '../../electron/main/services/fileChecks';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { writeLargeProduction } from './largeProduction';
import { fmt, percentile, report, sample } from './stats';
import { TABLES } from '../../shared/records/columns';
import { docRecordsFrom } from '../../shared/records/query';
import { runRules } from '../../shared/rules';

const dir = mkdtempSync(join(tmpdir(), 'closed-set-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('production file benchmarks', () => {
  // Every table the app reads (the registry's, and the scene ↔ performer links).
  const RAW_TABLES = [...Object.values(TABLES).map((t) => t.table), 'scene_performer'];

  it('opens a large production (100 scenes × 30 beats × 4 performers)', () => {
    const path = writeLargeProduction(dir, 100, 30, 4, 0);
    let beats = 0;
    // What the app does: check the file (header, read-only integrity check), open, load every record.
    const app = sample(15, () => {
      const doc = ProductionDocument.open(path);
      beats = doc.snapshot().beats.length;
      doc.close();
    }, 3);
    // Baseline: raw better-sqlite3 opening the same file and reading every row of the same tables.
    const raw = sample(15, () => {
      const db = new Database(path, { readonly: true });
      for (const t of RAW_TABLES) db.prepare(`SELECT * FROM ${t}`).all();
      db.close();
    }, 3);
    const check = sample(15, () => checkProductionFile(path), 3);
    expect(beats).toBe(3000);
    const appMedian = percentile(app, 50);
    const rawMedian = percentile(raw, 50);
    report('Open the large production (3,000 beats, 12,000 placements, 3,000 camera placements; no contacts, as when the target was set)', [
      ['', 'median', 'p90', 'ratio to raw'],
      ['Closed Set: check + open + load snapshot', fmt(appMedian), fmt(percentile(app, 90)), `${(appMedian / rawMedian).toFixed(2)}×`],
      ['  of which the file check (header + quick_check)', fmt(percentile(check, 50)), fmt(percentile(check, 90)), `${(percentile(check, 50) / rawMedian).toFixed(2)}×`],
      ['raw better-sqlite3: open + SELECT * per table', fmt(rawMedian), fmt(percentile(raw, 90)), '1.00×'],
      ['target', '< 150 ms', '', ''],
    ]);
  });

  it('checks the whole large production against every rule, in less time than opening it', () => {
    const path = writeLargeProduction(dir);
    const doc = ProductionDocument.open(path);
    const records = docRecordsFrom(doc.snapshot());
    const sceneIds = Object.keys(records.scenes);
    doc.close();
    let findings = 0;
    const check = sample(9, () => void (findings = runRules(records, sceneIds).length), 2);
    const open = sample(9, () => {
      const d = ProductionDocument.open(path);
      d.snapshot();
      d.close();
    }, 2);
    expect(findings).toBeGreaterThanOrEqual(0);
    report(`Check the whole large production (${sceneIds.length} scenes, ${Object.keys(records.contacts).length} contacts, ${Object.keys(records.boundaries).length} boundary entries; ${findings} findings)`, [
      ['', 'median', 'p90', 'ratio to opening'],
      ['every rule over every scene', fmt(percentile(check, 50)), fmt(percentile(check, 90)), `${(percentile(check, 50) / percentile(open, 50)).toFixed(2)}×`],
      ['opening the production (check + open + load)', fmt(percentile(open, 50)), fmt(percentile(open, 90)), '1.00×'],
      ['target', '', '', '< 1×'],
    ]);
  });

  it('applies single commands close to the cost of a raw SQLite write', async () => {
    // Two copies of the same production: one edited through Closed Set, one by raw SQL. The four kinds of
    // write are interleaved, one of each per round, so a slow moment of this shared machine (an fsync
    // stall, another process) lands on all of them alike instead of on whichever ran at that time.
    const path = writeLargeProduction(dir, 10, 30, 4);
    const rawPath = join(dir, 'raw-copy.closedset');
    copyFileSync(path, rawPath);
    const n = 1000;

    const session = new Session({ host: 'browser', version: 'bench', platform: process.platform, userDataDir: join(dir, 'ud'), samplePath: '' });
    const doc = session.open(path).snapshot;
    const beatIds = doc.beats.map((b) => b.id);
    const placementIds = doc.placements.map((p) => p.id);
    const engine = session.requireDocument().engine;
    const handlers = createHandlers(session);

    // Baseline: raw better-sqlite3 doing the minimal equivalent write, one transaction per edit, same durability settings.
    const db = new Database(rawPath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const update = db.prepare('UPDATE beat SET description = ?, updated_at = ? WHERE id = ?');
    const rawWrite = db.transaction((i: number) => update.run(`raw ${i}`, new Date().toISOString(), beatIds[i % beatIds.length]));

    const time = async (fn: () => unknown) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    // The rules' share: the engine's probe hook (set by this bench only) reports how long the rules took
    // inside each command (finding the touched scenes, loading them, checking them), so one run gives the
    // command with its rules and the same command without them.
    let rulesMs = 0;
    engine.probe = { rules: (ms) => void (rulesMs += ms) };
    const [commandEngine, pose, ipc, raw, beatRules, poseRules] = [[], [], [], [], [], []] as number[][];
    for (let i = -20; i < n; i++) {
      const beatId = beatIds[(i + 20) % beatIds.length]!;
      const writes = [
        () => engine.apply({ type: 'beat.update', id: beatId, patch: { description: `engine ${i}` } }),
        () => engine.apply({ type: 'placement.update', id: placementIds[(i + 20) % placementIds.length]!, patch: { position: [i / 1000, 0, 0], rotationY: (i + 360) % 360 } }),
        () => dispatch(handlers, 'command:apply', { command: { type: 'beat.update', id: beatId, patch: { description: `ipc ${i}` } } }),
        () => rawWrite(i + 20),
      ];
      // The order rotates every round, so no kind always runs right after another's fsync.
      const t: number[] = [];
      const r: number[] = [];
      for (let k = 0; k < writes.length; k++) {
        const w = (k + i + 20) % writes.length;
        rulesMs = 0;
        t[w] = await time(writes[w]!);
        r[w] = rulesMs;
      }
      if (i < 0) continue; // warm-up rounds
      commandEngine!.push(t[0]!);
      pose!.push(t[1]!);
      ipc!.push(t[2]!);
      raw!.push(t[3]!);
      beatRules!.push(r[0]!);
      poseRules!.push(r[1]!);
    }
    engine.probe = null;
    session.close();
    db.close();
    const engineTimes = commandEngine!;

    const rawP50 = percentile(raw!, 50);
    const rawP99 = percentile(raw!, 99);
    const without = (total: number[], rules: number[]) => total.map((ms, k) => ms - rules[k]!);
    const share = (total: number[], rules: number[]) => `${((100 * rules.reduce((a, b) => a + b, 0)) / total.reduce((a, b) => a + b, 0)).toFixed(0)}% of the time`;
    const rows = [
      ['', 'p50', 'p99', 'p50 ratio to raw', 'p99 ratio to raw', 'rules’ share'],
      ['beat.update via the command engine, with the rules', engineTimes, share(engineTimes, beatRules!)],
      ['  of which the rules (touched scene loaded + checked)', beatRules!, ''],
      ['  the same commands without the rules', without(engineTimes, beatRules!), ''],
      ['placement.update via the command engine, with the rules', pose!, share(pose!, poseRules!)],
      ['  of which the rules', poseRules!, ''],
      ['  the same commands without the rules', without(pose!, poseRules!), ''],
      ['beat.update via IPC dispatch (validation + engine + rules)', ipc!, ''],
      ['raw better-sqlite3 UPDATE in a transaction', raw!, ''],
    ].map((r) =>
      Array.isArray(r[1])
        ? [
            r[0] as string,
            fmt(percentile(r[1], 50)),
            fmt(percentile(r[1], 99)),
            `${(percentile(r[1], 50) / rawP50).toFixed(2)}×`,
            `${(percentile(r[1], 99) / rawP99).toFixed(2)}×`,
            r[2] as string,
          ]
        : (r as string[]),
    );
    const incremental = (total: number[], rules: number[]) => `${((100 * percentile(rules, 50)) / percentile(total, 50)).toFixed(0)}% of the command's p50`;
    report(`Single-command latency (${n} interleaved rounds, WAL + synchronous=FULL)`, [
      ...rows,
      ['target', '', '', '', 'a command with rules ≤ 3× at p99', ''],
      ['incremental check (rules, p50): beat.update', '', '', '', incremental(engineTimes, beatRules!), 'target < 10%'],
      ['incremental check (rules, p50): placement.update', '', '', '', incremental(pose!, poseRules!), 'target < 10%'],
    ]);
    expect(engineTimes.length).toBe(n);
    expect(beatRules!.every((ms) => ms > 0)).toBe(true); // the rules ran inside every command
  });
});
