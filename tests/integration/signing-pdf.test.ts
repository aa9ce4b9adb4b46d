import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFDocument } from 'pdf-lib';
import { PadesSigner } from '../../electron/main/signing/cms';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, summarizeCertificate, type SigningIdentity } from '../../electron/main/signing/identity';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { verifySheetPdf } from '../../electron/main/signing/verifySheetPdf';
import { chromiumPdf, pdfsig, plainPdf, sheetJsonFor } from '../support/signing';
import { useTempDir } from '../support/tempDir';

const HASH = 'a'.repeat(64);
const tempDir = useTempDir();
let identity: SigningIdentity;
let other: SigningIdentity;
let unsigned: Uint8Array;

beforeAll(async () => {
  identity = await generateIdentity('Alex Moreau');
  other = await generateIdentity('Someone Else');
  unsigned = await chromiumPdf('<h1>Scene 57 — Morning after</h1><p>Beat 1: Ruth sits on the bed edge.</p><div style="page-break-before:always">Beat 2</div>');
}, 60_000);

const sign = (pdf: Uint8Array, who = identity) => signSheetPdf(pdf, { sheetJson: sheetJsonFor(HASH), identity: who, signerName: 'Alex Moreau', reason: 'Choreography sheet, version 1' });
const context = () => ({
  certificates: [{ fingerprint: summarizeCertificate(identity.certificateDer).fingerprint }],
  versions: [{ sceneId: 's1', number: 1, hash: HASH }],
});

