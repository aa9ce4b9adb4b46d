import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSheets, type SheetSource } from '../../electron/main/export/pipeline';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { PAPER_POINTS } from '../../electron/main/export/sheet/css';
import { generateIdentity } from '../../electron/main/signing/identity';
import { verifySheetPdf } from '../../electron/main/signing/verifySheetPdf';
import type { PdfPrinter } from '../../electron/main/export/printer';
import { pdfInfo, pdfText } from '../support/pdf';
import { DANIEL, MAYA, privateStrings, SCENE_42, SECRETS, sampleWithSecrets } from '../support/sheetFixture';

const { doc, production } = sampleWithSecrets();
const source: SheetSource = { doc, production, sceneId: SCENE_42, version: { number: 2, hash: '9f2c41d07be3'.padEnd(64, 'a'), note: 'Beat 4 embrace shortened', issuedAt: '2026-12-01T09:30:00.000Z' } };
let printer: PdfPrinter;
let dir: string;
const words = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(() => {
  printer = playwrightPrinter();
  dir = mkdtempSync(join(tmpdir(), 'sheet-export-'));
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('exporting choreography sheets to PDF', () => {
  it('prints each performer’s sheet on A4 and US Letter, with none of the other performer’s private data in the PDF text', { timeout: 180_000 }, async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const out = join(dir, paper);
      await import('node:fs').then((fs) => fs.mkdirSync(out));
      const files = await exportSheets(source, [{ kind: 'performer', performerId: MAYA }, { kind: 'performer', performerId: DANIEL }], { printer, paper, now: () => '2026-12-02T10:00:00.000Z' }, out);
      expect(files.map((f) => f.path.slice(out.length + 1))).toEqual(['The Quiet Hours – Scene 42 – Maya Okafor – v2.pdf', 'The Quiet Hours – Scene 42 – Daniel Reyes – v2.pdf']);
      for (const [file, me, other] of [[files[0]!.path, MAYA, DANIEL], [files[1]!.path, DANIEL, MAYA]] as const) {
        const info = pdfInfo(file);
        const [w, h] = PAPER_POINTS[paper];
        expect(info.width).toBeCloseTo(w, 0);
        expect(info.height).toBeCloseTo(h, 0);
        const text = words(pdfText(file));
        for (const secret of privateStrings(doc, other)) expect(text).not.toContain(words(secret));
        expect(text).toContain(SECRETS[me].rider);
        expect(text).toContain('CONFIDENTIAL — closed-set material');
        expect(text).toContain('Consent may be withdrawn at any time before filming');
        expect(text).toMatch(/Page 1 of \d/);
        expect(text).toContain('#9f2c41d07be3');
      }
    }
  });

  it('signs an issued version’s sheet: pdfsig says valid and whole, and its sheet.json holds only this performer’s consent', { timeout: 90_000 }, async () => {
    const out = mkdtempSync(join(dir, 'signed-'));
    const identity = await generateIdentity('Sam Whitfield');
    const signoffs = [MAYA, DANIEL].map((performerId) => ({ role: 'performer' as const, performerId, crewId: null, typedName: doc.performers[performerId]!.name, versionHash: source.version!.hash, action: 'signed' as const, signedAt: '2026-12-01T12:00:00.000Z' }));
    const [file] = await exportSheets({ ...source, signoffs }, [{ kind: 'performer', performerId: MAYA }], { printer, paper: 'a4', signer: { identity, name: 'Sam Whitfield' } }, out);
    expect(file!.signed).toBe(true);
    const sig = execFileSync('pdfsig', [file!.path], { encoding: 'utf8' });
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
    execFileSync('pdfdetach', ['-saveall', '-o', out, file!.path]);
    const json = readFileSync(join(out, 'sheet.json'), 'utf8');
    for (const secret of privateStrings(doc, DANIEL)) expect(json).not.toContain(secret);
    expect(json).not.toContain('Daniel Reyes","versionHash'); // his sign-off is not on her copy
    const verdict = await verifySheetPdf(new Uint8Array(readFileSync(file!.path)), { versions: [{ sceneId: SCENE_42, number: 2, hash: source.version!.hash }] });
    expect(verdict.sheet?.versionNumber).toBe(2);
    // Her sign-off line (signed) and the crew's; not Daniel's.
    expect(verdict.sheet?.signoffs.map((s) => s.name)).toEqual(['Maya Okafor (Ruth)', 'Sam Whitfield', 'Lena Hartmann', 'Priya Nair']);
    expect(verdict.sheet?.signoffs[0]!.status).toMatch(/^Signed in Closed Set 1 Dec 2026, 12:00 UTC/);
  });

  it('sets a Vietnamese and Latin Extended name in the sheet’s own Noto fonts: the name brings in no font of the machine', { timeout: 120_000 }, async () => {
    const fontsOf = async (name: string, folder: string) => {
      const out = join(dir, folder);
      await import('node:fs').then((fs) => fs.mkdirSync(out));
      const renamed = { ...doc, performers: { ...doc.performers, [MAYA]: { ...doc.performers[MAYA]!, name } } };
      const [file] = await exportSheets({ ...source, doc: renamed }, [{ kind: 'performer', performerId: MAYA }], { printer, paper: 'a4', now: () => '2026-12-02T10:00:00.000Z' }, out);
      const fonts = execFileSync('pdffonts', [file!.path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      return { text: words(pdfText(file!.path)), names: new Set(fonts.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))) };
    };
    const plain = await fontsOf('Maya Okafor', 'plain-name');
    const vietnamese = await fontsOf('Nguyễn Thị Łucja', 'vietnamese-name');
    expect(vietnamese.text).toContain('Nguyễn Thị Łucja');
    expect([...vietnamese.names].sort()).toEqual([...plain.names].sort());
  });

  it('never writes over a sheet already in the folder: the new one gets a numbered name', { timeout: 60_000 }, async () => {
    const out = mkdtempSync(join(dir, 'again-'));
    writeFileSync(join(out, 'The Quiet Hours – Scene 42 – Director copy – v2.pdf'), 'keep me');
    const [file] = await exportSheets(source, [{ kind: 'crew' }], { printer, paper: 'a4' }, out);
    expect(file!.path).toBe(join(out, 'The Quiet Hours – Scene 42 – Director copy – v2 (2).pdf'));
    expect(readdirSync(out).sort()).toHaveLength(2);
  });

  it('refuses a folder that does not exist before printing anything', async () => {
    await expect(exportSheets(source, [{ kind: 'crew' }], { printer, paper: 'a4' }, join(dir, 'missing'))).rejects.toThrow(/does not exist/);
  });
});
