import { describe, it } from 'vitest';
import { makeSheet, prepareSheet, type SheetSource } from '../../electron/main/export/pipeline';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { generateIdentity } from '../../electron/main/signing/identity';
import type { AnyRecord } from '../../shared/domain/records';
import { docRecordsFrom } from '../../shared/records/query';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../shared/records/registry';
import { MAYA, SCENE_42, sampleWithSecrets } from '../support/sheetFixture';
import { fmt, report } from './stats';

// `npm run bench`: a 30-beat per-performer sheet, signed, against the plain Chromium print of the same
// HTML in the same run and the same browser (issue 10: signing and assembly should add at most 50%).
const BEATS = 30;
const RUNS = 3;

/** The sample's scene 42 stretched to 30 beats: its six beats repeated with all their children. */
function thirtyBeatScene(): SheetSource {
  const { records, production } = sampleWithSecrets();
  const beats = records.filter((r): r is Extract<AnyRecord, { kind: 'beat' }> => r.kind === 'beat' && r.sceneId === SCENE_42).sort((a, b) => a.order - b.order);
  const out: AnyRecord[] = records.filter((r) => !(r.kind === 'beat' && r.sceneId === SCENE_42));
  const children = records.filter((r) => 'beatId' in r);
  for (let i = 0; i < BEATS; i++) {
    const from = beats[i % beats.length]!;
    const id = i < beats.length ? from.id : `${from.id}-copy-${i}`;
    out.push({ ...from, id, order: i } as AnyRecord);
    if (i >= beats.length) for (const c of children.filter((c) => (c as { beatId: string }).beatId === from.id)) out.push({ ...c, id: `${c.id}-copy-${i}`, beatId: id } as AnyRecord);
  }
  const doc = docRecordsFrom(Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, out.filter((r) => r.kind === k)])));
  return { doc, production, sceneId: SCENE_42, version: { number: 1, hash: 'c0ffee'.padEnd(64, '1'), note: 'Bench', issuedAt: '2026-12-01T09:00:00.000Z' } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

describe('choreography sheet benchmarks', () => {
  it('a 30-beat per-performer sheet, signed, against the plain Chromium print of the same HTML', async () => {
    const source = thirtyBeatScene();
    const copy = { kind: 'performer', performerId: MAYA } as const;
    const identity = await generateIdentity('Sam Whitfield');
    const printer = playwrightPrinter();
    try {
      const { html } = await prepareSheet(source, copy, { paper: 'a4' });
      await printer.print(html, 'a4'); // start Chromium and warm it up
      const plain: number[] = [];
      const prepare: number[] = [];
      const full: number[] = [];
      let plainBytes = 0;
      let signedBytes = 0;
      for (let i = 0; i < RUNS; i++) {
        plain.push(await ms(async () => (plainBytes = (await printer.print(html, 'a4')).length)));
        prepare.push(await ms(() => prepareSheet(source, copy, { paper: 'a4' })));
        full.push(await ms(async () => (signedBytes = (await makeSheet(source, copy, { printer, paper: 'a4', signer: { identity, name: 'Sam Whitfield' } })).bytes.length)));
      }
      const [p, m, f] = [median(plain), median(prepare), median(full)];
      report(`Sheet: ${BEATS} beats, one performer's copy, A4 (median of ${RUNS}; Chromium through Playwright)`, [
        ['step', 'time', 'vs plain print'],
        ['plain Chromium print of the HTML (baseline)', fmt(p), '1.00×'],
        ['model + HTML (React server rendering)', fmt(m), `${(m / p).toFixed(2)}×`],
        ['whole pipeline: model → HTML → PDF → PAdES signature', fmt(f), `${(f / p).toFixed(2)}×`],
        ['added by assembly and signing', fmt(f - p), `+${(((f - p) / p) * 100).toFixed(0)}% (target ≤ 50%)`],
      ]);
      report('PDF size', [
        ['file', 'bytes'],
        ['plain print', `${(plainBytes / 1024).toFixed(0)} KB`],
        ['signed sheet (sheet.json attached, stamp, 16384-hex signature)', `${(signedBytes / 1024).toFixed(0)} KB`],
      ]);
    } finally {
      await printer.close();
    }
  });
});
