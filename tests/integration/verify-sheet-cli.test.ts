import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSampleProduction } from '../../electron/main/services/sample';
import { issueVersion } from '../../electron/main/services/versions';
import type { SceneId } from '../../shared/domain/ids';
import { recordSigningCertificate } from '../../electron/main/signing/certificateRecord';
import { generateIdentity, type SigningIdentity } from '../../electron/main/signing/identity';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { runVerifySheetCli } from '../../electron/main/signing/verifyCli';
import { plainPdf, sheetJsonFor } from '../support/signing';
import { SAMPLE_PATH, sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
let identity: SigningIdentity;
let signed: Uint8Array;

beforeAll(async () => {
  identity = await generateIdentity('Alex Moreau');
  signed = await signSheetPdf(await plainPdf(1), { sheetJson: sheetJsonFor('f'.repeat(64)), identity, signerName: 'Alex Moreau', reason: 'r' });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerifySheetCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: tempDir() });
  return { code, out: out.join('\n'), err };
}

function production(withCertificate: boolean): string {
  const path = join(tempDir(), `The Quiet Hours${withCertificate ? ' (trusted)' : ''}.closedset`);
  const doc = createSampleProduction(SAMPLE_PATH, path);
  if (withCertificate) recordSigningCertificate(doc, identity.certificateDer);
  doc.close();
  return path;
}

describe('npm run verify-sheet', () => {
  it('prints the verdict and exits 1 for anything short of valid; the production file is left untouched', async () => {
    writeFileSync(join(tempDir(), 'sheet.pdf'), signed);
    const file = production(false);
    const before = sha256(file);
    const foreign = await run('sheet.pdf', '--file', file);
    expect(foreign.code).toBe(1);
    expect(foreign.out).toContain('Not signed by this production’s coordinator.');
    expect(foreign.out).toContain('Signed by Alex Moreau');
    expect(sha256(file)).toBe(before);

    const trusted = production(true);
    const unknown = await run('sheet.pdf', '--file', trusted);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('for a version this production file does not hold');

    const flipped = signed.slice();
    flipped[200] = flipped[200]! ^ 0x04;
    writeFileSync(join(tempDir(), 'flipped.pdf'), flipped);
    const altered = await run('flipped.pdf', '--file', trusted);
    expect(altered.code).toBe(1);
    expect(altered.out.split('\n')[1]).toBe('  Altered: this sheet was changed after it was signed. Do not rely on it.');
  });

  it('exits 0 for a valid sheet of the scene’s current version (re-issued unchanged: same hash, the number the sheet names)', async () => {
    const path = join(tempDir(), 'Issued.closedset');
    const doc = createSampleProduction(SAMPLE_PATH, path);
    recordSigningCertificate(doc, identity.certificateDer);
    const sceneId = doc.snapshot().scenes[0]!.id as SceneId;
    issueVersion(doc, { sceneId, note: 'First issue', issuedBy: 'Alex Moreau' });
    const versions = doc.snapshot().sceneVersions.filter((v) => v.sceneId === sceneId).sort((a, b) => b.number - a.number);
    const v1 = versions[0]!;
    doc.close();
    const sheet = await signSheetPdf(await plainPdf(1), { sheetJson: sheetJsonFor(v1.hash, v1.number), identity, signerName: 'Alex Moreau', reason: 'r' });
    writeFileSync(join(tempDir(), 'issued.pdf'), sheet);
    const valid = await run('issued.pdf', '--file', path);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain('Valid: signed by this production’s coordinator and unchanged since.');
    expect(valid.out).toContain(`Version ${v1.number} is the scene’s current version.`);
  });

  it('without --file says the signature is intact but unchecked, and exits 1', async () => {
    writeFileSync(join(tempDir(), 'sheet.pdf'), signed);
    const result = await run('sheet.pdf');
    expect(result.code).toBe(1);
    expect(result.out).toContain('The signature is intact, but it was not checked against a production.');
    expect(result.out).toContain('Add --file');
  });

  it('answers bad input with one clear line and exit code 2', async () => {
    writeFileSync(join(tempDir(), 'notes.pdf'), 'these are notes, not a PDF');
    writeFileSync(join(tempDir(), 'sheet.pdf'), signed);
    const cases: [string[], RegExp][] = [
      [[], /^Name the sheet to check\. Usage: npm run verify-sheet/],
      [['missing.pdf'], /^There is no file at .*missing\.pdf\.$/],
      [['notes.pdf'], /^notes\.pdf is not a PDF\.$/],
      [['sheet.pdf', '--file', 'nowhere.closedset'], /^There is no production file at .*nowhere\.closedset\.$/],
      [['sheet.pdf', '--file', 'notes.pdf'], /not a Closed Set production|not a production/i],
      [['sheet.pdf', '--bogus'], /^Unknown option '--bogus'/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0]).toMatch(message);
    }
  });

  it('runs as the built command (out/main/verify-sheet.js)', () => {
    const pdf = join(tempDir(), 'sheet.pdf');
    writeFileSync(pdf, signed);
    const script = join(import.meta.dirname, '../../out/main/verify-sheet.js');
    let output = '';
    let status = 0;
    try {
      output = execFileSync(process.execPath, [script, pdf], { encoding: 'utf8' });
    } catch (e) {
      const failure = e as { status: number; stdout: string };
      status = failure.status;
      output = failure.stdout;
    }
    expect(status).toBe(1);
    expect(output).toContain('The signature is intact, but it was not checked against a production.');
    expect(readFileSync(pdf).length).toBe(signed.length);
  });
});
