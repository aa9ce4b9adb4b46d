import { afterEach, describe, expect, it } from 'vitest';
import { camerasOfBeat, docRecordsFrom } from '../../shared/records/query';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// "A cam" is one camera of the scene, in every beat: a camera added in a later beat is there, unused,
// in the beats before it, so its panel never goes stale when the beat changes.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('cameras keep their identity across beats', () => {
  it('a camera added in beat 3 is selectable in beat 1, not used there, and can be switched on there', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const beat = (n: number) => page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: new RegExp(`^Beat ${n}:`) });
    await beat(3).click();
    await page.locator('button[title^="Add a camera"]').click();
    const used = page.getByRole('checkbox', { name: 'Used in this beat' });
    await expect.poll(() => used.isChecked()).toBe(true);
    const doc = async () => docRecordsFrom((await app!.host.snapshot()));
    const added = (await app.host.snapshot()).cameras.find((c) => c.name === 'C cam')!;
    expect(added).toBeDefined();

    // Beat 1: the same camera, not used there; the panel says so and its controls still work.
    await beat(1).click();
    await expect.poll(() => used.isChecked()).toBe(false);
    await expect.poll(() => page.getByText('C cam is not used in this beat').isVisible()).toBe(true);
    await screenshot(page, 'camera-unused-in-beat');
    // The box follows the saved record (a command away), so click and wait rather than check().
    await used.click();
    const beat1 = (await app.host.snapshot()).beats.find((b) => b.id === 'sample-beat-1')!;
    await expect.poll(async () => camerasOfBeat(await doc(), beat1.id).find((c) => c.id === added.id)?.hidden).toBe(false);
  });
});
