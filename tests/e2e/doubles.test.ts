import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addBodyDouble, openApp, screenshot, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// Body doubles: a performer recorded as another's double (People), put in the performer's place in a beat
// (the blocking panel), and checked by main against the performer's rider.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('body doubles', () => {
  it('a double recorded in People stands in for a beat; a rider that does not allow it is an error; removing it clears it', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const checks = page.locator('.checks__toggle');
    await expect.poll(() => checks.textContent()).toContain('Checks: No findings');

    await addBodyDouble(page, 'Ana Lima', 'Maya Okafor (Ruth)');
    await expect.poll(() => page.locator('#person-editor-title').locator('..').textContent()).toContain('Body double for Maya Okafor');

    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    await page.getByRole('listitem', { name: /^Beat 2:/ }).click();
    const doubles = page.getByRole('complementary', { name: 'Blocking' }).getByRole('region', { name: 'Body doubles' });
    await expect.poll(() => doubles.textContent()).toContain('No body double in this beat.');
    await expect.poll(() => doubles.getByRole('combobox', { name: 'Body double' }).inputValue()).not.toBe('');
    await doubles.getByRole('button', { name: 'Add body double' }).click();
    const list = doubles.getByRole('list', { name: 'Body doubles in this beat' });
    await expect.poll(() => list.textContent()).toContain('Ana Lima doubles Ruth · whole beat, every camera');

    // Maya's rider for scene 42 does not allow a double: an error on beat 2, beside the double and in the checks.
    await expect.poll(() => checks.textContent()).toMatch(/Checks: 1 error/);
    // The error, and a warning: Ana has no boundary map of her own yet for the hand contact of beat 2.
    await expect.poll(() => list.getByRole('img', { name: '2 check findings' }).count()).toBe(1);
    await doubles.scrollIntoViewIfNeeded();
    // A clip of the page, not an element screenshot: the 3D view beside it keeps the panel from ever counting as "stable".
    const box = await doubles.boundingBox();
    if (box) await page.screenshot({ path: join(SHOTS_DIR, 'body-double-outline-light.png'), clip: box });
    await checks.click();
    const panel = page.getByRole('region', { name: 'Checks panel' });
    await expect.poll(() => panel.getByRole('list', { name: 'Findings in beat 2' }).textContent()).toMatch(/Ana Lima doubles Maya Okafor in beat 2 of scene 42.*but Maya Okafor's rider \(version 1\) does not allow a body double/);
    await expect.poll(() => panel.getByRole('list', { name: 'Findings in beat 2' }).textContent()).toMatch(/Ana Lima doubles Maya Okafor and would touch Daniel Reyes's left hand, which Ana Lima has not yet agreed to/);
    await screenshot(page, 'body-double-light');
    await checks.click();

    await list.getByRole('button', { name: /^Remove Ana Lima as body double for Ruth/ }).click();
    await expect.poll(() => doubles.textContent()).toContain('No body double in this beat.');
    await expect.poll(() => checks.textContent()).toContain('Checks: No findings');
  });
});
