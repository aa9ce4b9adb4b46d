import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// A performer's consent in People (body map, table, rider, history, withdrawal) and the scene's checks
// panel that shows what it means for the blocking. Main records and checks; the page only shows it.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openConsent(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^People/ }).click();
  await page.getByRole('list', { name: 'Performers' }).getByRole('button', { name }).click();
  await page.getByRole('tab', { name: 'Consent' }).click();
}

const historyItems = (page: Page): Locator => page.getByRole('list', { name: 'Consent history' }).locator(':scope > li');
const checks = (page: Page): Locator => page.locator('.checks__toggle');

async function openChecks(page: Page): Promise<Locator> {
  await checks(page).click();
  return page.getByRole('region', { name: 'Checks panel' });
}

async function shot(locator: Locator, name: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

describe('consent in People and the scene’s checks', () => {
  it('a “not agreed” from a one-on-one flags the beat; a withdrawal flags beats; undo adds to the history; scene 57 needs a signed rider', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await expect.poll(() => checks(page).textContent()).toContain('Checks: No findings');

    // Tom (Daniel Reyes), in a one-on-one: not agreed to be touched on the left hand.
    await openConsent(page, /Daniel Reyes/);
    await expect.poll(() => page.getByRole('combobox', { name: 'Occasion' }).inputValue()).toBe('oneOnOne');
    await expect.poll(() => page.getByRole('textbox', { name: 'Recorded by' }).inputValue()).toBe('Sam Whitfield');
    await expect.poll(() => page.getByRole('combobox', { name: 'Left hand · Be touched' }).inputValue()).toBe('agreed');
    const before = await historyItems(page).count();
    await page.locator('.body-map [data-region="leftHand"][data-face="front"]').click();
    const selected = page.getByRole('group', { name: 'Selected region: Left hand' });
    await selected.getByRole('group', { name: 'Left hand · Be touched' }).getByRole('button', { name: 'Not agreed' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Left hand · Be touched' }).inputValue()).toBe('notAgreed');
    await expect.poll(() => page.locator('.body-map [data-region="leftHand"][data-face="front"]').getAttribute('data-value')).toBe('notAgreed');
    await expect.poll(() => historyItems(page).count()).toBe(before + 1);
    await expect.poll(() => historyItems(page).first().textContent()).toContain('Left hand · be touched: Agreed → Not agreed');
    await expect.poll(() => historyItems(page).first().textContent()).toContain('One-on-one meeting');
    await screenshot(page, 'consent-tab-light');
    await shot(page.locator('section[aria-labelledby="boundary-table-title"]'), 'consent-table-light');

    // The scene's checks: an error on beat 2, where Ruth's hand rests on Tom's left hand.
    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    await expect.poll(() => checks(page).textContent()).toMatch(/Checks: \d+ errors?$/);
    const errorsAfterOneOnOne = (await checks(page).textContent())!;
    const beat2 = page.getByRole('listitem', { name: /^Beat 2:/ });
    await expect.poll(() => beat2.getByTestId('beat-checks').textContent()).toContain('1 error');
    await expect.poll(() => page.getByRole('listitem', { name: /^Beat 1:/ }).getByTestId('beat-checks').count()).toBe(0);
    let panel = await openChecks(page);
    const beat2Findings = panel.getByRole('list', { name: 'Findings in beat 2' });
    await expect.poll(() => beat2Findings.textContent()).toContain('Daniel Reyes has not agreed to be touched on the left hand');
    await screenshot(page, 'checks-panel-light');
    await beat2Findings.getByRole('button').first().click();
    await expect.poll(() => beat2.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.getByRole('complementary', { name: 'Blocking' }).getByRole('heading', { name: 'Contact', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('contact-sentence').textContent()).toMatch(/left hand/);

    // Maya withdraws consent to be touched anywhere, for every scene: the beats with contacts to her are flagged.
    await openConsent(page, /Maya Okafor/);
    const mayaBefore = await historyItems(page).count();
    await page.getByRole('button', { name: 'Withdraw consent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw consent: Maya Okafor' });
    await expect.poll(() => dialog.getByRole('radio', { name: 'All regions' }).isChecked()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Show on camera' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Touch a partner' }).uncheck();
    await dialog.getByRole('textbox', { name: 'Withdrawal note' }).fill('Would rather not be touched today; to revisit at the next check-in.');
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => historyItems(page).count()).toBe(mayaBefore + 1);
    await expect.poll(() => historyItems(page).first().textContent()).toContain('On-set withdrawal');
    await expect.poll(() => page.getByRole('combobox', { name: 'Upper chest · Be touched' }).inputValue()).toBe('notAgreed');

    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    panel = await openChecks(page);
    await expect.poll(() => panel.textContent()).toContain('Maya Okafor has not agreed to be touched');
    const flagged = await panel.getByRole('list', { name: /^Findings in beat \d+$/ }).count();
    expect(flagged).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.getByTestId('beat-checks').count()).toBe(flagged);
    await screenshot(page, 'checks-panel-withdrawal-light');

    // Undo takes the withdrawal back by adding entries: the history grows, nothing disappears.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => checks(page).textContent()).toBe(errorsAfterOneOnOne);
    await openConsent(page, /Maya Okafor/);
    await expect.poll(() => historyItems(page).count()).toBe(mayaBefore + 2);
    await expect.poll(() => historyItems(page).first().textContent()).toContain('Taken back in Closed Set (undo)');
    await expect.poll(() => historyItems(page).nth(1).textContent()).toContain('On-set withdrawal');
    await expect.poll(() => page.getByRole('combobox', { name: 'Upper chest · Be touched' }).inputValue()).not.toBe('notAgreed');
    await shot(page.locator('section[aria-labelledby="consent-history-title"]'), 'consent-history-light');

    // Scene 57: Maya's rider is not signed — the 48-hour error in the checks and beside the rider.
    await page.getByRole('button', { name: /^Scene 57:/ }).click();
    await expect.poll(() => checks(page).textContent()).toContain('error');
    panel = await openChecks(page);
    await expect.poll(() => panel.getByRole('list', { name: 'Findings in the whole scene' }).textContent()).toMatch(/Maya Okafor has no signed nudity rider for scene 57.*48 hours/);
  });

  it('the rider is saved as a new version; the safety plan is in the scene details (dark theme)', async () => {
    app = await openApp({ sample: true, colorScheme: 'dark' });
    const { page } = app;
    const darkTheme = () => page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByRole('button', { name: /^Theme: / }).click(); // system → light
    await page.getByRole('button', { name: /^Theme: / }).click(); // light → dark
    await expect.poll(darkTheme).toBe('dark');
    await openConsent(page, /Maya Okafor/);
    await screenshot(page, 'consent-tab-dark');
    await page.getByRole('combobox', { name: 'Rider for scene' }).selectOption({ label: 'Scene 57 · Morning after' });
    const rider = page.locator('section[aria-labelledby="rider-title"]');
    await expect.poll(() => page.getByTestId('rider-status').textContent()).toContain('Version 1 in force');
    await expect.poll(() => page.getByTestId('rider-status').textContent()).toContain('A reference to the rider, not the contract.');
    await expect.poll(() => rider.getByRole('list', { name: 'Checks on this performer in this scene' }).textContent()).toContain('48 hours');
    await rider.getByRole('textbox', { name: 'Date signed' }).fill('2026-11-20');
    await rider.getByRole('textbox', { name: 'Present at signing' }).fill('Sam Whitfield, agent by video');
    await rider.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.getByTestId('rider-status').textContent()).toContain('Version 2 in force');
    await expect.poll(() => rider.getByRole('list', { name: 'Checks on this performer in this scene' }).count()).toBe(0);
    await expect.poll(() => historyItems(page).first().textContent()).toContain('Rider for scene 57 · version 2 saved');
    await shot(rider, 'consent-rider-dark');
    await shot(page.locator('section[aria-labelledby="consent-history-title"]'), 'consent-history-dark');

    // Withdrawal on a dark screen, then the checks panel.
    await page.getByRole('button', { name: 'Withdraw consent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw consent: Maya Okafor' });
    await dialog.getByRole('radio', { name: 'Chosen regions' }).check();
    await dialog.getByRole('checkbox', { name: /^Left hand/ }).check();
    await screenshot(page, 'consent-withdraw-dialog-dark');
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    const panel = await openChecks(page);
    await expect.poll(() => panel.textContent()).toContain('Maya Okafor has not agreed');
    await expect.poll(darkTheme).toBe('dark');
    await screenshot(page, 'checks-panel-dark');
    await shot(panel, 'checks-panel-dark-closeup');

    await page.getByRole('button', { name: 'Scene details' }).click();
    const crew = page.getByRole('group', { name: 'Essential crew on the closed set' });
    await expect.poll(() => crew.getByRole('checkbox', { name: /Sam Whitfield/ }).isChecked()).toBe(true);
    await expect.poll(() => crew.getByRole('checkbox', { name: /Priya Nair/ }).isChecked()).toBe(false);
    await crew.getByRole('checkbox', { name: /Priya Nair/ }).click();
    await expect.poll(() => crew.getByRole('checkbox', { name: /Priya Nair/ }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('textbox', { name: 'Pause word' }).inputValue()).toBe('Hold');
    const gesture = page.getByRole('textbox', { name: 'Pause gesture' });
    await gesture.fill('Palm to palm');
    await gesture.press('Tab');
    await page.getByRole('button', { name: /^Scene 57:/ }).click();
    await page.getByRole('button', { name: /^Scene 42:/ }).click();
    await page.getByRole('button', { name: 'Scene details' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Pause gesture' }).inputValue()).toBe('Palm to palm');
    await shot(page.getByRole('complementary', { name: 'Inspector' }), 'scene-safety-plan-dark');
  });
});
