import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// Numbers are validated as Height is: a value the shared schema refuses is never sent, the field keeps
// what was typed and says what is allowed. An edit main refuses is not a failed save: the status line
// keeps saying the file is safe, and the refusal says what and why. Runs on the sample production.
let app: AppUnderTest;
const commandsSent: string[] = [];

beforeAll(async () => {
  app = await openApp({ sample: true });
  app.page.on('request', (r) => {
    if (r.url().endsWith('/api/command:apply')) commandsSent.push(r.postData() ?? '');
  });
  await app.page.getByRole('list', { name: 'Beats' }).getByRole('listitem').first().click();
  await app.page.getByTestId('stage-viewport').waitFor();
});

afterAll(async () => {
  await app?.close();
});

const panel = () => app.page.getByRole('complementary', { name: 'Blocking' });
/** Ruth in the outline (not a contact of hers, "Ruth → Tom: …"). */
const RUTH = /^Ruth(?! →)/;
const saveStatus = () => app.page.getByRole('banner').getByRole('status');

/** Types `text` and presses Enter; returns how many commands were sent meanwhile. */
async function typeAndEnter(field: Locator, text: string): Promise<number> {
  const before = commandsSent.length;
  await field.fill(text);
  await field.press('Enter');
  await field.blur();
  // Give a command that should not be sent the time to leave.
  await app.page.waitForTimeout(300);
  return commandsSent.length - before;
}

/** The field refuses `text`: the message is shown next to it, the text stays, nothing is sent. */
async function expectRefused(field: Locator, text: string, message: string): Promise<void> {
  expect(await typeAndEnter(field, text)).toBe(0);
  const describedBy = await field.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect.poll(() => app.page.locator(`[id="${describedBy}"]`).textContent()).toBe(message);
  expect(await app.page.locator(`[id="${describedBy}"]`).isVisible()).toBe(true);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  expect(await field.inputValue()).toBe(text);
}

describe('numeric fields of the 3D view', () => {
  it('refuse text and positions below the floor, keep what was typed, and send nothing', async () => {
    await panel().getByRole('button', { name: RUTH }).click();
    // The panel says where 0° faces, next to the Facing field.
    expect(await panel().getByText('Facing: 0° faces the audience (+z, the default camera)', { exact: false }).isVisible()).toBe(true);
    const placementBefore = (await app.host.snapshot()).placements.filter((p) => p.performerId === 'sample-performer-maya');

    const x = panel().getByRole('textbox', { name: 'Position X' });
    await expectRefused(x, 'abc', 'Position X must be a number');
    await screenshot(app.page, 'ui-validation-position-x');
    // Escape puts the stored value back.
    await x.focus();
    await x.press('Escape');
    await expect.poll(() => x.getAttribute('aria-invalid')).toBeNull();

    const elevation = panel().getByRole('textbox', { name: 'Elevation' });
    await expectRefused(elevation, '-0.5', 'Elevation cannot be below the floor (0 or more)');
    await elevation.focus();
    await elevation.press('Escape');

    expect((await app.host.snapshot()).placements.filter((p) => p.performerId === 'sample-performer-maya')).toEqual(placementBefore);
  });

  it('refuse set-piece sizes outside 1 cm … 50 m instead of clamping them', async () => {
    await panel().getByRole('button', { name: 'Back to the outline' }).click();
    await panel().getByRole('button', { name: /^Double bed/ }).click();
    const width = panel().getByRole('textbox', { name: 'Width' });
    await expectRefused(width, '-3', 'Sizes must be at least 1 cm');
    await expectRefused(width, '500', 'Sizes must be at most 50 m');
    await width.focus();
    await width.press('Escape');
    const bed = (await app.host.snapshot()).setPieces.find((p) => p.id === 'sample-set-bed')!;
    expect(bed.size).toEqual([1.37, 0.55, 1.95]);
    // A value inside the limits is saved as typed.
    expect(await typeAndEnter(width, '1.6')).toBe(1);
    await expect.poll(async () => (await app.host.snapshot()).setPieces.find((p) => p.id === 'sample-set-bed')!.size[0]).toBe(1.6);
  });

  it('refuse a tempo over 240 counts per minute and a focal length of 0 mm', async () => {
    const tempo = app.page.getByRole('textbox', { name: 'Tempo in counts per minute' });
    await expectRefused(tempo, '100000', 'Tempo must be at most 240 counts per minute');
    await tempo.focus();
    await tempo.press('Escape');
    expect((await app.host.snapshot()).scenes[0]!.tempoCpm).toBe(48);

    await panel().getByRole('button', { name: 'Back to the outline' }).click();
    await panel().getByRole('button', { name: /^A cam/ }).click();
    const focal = panel().getByRole('textbox', { name: 'Focal length' });
    const before = await focal.inputValue();
    await expectRefused(focal, '0', 'Focal length must be from 4 to 1200 mm');
    await focal.focus();
    await focal.press('Escape');
    await expect.poll(() => focal.inputValue()).toBe(before);
  });
});

describe('an edit main refuses', () => {
  it('says what was refused and why, once, and the status line keeps saying the file is safe', async () => {
    const { page } = app;
    // Daniel is a minor in scene 42 (a kiss is allowed with a guardian note; nudity never is).
    await app.host.apply({ type: 'performer.update', id: 'sample-performer-daniel', patch: { isMinor: true } });
    await page.reload();
    await page.getByRole('tab', { name: 'Scene' }).click();
    await expect.poll(() => saveStatus().textContent()).toContain('All changes saved');

    await page.getByRole('group', { name: 'Content flags' }).getByRole('button', { name: 'Nudity' }).click();
    const toast = page.getByRole('region', { name: 'Notifications' }).getByRole('alert');
    await expect.poll(() => toast.textContent()).toContain('“Edit scene” was refused');
    expect(await toast.textContent()).toContain('can never be planned for a minor');
    await screenshot(page, 'ui-validation-refused');
    // The file is as safe as before: nothing was written, and the status line does not say otherwise.
    expect(await saveStatus().textContent()).toContain('All changes saved');
    expect(await page.getByText('Last change not saved').count()).toBe(0);
    expect((await app.host.snapshot()).scenes.find((s) => s.id === 'sample-scene-42')!.contentFlags).toEqual(['kiss']);
    // Announced once: only the toast carries the reason to assistive technology.
    const live = page.locator('[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])').filter({ hasText: 'can never be planned for a minor' });
    expect(await live.count()).toBe(1);
    await expect.poll(() => page.getByRole('group', { name: 'Content flags' }).getByRole('button', { name: 'Nudity' }).getAttribute('aria-pressed')).toBe('false');
  });
});

describe('marking a performer as a minor', () => {
  it('is not offered while they are in a scene that plans nudity, and says why', async () => {
    // Maya is in scene 57, which plans nudity.
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: 'Maya Okafor' }).click();
    const minor = page.getByRole('checkbox', { name: 'Minor (under 18)' });
    await expect.poll(() => minor.isDisabled()).toBe(true);
    const why = page.locator(`[id="${await minor.getAttribute('aria-describedby')}"]`);
    expect(await why.textContent()).toContain('In scene 57 “Morning after”, which plans nudity — take them out of that scene or change its content first.');
    await screenshot(page, 'ui-validation-minor-disabled');

    // Once the scene no longer plans nudity, the box can be ticked.
    await app.host.apply({ type: 'scene.update', id: 'sample-scene-57', patch: { contentFlags: [] } });
    await page.reload();
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: 'Maya Okafor' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Minor (under 18)' }).isDisabled()).toBe(false);
  });
});
