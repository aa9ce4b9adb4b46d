import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { recordSigningCertificate, verifyContextFrom } from '../../electron/main/signing/certificateRecord';
import { generateIdentity } from '../../electron/main/signing/identity';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { verifySheetPdf } from '../../electron/main/signing/verifySheetPdf';
import { plainPdf, sheetJsonFor } from '../support/signing';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../fixtures');

function openFormat7(): { doc: ProductionDocument; path: string } {
  const path = join(tempDir(), 'format-7.closedset');
  copyFileSync(join(FIXTURES, 'format-7.closedset'), path);
  return { doc: ProductionDocument.open(path), path };
}

describe('the coordinator’s certificate in the production file', () => {
  it('0009_signing_certificates upgrades a format-7 production: its data and undo history intact, no certificate yet', () => {
    const { doc } = openFormat7();
    const snap = doc.snapshot();
    expect(snap.production.title).toBe('Format 7 fixture');
    expect(snap.signingCertificates).toEqual([]);
    expect(snap.boundaries.length).toBe(236);
    expect(doc.engine.history().undoLabel).toBe('Edit beat');
    doc.engine.undo();
    doc.engine.undo();
    expect(doc.snapshot().production.title).toBe('The Quiet Hours');
    doc.close();
  });

  it('is recorded once, survives reopening, and the file refuses to change or delete it', async () => {
    const { doc, path } = openFormat7();
    const identity = await generateIdentity('Alex Moreau');
    const first = recordSigningCertificate(doc, identity.certificateDer, '2026-12-02T10:00:00.000Z');
    expect(first.added).toBe(true);
    expect(recordSigningCertificate(doc, identity.certificateDer).added).toBe(false);
    // Outside the undo history: undo still undoes the fixture's own last edit.
    expect(doc.engine.history().undoLabel).toBe('Edit beat');
    doc.close();

    const reopened = ProductionDocument.open(path);
    expect(reopened.snapshot().signingCertificates).toEqual([first.record]);
    expect(() => reopened.db.prepare("UPDATE signing_certificate SET subject_name = 'Someone else'").run()).toThrow('cannot be changed');
    expect(() => reopened.db.prepare('DELETE FROM signing_certificate').run()).toThrow('cannot be deleted');
    reopened.close();
  });

  it('makes the production trust sheets signed with it', async () => {
    const { doc } = openFormat7();
    const identity = await generateIdentity('Alex Moreau');
    const signed = await signSheetPdf(await plainPdf(1), { sheetJson: sheetJsonFor('e'.repeat(64)), identity, signerName: 'Alex Moreau', reason: 'r' });
    expect((await verifySheetPdf(signed, verifyContextFrom(doc.snapshot()))).status).toBe('foreign-signer');
    recordSigningCertificate(doc, identity.certificateDer);
    // Trusted now; this file holds no version with that hash.
    expect((await verifySheetPdf(signed, verifyContextFrom(doc.snapshot()))).status).toBe('unknown-version');
    doc.close();
  });
});
