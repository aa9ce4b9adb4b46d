import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateIdentity } from '../../electron/main/signing/identity';
import { loadIdentity, storedCertificate } from '../../electron/main/signing/keyStore';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { formatFingerprint } from '../../shared/signing/verdict';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';
import { plainPdf, sheetJsonFor } from '../support/signing';

// The coordinator makes a signing certificate in the browser host (a passphrase protects the key there),
// and checks sheets: by File ▸ Verify a sheet… and by dropping a PDF on the window.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const PASSPHRASE = 'lighthouse keeper';

describe('signing certificate and Verify a sheet', () => {
  it('creates a certificate protected by a passphrase, records it, and verifies sheets in plain words', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Signing certificate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Signing certificate' });
    await expect.poll(() => dialog.getByText('There is none on this computer yet').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Create a certificate…' }).click();
    await dialog.getByRole('textbox', { name: 'Name on the certificate' }).fill('Alex Moreau');
    const create = dialog.getByRole('button', { name: 'Create certificate' });
    // Two different passphrases: refused before anything is sent.
    await dialog.getByLabel('New passphrase for the signing key').fill(PASSPHRASE);
    await dialog.getByLabel('Repeat the passphrase').fill('lighthouse keepers');
    await expect.poll(() => dialog.getByText('The two passphrases differ').count()).toBe(1);
    expect(await create.isDisabled()).toBe(true);
    await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await create.click();

    const userData = join(app.dir, 'user-data');
    await expect.poll(() => storedCertificate(userData)?.certificate.subjectName ?? null, { timeout: 15_000 }).toBe('Alex Moreau');
    const fingerprint = storedCertificate(userData)!.certificate.fingerprint;
    await expect.poll(() => dialog.getByText(formatFingerprint(fingerprint)).count()).toBe(1);
    await expect.poll(() => dialog.getByText('This production records it as its coordinator’s certificate').count()).toBe(1);
    await screenshot(page, 'signing-certificate');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // A sheet signed with that key (unlocked with the passphrase, as an export does) …
    const identity = await loadIdentity(userData, { passphrase: PASSPHRASE });
    const signed = await signSheetPdf(await plainPdf(2), { sheetJson: sheetJsonFor('1'.repeat(64)), identity, signerName: 'Alex Moreau', reason: 'Choreography sheet' });
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Verify a sheet…' }).click();
    const verify = page.getByRole('dialog', { name: 'Verify a sheet' });
    await verify.getByLabel('Sheet PDF to verify').setInputFiles({ name: 'Scene 57 – Maya Okafor – v1.pdf', mimeType: 'application/pdf', buffer: Buffer.from(signed) });
    const verdict = verify.getByRole('status', { name: 'Verdict' });
    // … is the coordinator's, but this production holds no version with its hash (versions come from Versions & sign-off).
    await expect.poll(() => verdict.textContent(), { timeout: 15_000 }).toContain('Signed by this production’s coordinator, but for a version this production file does not hold.');
    expect(await verdict.textContent()).toContain('Signed by Alex Moreau');

    // One flipped byte: altered.
    const flipped = Buffer.from(signed);
    flipped[300] = flipped[300]! ^ 0x01;
    await verify.getByLabel('Sheet PDF to verify').setInputFiles({ name: 'flipped.pdf', mimeType: 'application/pdf', buffer: flipped });
    await expect.poll(() => verdict.textContent()).toContain('Altered: this sheet was changed after it was signed.');
    await screenshot(page, 'signing-verify-altered');
    await verify.getByRole('button', { name: 'Close' }).click();

    // Dropped on the window: a sheet signed by someone else's certificate.
    const other = await generateIdentity('Someone Else');
    const foreign = await signSheetPdf(await plainPdf(1), { sheetJson: sheetJsonFor('1'.repeat(64)), identity: other, signerName: 'Someone Else', reason: 'r' });
    const transfer = await page.evaluateHandle((base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
      return data;
    }, Buffer.from(foreign).toString('base64'));
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect.poll(() => verify.isVisible()).toBe(true);
    await expect.poll(() => verdict.textContent(), { timeout: 15_000 }).toContain('Not signed by this production’s coordinator.');
    expect(await verdict.textContent()).toContain('Someone Else');
    await screenshot(page, 'signing-verify-foreign');
  }, 90_000);
});
