import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';
import { pdfInfo, pdfText } from '../support/pdf';

// The 3D view's Export dialog: nothing is made until Save; the choices that matter are there; the
// preview shows the packet's pages as they print (3D stills drawn by the host's Chromium); the PDF
// downloaded is the one chosen — paper, beats, whose copy — and holds no one else's private data.
let app: AppUnderTest;
const OUT = join(import.meta.dirname, '../../test-results/packet');

beforeAll(async () => {
  app = await openApp({ sample: true });
  await app.page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: /^Beat 3:/ }).click();
  await app.page.locator('.stage-canvas canvas[data-ready]').waitFor();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => app.close());

describe('the export dialog', () => {
  it('previews the rehearsal packet and saves the copy chosen: US Letter, one performer, the chosen beats', async () => {
    const { page } = app;
    const before = await app.host.call('document:load', {});
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => dialog.getByRole('combobox', { name: 'What to export' }).inputValue()).toBe('packet');
    for (const name of ['Paper', 'Copy for', 'Camera still', 'Floor plan scale']) expect(await dialog.getByRole('combobox', { name }).count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: '3D stills of the rehearsal view' }).isChecked()).toBe(true);
    // Only this beat, with A cam's still: the preview is its cover and the beat page, stills drawn.
    await dialog.getByRole('button', { name: 'This beat only' }).click();
    await dialog.getByRole('combobox', { name: 'Camera still' }).selectOption({ label: 'A cam, on the beats it films' });
    const frame = dialog.frameLocator('iframe[title="Preview of the rehearsal packet"]');
    await expect.poll(() => frame.locator('.beat__number').textContent(), { timeout: 120_000 }).toBe('3');
    await expect.poll(() => frame.locator('figure img').count(), { timeout: 60_000 }).toBe(2);
    // The sample's scene 42 has v1 issued and signed by both performers: the cover says so.
    const cover = await frame.locator('.cover').textContent();
    expect(cover).toMatch(/Version 1 · #[0-9a-f]{12}|Draft — changed since version 1/);
    expect(cover).toMatch(/Maya Okafor \(performer\): signed/);
    // The preview frame can run nothing.
    expect(await dialog.locator('iframe').getAttribute('sandbox')).toBe('');
    await screenshot(page, 'export-dialog-packet');

    // Maya's copy on US Letter, beats 3 and 5, stills off: a cover, her own consent page and two beat pages.
    await dialog.getByRole('combobox', { name: 'Paper' }).selectOption('letter');
    await dialog.getByRole('combobox', { name: 'Copy for' }).selectOption({ label: 'Maya Okafor (Ruth) — with their own consent' });
    await dialog.getByRole('checkbox', { name: /^Beat 5:/ }).check();
    await dialog.getByRole('checkbox', { name: '3D stills of the rehearsal view' }).uncheck();
    await expect.poll(() => frame.locator('.cover').textContent(), { timeout: 60_000 }).toContain('Maya Okafor (Ruth) — performer’s copy');
    const pending = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Save PDF' }).click();
    const file = await pending;
    expect(file.suggestedFilename()).toMatch(/^The Quiet Hours – Sc 42 – Rehearsal packet – Maya Okafor – (v1|draft)\.pdf$/);
    const path = join(OUT, 'dialog-maya-letter.pdf');
    writeFileSync(path, readFileSync((await file.path())!));
    await expect.poll(() => dialog.count()).toBe(0);

    const info = pdfInfo(path);
    expect(info.pages).toBe(4);
    expect(info.width).toBeCloseTo(792, 0); // US Letter, landscape
    expect(info.height).toBeCloseTo(612, 0);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Your consent in this scene');
    expect(text).toMatch(/ 3 of 6 /);
    expect(text).toMatch(/ 5 of 6 /);
    expect(text).not.toMatch(/ 4 of 6 /);
    // Nothing of Daniel's: his contact details, his boundary notes.
    const loaded = await app.host.call('document:load', {});
    const snapshot = loaded.ok ? loaded.value!.snapshot : null;
    const daniel = snapshot!.performers.find((p) => p.name === 'Daniel Reyes')!;
    expect(daniel.contact).not.toBe('');
    expect(text).not.toContain(daniel.contact);
    for (const b of snapshot!.boundaries.filter((b) => b.performerId === daniel.id && b.note)) expect(text).not.toContain(b.note);
    // Exporting wrote nothing to the production.
    const after = await app.host.call('document:load', {});
    expect(after.ok && after.value?.history).toEqual(before.ok && before.value?.history);
  }, 300_000);

  it('refuses a packet with no beats chosen, saying why, and previews the floor plan at the scale asked for', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('checkbox', { name: '3D stills of the rehearsal view' }).uncheck();
    for (const box of await dialog.getByRole('checkbox', { name: /^Beat \d:/ }).all()) await box.uncheck();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Choose at least one beat to print.');
    expect(await dialog.getByRole('button', { name: 'Save PDF' }).isDisabled()).toBe(true);

    await dialog.getByRole('combobox', { name: 'What to export' }).selectOption('plan');
    await dialog.getByRole('combobox', { name: 'Floor plan scale' }).selectOption('100');
    await expect.poll(() => dialog.locator('figcaption').textContent()).toBe('Scale 1:100 when printed at 100%.');
    expect(await dialog.getByRole('img', { name: 'Preview of the export' }).count()).toBe(1);
    const pending = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save SVG' }).click();
    const svg = readFileSync((await (await pending).path())!, 'utf8');
    expect(svg).toContain('scale 1:100 when printed at 100%');
  }, 120_000);
});
