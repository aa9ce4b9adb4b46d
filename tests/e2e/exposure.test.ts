import { afterAll, describe, expect, it } from 'vitest';
import type { BodyRegionId } from '../../shared/domain/bodyRegions';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The camera exposure check in the app, on the sample production: scene 57, beat 2 ships with A cam on a
// 40 mm that films the bare sides of Maya's breasts (not agreed). Real UI in Chromium, real host and file.

type ProbeWindow = Window & { __closedSetStageStats?: { regionTints(performerId: string): { region: BodyRegionId; striped: boolean }[] } };
const MAYA = 'sample-performer-maya';

let app: AppUnderTest;
afterAll(async () => {
  await app?.close();
});

describe('the look-through exposure tint', () => {
  it('a finding in the checks looks through its camera with the tint on; the toggle and X turn it off and on; the 85 mm clears it', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.goto(`${app.host.url}?stageStats`);
    await page.waitForFunction(() => !!(window as ProbeWindow).__closedSetStageStats, undefined, { timeout: 60_000 });
    const tints = () => page.evaluate((id) => (window as ProbeWindow).__closedSetStageStats?.regionTints(id) ?? [], MAYA);

    await page.getByRole('button', { name: /^Scene 57:/ }).click();
    const checks = page.locator('.checks__toggle');
    await expect.poll(() => checks.textContent()).toContain('3 errors');
    await checks.click();
    const beat2 = page.getByRole('list', { name: 'Findings in beat 2' });
    await expect.poll(() => beat2.textContent()).toContain('A cam (40 mm) films Maya Okafor\'s left breast and right breast uncovered');
    await beat2.getByRole('button').first().click();

    // Looking through A cam, tint on: the breasts striped (not agreed), shoulders and upper chest solid (agreed).
    await expect.poll(() => page.locator('section.stage').getAttribute('data-view')).toBe('camera');
    const toggle = page.getByRole('button', { name: 'Exposure tint' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const legend = page.getByTestId('exposure-legend');
    await expect.poll(() => legend.textContent()).toContain("Not agreed: Maya Okafor's left breast and right breast.");
    await expect.poll(async () => (await tints()).filter((t) => t.striped).map((t) => t.region).sort()).toEqual(['leftBreast', 'rightBreast']);
    await expect.poll(async () => (await tints()).filter((t) => !t.striped).map((t) => t.region)).toEqual(expect.arrayContaining(['chest', 'leftShoulder', 'rightShoulder']));
    await page.getByRole('button', { name: 'Close the checks panel' }).click();
    await page.waitForTimeout(300);
    await screenshot(page, 'exposure-tint-light');

    // Keyboard: the toggle is a Tab stop of the toolbar (Space), and X in the viewport does the same.
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => legend.count()).toBe(0);
    await expect.poll(async () => (await tints()).length).toBe(0);
    await page.getByTestId('stage-viewport').focus();
    await page.keyboard.press('x');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await tints()).filter((t) => t.striped).length).toBe(2);

    // The fix: A cam on 85 mm in this beat (the camera panel's focal length). The tint and the findings clear.
    const panel = page.getByRole('complementary', { name: 'Blocking' });
    const focal = panel.getByLabel('Focal length', { exact: true });
    await focal.fill('85');
    await focal.press('Enter');
    await expect.poll(() => legend.textContent()).toContain('Everything uncovered in frame is agreed.');
    await expect.poll(async () => (await tints()).filter((t) => t.striped).length).toBe(0);
    await expect.poll(() => checks.textContent()).toContain('1 error');
    await screenshot(page, 'exposure-tint-fixed-light');
  });
});
