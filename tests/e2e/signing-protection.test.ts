import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIdentity, storedCertificate } from '../../electron/main/signing/keyStore';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';
import { pdfsig } from '../support/signing';

// File ▸ Signing certificate… in the browser host: there is no system keychain there, so the dialog
// offers no keychain choice and says why; the coordinator creates a certificate under a passphrase,
// changes the passphrase (Change protection…), and signs a sheet with the new one.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const FIRST = 'lighthouse keeper';
const SECOND = 'harbour pilot 2026';

describe('Signing certificate ▸ Change protection…', () => {
  it('creates a certificate under a passphrase, changes the passphrase, and signs a sheet with the new one', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const userData = join(app.dir, 'user-data');
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Signing certificate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Signing certificate' });
    await dialog.getByRole('button', { name: 'Create a certificate…' }).click();
    // No keychain here: no choice that could not work, and one line saying why.
    await expect.poll(() => dialog.getByText('There is no system keychain here (the browser host has none)').count()).toBe(1);
    expect(await dialog.getByRole('radio').count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Name on the certificate' }).fill('Alex Moreau');
    await dialog.getByLabel('New passphrase for the signing key').fill(FIRST);
    await dialog.getByLabel('Repeat the passphrase').fill(FIRST);
    await dialog.getByRole('button', { name: 'Create certificate' }).click();
    await expect.poll(() => dialog.getByText('This production records it as its coordinator’s certificate').count(), { timeout: 15_000 }).toBe(1);
    const fingerprint = storedCertificate(userData)!.certificate.fingerprint;

    await dialog.getByRole('button', { name: 'Change protection…' }).click();
    const form = dialog.getByRole('form', { name: 'Change protection' });
    const current = form.getByLabel('Current passphrase');
    const next = form.getByLabel('New passphrase for the signing key');
    const again = form.getByLabel('Repeat the passphrase');
    const submit = form.getByRole('button', { name: 'Change the passphrase' });
    await current.fill(FIRST);
    // The shared rules, as they are typed: too few different characters, then the same as the current one.
    await next.fill('abababab');
    await expect.poll(() => form.getByText('A passphrase needs at least 5 different characters').count()).toBe(1);
    await next.fill(FIRST);
    await again.fill(FIRST);
    await expect.poll(() => form.getByText('The new passphrase is the same as the current one').count()).toBe(1);
    expect(await submit.isDisabled()).toBe(true);
    await next.fill(SECOND);
    await again.fill(SECOND);
    // A wrong current passphrase: refused by main, the key unchanged.
    await current.fill('lighthouse keepers');
    await submit.click();
    await expect.poll(() => form.getByRole('alert').textContent(), { timeout: 15_000 }).toBe('The current passphrase is wrong, so the key’s protection was not changed.');
    expect(await current.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'signing-change-protection');
    expect((await loadIdentity(userData, { passphrase: FIRST })).certificateDer).toBeTruthy();

    await current.fill(FIRST);
    await submit.click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toBe('The key is now protected by your new passphrase.');
    expect(storedCertificate(userData)!.certificate.fingerprint).toBe(fingerprint);
    await screenshot(page, 'signing-protection-changed');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Export sheets: the old passphrase no longer signs, the new one does.
    await page.getByRole('button', { name: 'Export sheets…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export sheets — scene 42' });
    await exportDialog.getByRole('combobox', { name: 'Copy' }).selectOption({ label: 'Maya Okafor (Ruth)' });
    const passphrase = exportDialog.getByLabel('Passphrase for the signing key');
    const save = exportDialog.getByRole('button', { name: 'Sign and save PDF' });
    await passphrase.fill(FIRST);
    await save.click();
    await expect.poll(() => exportDialog.getByRole('alert').textContent(), { timeout: 30_000 }).toBe('Wrong passphrase for the signing key.');
    await passphrase.fill(SECOND);
    const pending = page.waitForEvent('download', { timeout: 90_000 });
    await save.click();
    const download = await pending;
    const file = join(app.dir, 'maya.pdf');
    await download.saveAs(file);
    const report = pdfsig(app.dir, new Uint8Array(readFileSync(file)));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Alex Moreau');
  }, 180_000);
});