describe('a signed sheet', () => {
  it('is accepted by pdfsig as a valid, whole-document signature and verifies as valid', async () => {
    const signed = await sign(unsigned);
    const report = pdfsig(tempDir(), signed);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('ETSI.CAdES.detached');
    const verdict = await verifySheetPdf(signed, context());
    expect(verdict.status).toBe('valid');
    expect(verdict.certificate?.subjectName).toBe('Alex Moreau');
    expect(verdict.version).toEqual({ number: 1, current: true, currentNumber: 1 });
  });

  it('carries sheet.json as an embedded file', async () => {
    const path = join(tempDir(), 'sheet.pdf');
    writeFileSync(path, await sign(unsigned));
    expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toMatch(/1 embedded files\s+1: sheet\.json/);
  });

  it('is altered when one byte is flipped', async () => {
    const signed = await sign(unsigned);
    const flipped = signed.slice();
    const at = Math.floor(signed.length / 3);
    flipped[at] = flipped[at]! ^ 0x01;
    expect(pdfsig(tempDir(), flipped)).not.toContain('Signature is Valid.');
    expect((await verifySheetPdf(flipped, context())).status).toBe('altered');
  });

  it('is altered when an incremental update is appended (pdfsig: "Not total document signed")', async () => {
    const signed = await sign(unsigned);
    // What an editor does to add an annotation: a new revision appended after the signed bytes.
    const text = Buffer.from(signed).toString('latin1');
    const previousXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
    const objectNumber = Number([...text.matchAll(/\/Size\s+(\d+)/g)].at(-1)![1]);
    const catalog = [...text.matchAll(/\/Root\s+(\d+ \d+ R)/g)].at(-1)![1];
    const offset = signed.length + 1;
    const object = `${objectNumber} 0 obj\n<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (changed) >>\nendobj\n`;
    const xrefAt = offset + object.length;
    const update =
      `\n${object}xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(offset).padStart(10, '0')} 00000 n \n` +
      `trailer\n<< /Size ${objectNumber + 1} /Root ${catalog} /Prev ${previousXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from(update, 'latin1')]);
    const report = pdfsig(tempDir(), appended);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Not total document signed');
    const verdict = await verifySheetPdf(appended, context());
    expect(verdict.status).toBe('altered');
    expect(verdict.reason).toMatch(/added to the file after it was signed/);
  });

  it('is no longer valid once re-saved by another program (pdf-lib load and save)', async () => {
    const resaved = await (await PDFDocument.load(await sign(unsigned))).save();
    expect(['altered', 'not-signed']).toContain((await verifySheetPdf(resaved, context())).status);
  });

  it('signed with another certificate is not signed by this production’s coordinator', async () => {
    const signed = await sign(unsigned, other);
    expect(pdfsig(tempDir(), signed)).toContain('Signature is Valid.');
    const verdict = await verifySheetPdf(signed, context());
    expect(verdict.status).toBe('foreign-signer');
    expect(verdict.reason).toContain('Someone Else');
  });

  it('names its version and says when the scene has moved on to a newer one', async () => {
    const verdict = await verifySheetPdf(await sign(unsigned), {
      ...context(),
      versions: [
        { sceneId: 's1', number: 1, hash: HASH },
        { sceneId: 's1', number: 2, hash: 'b'.repeat(64) },
      ],
    });
    expect(verdict.status).toBe('valid');
    expect(verdict.version).toEqual({ number: 1, current: false, currentNumber: 2 });
    expect(verdict.sheet).toMatchObject({ productionName: 'The Quiet Hours', sceneLabel: 'Scene 57 “Morning after”', versionNumber: 1 });
    expect(verdict.sheet?.signoffs[0]).toEqual({ role: 'Performer', name: 'Maya Okafor', status: 'Signed 1 Dec 2026 10:00 (typed name: Maya Okafor)', withdrawn: false });
  });

  it('is "unknown version" when the production file does not hold its version, or when it is of a working draft', async () => {
    const verdict = await verifySheetPdf(await sign(unsigned), { ...context(), versions: [{ sceneId: 's1', number: 1, hash: 'c'.repeat(64) }] });
    expect(verdict.status).toBe('unknown-version');
    const draft = await signSheetPdf(unsigned, { sheetJson: sheetJsonFor(null), identity, signerName: 'Alex Moreau', reason: 'draft' });
    const draftVerdict = await verifySheetPdf(draft, context());
    expect(draftVerdict.status).toBe('unknown-version');
    expect(draftVerdict.reason).toMatch(/working draft/);
  });

  it('reads the signing time from /M and carries no signing-time attribute in the CMS', async () => {
    const at = new Date('2026-11-30T18:45:00Z');
    const signed = await signSheetPdf(unsigned, { sheetJson: sheetJsonFor(HASH), identity, signerName: 'Alex Moreau', reason: 'r', signingTime: at });
    expect((await verifySheetPdf(signed, context())).signedAt).toBe(at.toISOString());
    const hex = /\/Contents\s*<([0-9a-f]+)>/i.exec(Buffer.from(signed).toString('latin1'))![1]!;
    // id-signingTime 1.2.840.113549.1.9.5 in DER; id-aa-signingCertificateV2 1.2.840.113549.1.9.16.2.47 must be there.
    expect(hex).not.toContain('06092a864886f70d010905');
    expect(hex).toContain('060b2a864886f70d010910022f');
  });
});

describe('what is not a valid signed sheet', () => {
  it('an unsigned PDF is "not signed"; a file that is not a PDF is unreadable', async () => {
    expect((await verifySheetPdf(unsigned, context())).status).toBe('not-signed');
    const text = await verifySheetPdf(new TextEncoder().encode('hello, not a pdf'), context());
    expect(text.status).toBe('unreadable');
    expect(text.reason).toBe('The file is not a PDF.');
  });

  it('a PDF signed by the coordinator but carrying no sheet.json is not a sheet that can be checked', async () => {
    // Signed the same way, without the attachment: what another program signing with the same key makes.
    const doc = await PDFDocument.load(await plainPdf());
    pdflibAddPlaceholder({ pdfDoc: doc, reason: 'r', contactInfo: '', name: 'Alex Moreau', location: '', signatureLength: 16384, subFilter: SUBFILTER_ETSI_CADES_DETACHED });
    const signed = await new SignPdf().sign(Buffer.from(await doc.save()), new PadesSigner(identity));
    expect(pdfsig(tempDir(), signed)).toContain('Signature is Valid.');
    const verdict = await verifySheetPdf(signed, context());
    expect(verdict.status).toBe('unreadable');
    expect(verdict.reason).toMatch(/no readable sheet\.json/);
  });

  it('a signature larger than its placeholder fails with a clear message and writes nothing', async () => {
    await expect(
      signSheetPdf(unsigned, { sheetJson: sheetJsonFor(HASH), identity, signerName: 'Alex Moreau', reason: 'r', signatureHexLength: 512 }),
    ).rejects.toThrow('the signature is larger than the space reserved for it in the PDF');
  });

  it('checked without a production, an intact signature is "unchecked", never "valid"', async () => {
    const verdict = await verifySheetPdf(await sign(unsigned));
    expect(verdict.status).toBe('unchecked');
    expect(verdict.sheet?.versionHash).toBe(HASH);
  });
});
