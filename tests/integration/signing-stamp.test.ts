import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, type SigningIdentity } from '../../electron/main/signing/identity';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { chromiumPdf, pdfsig, sheetJsonFor } from '../support/signing';
import { useTempDir } from '../support/tempDir';

// The visible signature stamp (electron/main/signing/stamp.ts) is set in the sheet's embedded Noto Sans:
// names beyond Latin-1 are drawn letter for letter, and the signature stays whole-document valid.
const tempDir = useTempDir();
let identity: SigningIdentity;
let cjkIdentity: SigningIdentity;
let unsigned: Uint8Array;

beforeAll(async () => {
  identity = await generateIdentity('Zofia Łukasiewicz-Dvořák');
  // The app signs with the certificate's common name as the signer name (export/cli.ts, sheetHandlers.ts).
  cjkIdentity = await generateIdentity('山田 Hanako');
  unsigned = await chromiumPdf('<h1>Scene 57 — Morning after</h1><p>Beat 1: Ruth sits on the bed edge.</p>');
}, 60_000);

async function signedFile(signerName: string, who = identity): Promise<{ path: string; bytes: Uint8Array }> {
  const bytes = await signSheetPdf(unsigned, { sheetJson: sheetJsonFor('a'.repeat(64)), identity: who, signerName, reason: 'Choreography sheet, version 1' });
  const path = join(tempDir(), `signed-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  return { path, bytes };
}
const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
const fonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' });

/** The text fields of the signature dictionary, as a PDF reader decodes them. */
async function signatureFields(bytes: Uint8Array): Promise<Record<'Name' | 'Reason', string>> {
  const doc = await PDFDocument.load(bytes);
  const field = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray).lookup(0, PDFDict);
  const sig = field.lookup(PDFName.of('V'), PDFDict);
  const read = (key: string) => (sig.lookup(PDFName.of(key)) as PDFString | PDFHexString).decodeText();
  return { Name: read('Name'), Reason: read('Reason') };
}

describe('the signature stamp', () => {
  it('draws "Zofia Łukasiewicz-Dvořák" exactly, in embedded Noto Sans subsets, and the signature stays valid', async () => {
    const { path, bytes } = await signedFile('Zofia Łukasiewicz-Dvořák');
    const report = pdfsig(tempDir(), bytes);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');

    expect(text(path)).toContain('Digitally signed by Zofia Łukasiewicz-Dvořák');
    const table = fonts(path);
    // name, type, encoding, emb, sub, uni: a subset tag ("ABCDEF+"), embedded, subset, with a ToUnicode map.
    const noto = table.split('\n').filter((l) => /^[A-Z]{6}\+NotoSans-/.test(l));
    expect(noto.map((l) => l.split(/\s+/)[0]!.slice(7)).sort()).toEqual(['NotoSans-Regular', 'NotoSans-SemiBold', 'NotoSans-SemiBold']);
    for (const line of noto) expect(line).toMatch(/yes\s+yes\s+yes\s+\d+\s+0\s*$/);
    expect(table).not.toMatch(/Helvetica/);
    expect(text(path)).not.toContain('�');
  });

  it('writes the signer’s name into the signature itself letter for letter, brackets and backslashes included', async () => {
    for (const name of ['Zofia Łukasiewicz-Dvořák', '山田 Hanako', 'Maya (Mai) Okafor', 'Sam :-) O\\Neil']) {
      const bytes = await signSheetPdf(unsigned, { sheetJson: sheetJsonFor('a'.repeat(64)), identity, signerName: name, reason: 'Choreography sheet (version 1)' });
      expect(await signatureFields(bytes)).toEqual({ Name: name, Reason: 'Choreography sheet (version 1)' });
      expect(pdfsig(tempDir(), bytes)).toContain('Signature is Valid.');
    }
  });

  it.each(['Antonín Dvořák', 'Nguyễn Thị Minh', 'Ștefan Țurcanu', 'Jan Łukasiewicz'])('draws %s letter for letter', async (name) => {
    const { path } = await signedFile(name);
    expect(text(path)).toContain(`Digitally signed by ${name}`);
  });

  it('draws a name typed with combining accents as the same letters', async () => {
    const { path } = await signedFile('Dvor\u030Ca\u0301k');
    expect(text(path)).toContain('Digitally signed by Dvořák');
  });

  it('marks characters it cannot draw with "�" and points to the certificate for the full name, the signature still valid', async () => {
    const { path, bytes } = await signedFile('山田 Hanako', cjkIdentity);
    const stamp = text(path);
    expect(stamp).toContain('Digitally signed by �� Hanako');
    expect(stamp).toContain('� marks a character the stamp cannot draw; the signing certificate gives the name in full.');
    const report = pdfsig(tempDir(), bytes);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signer Certificate Common Name: 山田 Hanako');
  });

  it('adds no note when every character is drawn', async () => {
    const { path } = await signedFile('Alex Moreau');
    expect(text(path)).not.toContain('cannot draw');
  });
});
