import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';
import { pdfText } from '../support/pdf';
import { pdfsig } from '../support/signing';

// Issue 10's acceptance, end to end in the browser host: the coordinator makes a signing certificate
// (a passphrase protects the key here), issues a version, the performer signs it, the coordinator exports
// that performer's sheet — signed — and Verify a sheet says it is valid and of the current version.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const PASSPHRASE = 'lighthouse keeper';

async function createCertificate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Signing certificate…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signing certificate' });
  await dialog.getByRole('button', { name: 'Create a certificate…' }).click();
  await dialog.getByRole('textbox', { name: 'Name on the certificate' }).fill('Alex Moreau');
  await dialog.getByLabel('New passphrase for the signing key').fill(PASSPHRASE);
  await dialog.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Create certificate' }).click();
  await expect.poll(() => dialog.getByText('This production records it as its coordinator’s certificate').count(), { timeout: 15_000 }).toBe(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
}

async function issueV2AndSignAsMaya(page: Page): Promise<void> {
  await page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: /^Beat 2:/ }).click();
  await page.getByRole('tab', { name: 'Beat' }).click();
  const field = page.getByRole('textbox', { name: 'Beat description' });
  await field.fill('Tom sits on the right edge of the bed, about 40 cm from Ruth, and turns toward her.');
  await field.press('Tab');
  await expect.poll(() => page.getByText('All changes saved').count()).toBeGreaterThan(0);
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('button', { name: 'Issue version…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue v2 of scene 42' });
  await issue.getByRole('textbox', { name: 'Version note' }).fill('Beat 2 spacing after the rehearsal');
  await issue.getByRole('button', { name: 'Issue v2' }).click();
  await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Draft: no changes since v2');
  await page.getByRole('button', { name: 'Sign v2…' }).click();
  const sign = page.getByRole('dialog', { name: 'Sign v2 of scene 42' });
  expect(await sign.getByRole('combobox', { name: 'Performer' }).inputValue()).toBe('sample-performer-maya');
  await sign.getByRole('checkbox', { name: 'Sign with the typed name only (no drawing)' }).check();
  await sign.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
  await sign.getByRole('button', { name: 'Sign v2' }).click();
  const signatures = page.getByRole('list', { name: 'Signatures' });
  await expect.poll(() => signatures.getByRole('listitem', { name: /^Maya Okafor, Performer: Current/ }).count()).toBe(1);
}

describe('signed sheet, end to end', () => {
  it('certificate → issue v2 → Maya signs → her sheet exported signed (passphrase) → Verify a sheet: valid, current; pdfsig agrees', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await createCertificate(page);
    await issueV2AndSignAsMaya(page);

    await page.getByRole('button', { name: 'Export sheets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export sheets — scene 42' });
    await dialog.getByRole('combobox', { name: 'Copy' }).selectOption({ label: 'Maya Okafor (Ruth)' });
    expect(await dialog.getByRole('checkbox', { name: 'Sign with Alex Moreau’s certificate' }).isChecked()).toBe(true);
    const save = dialog.getByRole('button', { name: 'Sign and save PDF' });
    // The key is protected by a passphrase here: nothing is sent until it is typed.
    expect(await save.isDisabled()).toBe(true);
    const passphrase = dialog.getByLabel('Passphrase for the signing key');
    await passphrase.fill('not the passphrase');
    await save.click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 }).toBe('Wrong passphrase for the signing key.');
    expect(await passphrase.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'export-sheets-wrong-passphrase');

    await passphrase.fill(PASSPHRASE);
    const pending = page.waitForEvent('download', { timeout: 90_000 });
    await save.click();
    const download = await pending;
    expect(download.suggestedFilename()).toBe('The Quiet Hours – Scene 42 – Maya Okafor – v2.pdf');
    const file = join(app.dir, 'maya-v2.pdf');
    await download.saveAs(file);
    await page.getByText('Sheet saved as PDF (A4), signed by Alex Moreau').waitFor();

    const report = pdfsig(app.dir, new Uint8Array(readFileSync(file)));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Alex Moreau');
    expect(pdfText(file).replace(/\s+/g, ' ')).toContain('Maya Okafor (Ruth) — performer’s copy');

    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Verify a sheet…' }).click();
    const verify = page.getByRole('dialog', { name: 'Verify a sheet' });
    await verify.getByLabel('Sheet PDF to verify').setInputFiles(file);
    const verdict = verify.getByRole('status', { name: 'Verdict' });
    await expect.poll(() => verdict.textContent(), { timeout: 15_000 }).toContain('Valid: signed by this production’s coordinator and unchanged since.');
    expect(await verdict.textContent()).toContain('Version 2 is the scene’s current version.');
    expect(await verdict.textContent()).toContain('Alex Moreau');
    await screenshot(page, 'signed-sheet-verified');
  }, 180_000);

  it('without a certificate the dialog says so, offers File ▸ Signing certificate…, and saves unsigned only when asked', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('button', { name: 'Export sheets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export sheets — scene 42' });
    await expect.poll(() => dialog.getByText('There is no signing certificate on this computer yet, so these sheets cannot be signed.').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Save 2 PDFs' }).isDisabled()).toBe(true);
    await screenshot(page, 'export-sheets-no-certificate');
    await dialog.getByRole('button', { name: 'Open File ▸ Signing certificate…' }).click();
    await page.getByRole('dialog', { name: 'Signing certificate' }).getByRole('button', { name: 'Create a certificate…' }).waitFor();
  }, 90_000);
});
