import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The rules run in main after every edit; the scene header shows what they found, and the list says it
// in the rule's sentence. Main decides: the page only shows the findings that come back with each change.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the scene’s checks', () => {
  it('a minor in a kiss scene asks for a guardian note; writing one clears it; undo brings it back', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const checks = page.locator('.checks__toggle');
    await expect.poll(() => checks.textContent()).toContain('Checks: No findings');

    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: /Daniel Reyes/ }).first().click();
    await page.getByRole('checkbox', { name: /Minor \(under 18\)/ }).check();
    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    await expect.poll(() => checks.textContent()).toContain('Checks: 1 warning');
    await checks.click();
    const list = page.getByRole('list', { name: 'Findings in this scene' });
    await expect.poll(() => list.textContent()).toContain('Daniel Reyes is marked as a minor and is in the cast of scene 42');
    await expect.poll(() => list.textContent()).toContain('guardian / chaperone note');
    await screenshot(page, 'checks-minor-warning');

    await page.getByRole('button', { name: 'Scene details' }).click();
    const note = page.getByRole('textbox', { name: 'Guardian / chaperone note' });
    await note.fill('His mother, Ada Reyes, is on set for every take; studio teacher present.');
    await note.press('Tab');
    await expect.poll(() => checks.textContent()).toContain('Checks: No findings');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => checks.textContent()).toContain('Checks: 1 warning');
  });
});
