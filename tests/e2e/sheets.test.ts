import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';
import { pdfInfo, pdfText } from '../support/pdf';

// Export sheets… from the scene header, in the browser host: the PDF arrives as a download, named for
// production, scene, performer and version, on the paper chosen, holding that performer's consent only.
let app: AppUnderTest;

beforeAll(async () => {
  app = await openApp({ sample: true });
  await app.page.getByRole('button', { name: 'Export sheets…' }).waitFor();
});
afterAll(() => app.close());

describe('Export sheets', () => {
  it('saves one performer’s sheet as a PDF download on US Letter, without the other performer’s notes', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export sheets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export sheets — scene 42' });
    await dialog.getByRole('combobox', { name: 'Copy' }).selectOption({ label: 'Maya Okafor (Ruth)' });
    await dialog.getByRole('radio', { name: 'US Letter' }).check();
    // No signing certificate on this computer: the sheet is saved unsigned, and only when the user says so.
    await dialog.getByRole('checkbox', { name: /^Save unsigned/ }).check();
    // In the browser host there is no system print dialog to offer.
    expect(await dialog.getByRole('button', { name: 'Print…' }).count()).toBe(0);
    await screenshot(page, 'export-sheets-dialog');
    const pending = page.waitForEvent('download', { timeout: 90_000 });
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 5_000 }).toMatch(/Making Maya Okafor’s sheet \(1 of 1\)/);
    const download = await pending;
    expect(download.suggestedFilename()).toBe('The Quiet Hours – Scene 42 – Maya Okafor – v1.pdf');
    const file = join(app.dir, 'sheet.pdf');
    await download.saveAs(file);
    expect([pdfInfo(file).width, pdfInfo(file).height]).toEqual([612, 792]);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Maya Okafor (Ruth) — performer’s copy');
    expect(text).not.toContain('ticklish'); // Daniel's boundary note
    await page.getByText('Sheet saved as PDF (US Letter), unsigned').waitFor();
    await dialog.waitFor({ state: 'detached' });
  });
});
