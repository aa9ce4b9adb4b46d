import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openApp, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// Versions & sign-off of a scene in the inspector's Versions tab: issuing, signing on the pad, and a
// signature turning outdated — with what changed — once the scene is edited. Main writes; the page shows.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

// The 3D view draws in software here, so a screenshot can wait for a frame: give it time.
const shot = (locator: import('playwright-core').Locator, name: string) => locator.screenshot({ path: join(SHOTS_DIR, `${name}.png`), timeout: 120_000 });
const draftState = (page: Page) => page.getByTestId('draft-state');
const signer = (page: Page, name: RegExp) => page.getByRole('list', { name: 'Signatures' }).getByRole('listitem', { name });

async function editBeat2(page: Page, description: string): Promise<void> {
  await page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: /^Beat 2:/ }).click();
  await page.getByRole('tab', { name: 'Beat' }).click();
  const field = page.getByRole('textbox', { name: 'Beat description' });
  await field.fill(description);
  await field.press('Tab');
  await expect.poll(() => page.getByText('All changes saved').count()).toBeGreaterThan(0);
}

describe('versions and sign-off', () => {
  it('issue a version, sign it as the performer on the pad; editing a beat then shows the signature outdated with what changed', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('tab', { name: 'Versions' }).click();
    // The sample's v1 is signed by both performers and the coordinator, and nothing changed since.
    await expect.poll(() => draftState(page).textContent()).toBe('Draft: no changes since v1');
    await expect.poll(() => signer(page, /^Maya Okafor, Performer: Current/).count()).toBe(1);
    await expect.poll(() => signer(page, /^Sam Whitfield, Intimacy coordinator: Current/).count()).toBe(1);
    await shot(page.getByRole('complementary', { name: 'Inspector' }), 'versions-sample');

    // An edit: every signature of v1 is outdated, and the draft says what changed.
    await editBeat2(page, 'Tom sits on the right edge of the bed, about 40 cm from Ruth, and turns toward her.');
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect.poll(() => draftState(page).textContent()).toBe('Draft: 1 change since v1');
    await expect.poll(() => page.getByRole('list', { name: 'Changes since v1' }).textContent()).toContain('Beat 2: description changed');
    await expect.poll(() => signer(page, /^Maya Okafor, Performer: Outdated/).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sign v1…' }).isDisabled()).toBe(true);

    // Issue v2.
    await page.getByRole('button', { name: 'Issue version…' }).click();
    const issue = page.getByRole('dialog', { name: 'Issue v2 of scene 42' });
    await issue.getByRole('textbox', { name: 'Version note' }).fill('Beat 2 spacing after the rehearsal');
    await issue.getByRole('button', { name: 'Issue v2' }).click();
    await expect.poll(() => draftState(page).textContent()).toBe('Draft: no changes since v2');
    await expect.poll(() => page.getByRole('list', { name: 'Versions' }).getByRole('listitem').count()).toBe(2);
    await expect.poll(() => signer(page, /^Maya Okafor/).textContent()).toContain('Signed v1; v2 is current.');
    // Compare v1 with v2: the edit, in words.
    const compare = page.getByRole('region', { name: 'Compare' });
    await expect.poll(() => compare.getByRole('list', { name: 'Changes from v1 to v2' }).textContent()).toContain('Beat 2: description changed');
    await shot(page.getByRole('region', { name: 'Versions', exact: true }), 'versions-list');
    await shot(compare, 'versions-compare');

    // Sign v2 as Maya Okafor: draw on the pad, confirm the statement.
    await page.getByRole('button', { name: 'Sign v2…' }).click();
    const sign = page.getByRole('dialog', { name: 'Sign v2 of scene 42' });
    expect(await sign.getByRole('combobox', { name: 'Performer' }).inputValue()).toBe('sample-performer-maya');
    expect(await sign.getByRole('button', { name: 'Sign v2' }).isDisabled()).toBe(true);
    const pad = sign.getByTestId('signature-pad');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + box.width * (0.1 + i * 0.03), box.y + box.height * (0.5 + 0.25 * Math.sin(i / 2)));
    await page.mouse.up();
    expect(await pad.getAttribute('aria-label')).toBe('Signature pad: signature drawn');
    await sign.getByRole('checkbox', { name: 'I confirm the statement above' }).check();
    await shot(sign, 'versions-sign-dialog');
    await sign.getByRole('button', { name: 'Sign v2' }).click();
    await expect.poll(() => signer(page, /^Maya Okafor, Performer: Current/).count()).toBe(1);
    await expect.poll(() => signer(page, /^Maya Okafor/).textContent()).toContain('drawn signature');

    // Edit beat 2 again: Maya's v2 signature is outdated, and says what changed since she signed.
    await editBeat2(page, 'Tom sits on the right edge of the bed, about 50 cm from Ruth.');
    await page.getByRole('tab', { name: 'Versions' }).click();
    const maya = signer(page, /^Maya Okafor, Performer: Outdated/);
    await expect.poll(() => maya.count()).toBe(1);
    await maya.getByText(/^What changed since Maya signed/).click();
    await expect.poll(() => maya.getByRole('list', { name: 'What changed since Maya Okafor signed' }).textContent()).toContain('Beat 2: description changed');
    await shot(page.getByRole('complementary', { name: 'Inspector' }), 'versions-outdated');
  });

  it('keyboard path: the coordinator signs with the typed name only; a withdrawn sign-off shows withdrawn', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect.poll(() => draftState(page).textContent()).toBe('Draft: no changes since v1');
    await signer(page, /^Daniel Reyes/).getByRole('button', { name: 'Withdraw sign-off…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Withdraw sign-off' }).click();
    await expect.poll(() => signer(page, /^Daniel Reyes, Performer: Withdrawn/).count()).toBe(1);
    await expect.poll(() => signer(page, /^Daniel Reyes/).textContent()).toContain('sign-off withdrawn on');

    // Daniel signs v1 again, by keyboard only.
    await page.getByRole('button', { name: 'Sign v1…' }).focus();
    await page.keyboard.press('Enter');
    const sign = page.getByRole('dialog', { name: 'Sign v1 of scene 42' });
    await sign.getByRole('combobox', { name: 'Performer' }).selectOption('sample-performer-daniel');
    expect(await sign.getByRole('textbox', { name: 'Typed name' }).inputValue()).toBe('Daniel Reyes');
    await sign.getByRole('checkbox', { name: 'Sign with the typed name only (no drawing)' }).focus();
    await page.keyboard.press('Space');
    await sign.getByRole('checkbox', { name: 'I confirm the statement above' }).focus();
    await page.keyboard.press('Space');
    await sign.getByRole('button', { name: 'Sign v1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => signer(page, /^Daniel Reyes, Performer: Current/).count()).toBe(1);
    await expect.poll(() => signer(page, /^Daniel Reyes/).textContent()).toContain('typed name');
  });

  it('what changed since a performer signed is told as they read their sheet: Daniel’s rider change is in his list, never in Maya’s', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    // Daniel's rider for scene 42 gets a new footage limit: both v1 signatures are outdated.
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('list', { name: 'Performers' }).getByRole('button', { name: /Daniel Reyes/ }).click();
    await page.getByRole('tab', { name: 'Consent' }).click();
    const scenes = page.getByRole('combobox', { name: 'Rider for scene' });
    await scenes.selectOption((await scenes.locator('option', { hasText: /^Scene 42/ }).getAttribute('value'))!);
    const rider = page.locator('section[aria-labelledby="rider-title"]');
    await rider.getByRole('textbox', { name: 'Footage and stills limits' }).fill('No stills in promotion.');
    await rider.getByRole('button', { name: /^Save as version/ }).click();
    await expect.poll(() => page.getByTestId('rider-status').textContent()).toMatch(/Version \d+ in force/);

    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    await page.getByRole('tab', { name: 'Versions' }).click();
    const maya = signer(page, /^Maya Okafor, Performer: Outdated/);
    const daniel = signer(page, /^Daniel Reyes, Performer: Outdated/);
    await expect.poll(() => maya.count()).toBe(1);
    await expect.poll(() => maya.textContent()).toContain('Nothing in Maya’s own sheet changed');
    expect(await maya.textContent()).not.toContain('rider');
    await daniel.getByText(/^What changed since Daniel signed/).click();
    await expect.poll(() => daniel.getByRole('list', { name: 'What changed since Daniel Reyes signed' }).textContent()).toContain('Tom’s rider');
    await shot(page.getByRole('list', { name: 'Signatures' }).first(), 'versions-outdated-by-consent');
  }, 300_000);
});
