import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// People as a new user meets them: adding someone opens them (not the person before), ready to be
// named; the People entry behaves like a tab; avatars have sensible initials.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('adding a performer', () => {
  it('never shows or edits the previous person while the new one is created, and focuses the new name', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: 'Maya Okafor' }).click();
    const title = page.locator('#person-editor-title');
    await expect.poll(() => title.textContent()).toBe('Maya Okafor');

    // Main takes a while to answer (a busy machine): hold the create command back.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/command:apply', async (route) => {
      if (route.request().postData()?.includes('"performer.create"')) await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Add performer' }).click();
    // While waiting, nobody's editor is open: the name field of the previous person cannot be typed into.
    await page.getByText('Adding a performer…').waitFor();
    expect(await title.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Performer name' }).count()).toBe(0);
    await screenshot(page, 'ui-people-adding');
    release();

    // The new performer opens with the name field focused and its text selected: typing replaces it.
    const nameBox = page.getByRole('textbox', { name: 'Performer name' });
    await expect.poll(() => nameBox.inputValue()).toMatch(/^Performer \d+$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toBe(await nameBox.getAttribute('id'));
    await page.keyboard.type('Jo Park');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await app!.host.snapshot()).performers.map((p) => p.name).sort()).toEqual(['Daniel Reyes', 'Jo Park', 'Maya Okafor']);
  });
});

describe('the People entry in the sidebar', () => {
  it('stays on People when clicked again, and a scene takes you back', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const people = page.getByRole('navigation', { name: 'Production' }).getByRole('button', { name: /^People/ });
    await people.click();
    await page.getByRole('main', { name: 'People' }).waitFor();
    await people.click();
    await page.waitForTimeout(200);
    expect(await page.getByRole('main', { name: 'People' }).count()).toBe(1);
    expect(await people.getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Scene 42: Ruth and Tom reconcile' }).click();
    await page.getByRole('main', { name: 'Scene 42 workspace' }).waitFor();
  });
});

describe('initials', () => {
  it('keep a trailing number whole ("Performer 10" is P10)', async () => {
    app = await openApp({ sample: true });
    const { page, host } = app;
    for (const name of ['Performer 10', 'Zoë Ångström', 'Performer']) await host.apply({ type: 'performer.create', fields: { name } });
    await page.reload();
    await page.getByRole('button', { name: /^People/ }).click();
    const avatar = (name: string) => page.getByRole('button', { name, exact: true }).locator('.person-item__avatar');
    await expect.poll(() => avatar('Performer 10').textContent()).toBe('P10');
    expect(await avatar('Zoë Ångström').textContent()).toBe('ZÅ');
    expect(await avatar('Performer').textContent()).toBe('P');
    expect(await avatar('Maya Okafor').textContent()).toBe('MO');
  });
});
