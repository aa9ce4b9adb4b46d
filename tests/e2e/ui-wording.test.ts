import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppUnderTest } from '../support/e2e';

// The app says only what is true today. Sheets and signatures exist now (their own e2e tests export, sign and
// verify them); what must never appear is a promise of something unbuilt: "coming soon", "not yet available",
// a TODO or filler text, in any text, hint, placeholder or dialog along a new user's path.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const PROMISES = [/coming soon/i, /not (yet )?(implemented|available)/i, /\bTODO\b/, /lorem ipsum/i, /\bnext release\b/i, /\bin a future (version|release)\b/i];

/** Visible text, placeholders and tooltips on the page that promise something the app does not do. */
function promises(page: Page): Promise<string[]> {
  return page.evaluate((sources) => {
    const patterns = sources.map((s) => new RegExp(s, 'i'));
    const texts = [document.body.innerText, ...[...document.querySelectorAll('[placeholder], [title], [aria-label], [aria-description]')].flatMap((e) => ['placeholder', 'title', 'aria-label', 'aria-description'].map((a) => e.getAttribute(a) ?? ''))];
    return texts.flatMap((t) => t.split('\n')).filter((line) => patterns.some((p) => p.test(line)));
  }, PROMISES.map((p) => p.source));
}

describe('what the app promises', () => {
  it('is only what it does, from the first start to deleting and the consent tab', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const found: Record<string, string[]> = {};
    const look = async (where: string) => {
      const p = await promises(page);
      if (p.length) found[where] = p;
    };
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(1).click();
    await look('workspace');
    // A contact's panel (its notes field).
    const panel = page.getByRole('complementary', { name: 'Blocking' });
    await panel.getByRole('list', { name: 'Contacts in this beat' }).getByRole('button').first().click();
    await look('contact panel');
    await page.getByRole('button', { name: 'Delete scene 42' }).click();
    await page.getByRole('alertdialog').waitFor();
    await look('delete scene');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: 'Maya Okafor' }).click();
    await page.getByRole('button', { name: 'Delete performer…' }).click();
    await page.getByRole('alertdialog').waitFor();
    await look('delete performer');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('tab', { name: 'Consent' }).click();
    await look('consent');
    // A new production's name prompt, then the welcome screen once it is closed.
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'New production…' }).click();
    const path = page.getByRole('dialog', { name: 'New production' }).getByRole('textbox', { name: 'File path' });
    await path.fill(`${app.dir}/wording.closedset`);
    await path.press('Enter');
    await page.getByRole('textbox', { name: 'Name your production' }).waitFor();
    await look('new production');
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Close production' }).click();
    await page.getByRole('button', { name: 'New production…' }).waitFor();
    await look('welcome');
    expect(found).toEqual({});
  });
});
