import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { addBodyDouble, openApp, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// The Versions tab's compare view says, in words, what changed in a performer's rider and in where a body
// double stands in, between an issued version and the draft.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function openScene42Beat2(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Scene 42:/ }).click();
  await page.getByRole('listitem', { name: /^Beat 2:/ }).click();
}

describe('version diff: riders and body doubles', () => {
  it('a rider change and a body double moved to one camera’s shot are listed in the compare view', async () => {
    app = await openApp({ sample: true });
    const { page } = app;

    // Ana Lima, Ruth's body double, stands in for the whole of beat 2; issue v2 with it.
    await addBodyDouble(page, 'Ana Lima', 'Maya Okafor (Ruth)');
    await openScene42Beat2(page);
    const doubles = page.getByRole('complementary', { name: 'Blocking' }).getByRole('region', { name: 'Body doubles' });
    await expect.poll(() => doubles.getByRole('combobox', { name: 'Body double' }).inputValue()).not.toBe('');
    await doubles.getByRole('button', { name: 'Add body double' }).click();
    const list = doubles.getByRole('list', { name: 'Body doubles in this beat' });
    await expect.poll(() => list.textContent()).toContain('Ana Lima doubles Ruth · whole beat, every camera');
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('button', { name: 'Issue version…' }).click();
    await page.getByRole('dialog', { name: 'Issue v2 of scene 42' }).getByRole('button', { name: 'Issue v2' }).click();
    await expect.poll(() => page.getByTestId('draft-state').textContent()).toBe('Draft: no changes since v2');

    // Maya's rider for scene 42 now allows Ana, approved by her, with a narrower footage limit.
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('list', { name: 'Performers' }).getByRole('button', { name: /Maya Okafor/ }).click();
    await page.getByRole('tab', { name: 'Consent' }).click();
    const scenes = page.getByRole('combobox', { name: 'Rider for scene' });
    const scene42 = await scenes.locator('option', { hasText: /^Scene 42/ }).getAttribute('value');
    await scenes.selectOption(scene42!);
    const rider = page.locator('section[aria-labelledby="rider-title"]');
    await rider.getByRole('checkbox', { name: 'Body double allowed' }).check();
    await rider.getByRole('textbox', { name: 'Who doubles' }).fill('Ana Lima');
    await rider.getByRole('checkbox', { name: 'Approved by the performer' }).check();
    await rider.getByRole('textbox', { name: 'Footage and stills limits' }).fill('No stills of the kiss in promotion. Not in trailers.');
    await rider.getByRole('button', { name: 'Save as version 2' }).click();
    await expect.poll(() => page.getByTestId('rider-status').textContent()).toContain('Version 2 in force');

    // Ana now stands in for A cam's shot only.
    await openScene42Beat2(page);
    await list.getByRole('button', { name: /^Remove Ana Lima as body double for Ruth/ }).click();
    await expect.poll(() => doubles.textContent()).toContain('No body double in this beat.');
    await doubles.getByRole('combobox', { name: 'Where the double stands in' }).selectOption({ label: 'A cam only' });
    await doubles.getByRole('button', { name: 'Add body double' }).click();
    await expect.poll(() => list.textContent()).toContain('Ana Lima doubles Ruth');

    // Compare v2 with the draft.
    await page.getByRole('tab', { name: 'Versions' }).click();
    const compare = page.getByRole('region', { name: 'Compare' });
    await compare.getByRole('combobox', { name: 'From' }).selectOption({ label: 'v2' });
    await compare.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Draft' });
    const changes = compare.getByRole('list', { name: 'Changes from v2 to Draft' });
    await expect.poll(() => changes.getByRole('listitem').allTextContents()).toEqual([
      'Beat 2: body double removed — Ana Lima doubles Ruth for the whole beat',
      'Beat 2: body double added — Ana Lima doubles Ruth in A cam’s shot',
      expect.stringMatching(
        /^Ruth’s rider: version 1 → version 2, recorded by Sam Whitfield on \d{4}-\d\d-\d\d \(.+\) — a body double now allowed; the body double now approved by the performer; body double named \(empty\) → “Ana Lima”; footage and stills limits “No stills of the kiss in promotion\.” → “No stills of the kiss in promotion\. Not in trailers\.”$/,
      ),
    ]);
    await compare.scrollIntoViewIfNeeded();
    // A clip of the page, not an element screenshot: the 3D view beside it keeps the panel from counting as "stable".
    const box = await compare.boundingBox();
    if (box) await page.screenshot({ path: join(SHOTS_DIR, 'versions-compare-rider-double.png'), clip: box });
    await page.screenshot({ path: join(SHOTS_DIR, 'versions-compare-rider-double-page.png') });
  }, 300_000); // many edits through the UI, on a shared 2-core machine
});
