import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createSampleProduction } from '../../electron/main/services/sample';
import { openApp, screenshot } from '../support/e2e';
import { SAMPLE_PATH } from '../support/tempDir';

/** File menu (browser host) → item → the path dialog → confirm. */
async function fileAction(page: Page, item: string, dialogName: string | RegExp, path: string, confirm: string) {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(path);
  await dialog.getByRole('button', { name: confirm }).click();
}

/** A forged edit sent straight to the browser host's HTTP API, with the page's own token. */
function forge(page: Page, channel: string, args: unknown) {
  return page.evaluate(
    async ({ channel, args }) => {
      const token = document.querySelector('meta[name="closed-set-token"]')!.getAttribute('content')!;
      const res = await fetch(`/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-closed-set-token': token }, body: JSON.stringify(args) });
      return res.json();
    },
    { channel, args },
  );
}

it('review: export a review copy, review it read-only, comment and approve, import the comments; a later change outdates the approval', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-review-'));
  const production = join(dir, 'Night Shift.closedset');
  createSampleProduction(SAMPLE_PATH, production).close();
  const app = await openApp({ file: production });
  const { page } = app;
  try {
    const review = join(dir, 'Night Shift scene 42 review.closedset');
    const comments = join(dir, 'Lena.closedset-comments');
    await page.getByRole('button', { name: /^Scene 42/ }).first().click();

    // The coordinator exports a review copy of scene 42.
    await fileAction(page, 'Export review copy of this scene…', 'Review copy of scene 42', review, 'Export review copy');
    await page.getByText(/^Review copy written to/).waitFor();

    // It opens in review mode: the window says so, and every edit control is absent or disabled.
    await fileAction(page, 'Open…', 'Open production', review, 'Open');
    const banner = page.getByTestId('review-banner');
    await expect(banner.textContent()).resolves.toMatch(/^Review copy — nothing here can be changedof “.+”, made /);
    await page.getByTestId('stage-viewport').waitFor();
    for (const name of ['Add beat', 'Add scene', 'Undo', 'Redo', 'Edit beat 1', 'Duplicate beat 1', 'Delete beat 1', 'Delete scene 42', 'Move', 'Rotate', 'Contact', 'Snap to surfaces']) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(0);
    }
    for (const name of ['Add set piece', 'Add barrier']) await expect(page.getByRole('combobox', { name }).count(), name).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^People/ }).count()).resolves.toBe(0);
    // No checks against consent the copy does not hold (its staging limits are in words instead).
    await expect(page.getByRole('button', { name: /^Checks/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: 'Tempo in counts per minute' }).isDisabled()).resolves.toBe(true);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('tab', { name: 'Beat' }).click();
    for (const name of ['Beat description', 'Counts', 'Beat notes']) await expect(inspector.getByRole('textbox', { name }).isDisabled(), name).resolves.toBe(true);
    await expect(inspector.getByRole('checkbox', { name: 'Check-in after this beat' }).isDisabled()).resolves.toBe(true);
    const blocking = page.getByRole('complementary', { name: 'Blocking' });
    // Every field and button of the panel is disabled (":disabled" also matches inside a disabled fieldset); only showing or hiding the panel works.
    const enabled = () => blocking.locator('input, select, textarea, button').evaluateAll((els) => els.filter((e) => !e.matches(':disabled')).map((e) => e.getAttribute('aria-label') ?? e.textContent));
    expect(await blocking.locator('button').count()).toBeGreaterThan(3);
    expect(await enabled()).toEqual(['Hide the blocking panel']);
    // Looking works: views, the beats, playback.
    await page.getByRole('button', { name: 'Top', exact: true }).click();
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(1).click();
    await expect(page.getByRole('button', { name: 'Play the beats' }).isEnabled()).resolves.toBe(true);
    await screenshot(page, 'review-mode');

    // A forged edit through the contract is refused by main, and nothing changed.
    const beatId = await page.getByRole('region', { name: '3D blocking view' }).getAttribute('data-beat-id');
    const forged = await forge(page, 'command:apply', { command: { type: 'beat.update', id: beatId, patch: { description: 'Forged' } } });
    expect(forged).toEqual({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/^This is a review copy of “.+”: nothing in it can be changed\./) } });
    for (const channel of ['history:undo', 'history:redo']) await expect(forge(page, channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'read-only' } });
    await expect(forge(page, 'document:load', {})).resolves.toMatchObject({ ok: true, value: { snapshot: { beats: expect.not.arrayContaining([expect.objectContaining({ description: 'Forged' })]) } } });

    // The director comments on the beat, pins a comment in 3D, and approves.
    await inspector.getByRole('tab', { name: 'Comments' }).click();
    await inspector.getByRole('textbox', { name: 'Your name' }).fill('Lena Hartmann');
    await inspector.getByRole('textbox', { name: 'Comment' }).fill('Hold the look two counts longer before the hand moves.');
    await inspector.getByRole('button', { name: 'Add comment' }).click();
    await inspector.getByText('Hold the look two counts longer before the hand moves.').waitFor();
    await inspector.getByRole('combobox', { name: 'About' }).selectOption({ label: 'A point on the stage (pin)' });
    await inspector.getByRole('button', { name: 'Pick the point in 3D' }).click();
    await inspector.getByRole('button', { name: 'Click the stage floor…' }).waitFor();
    const frame = page.getByTestId('stage-frame');
    const box = (await frame.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.85);
    await inspector.getByTestId('pinned-point').getByText(/^Pinned at -?\d+\.\d\d, 0\.\d\d, -?\d+\.\d\d m$/).waitFor();
    await inspector.getByRole('textbox', { name: 'Comment' }).fill('Can the bed move here, nearer A cam?');
    await inspector.getByRole('button', { name: 'Add comment' }).click();
    await inspector.getByText('Can the bed move here, nearer A cam?').waitFor();
    await inspector.getByRole('button', { name: 'Approve this staging' }).click();
    await inspector.getByTestId('approval').getByText('Current').waitFor();
    await screenshot(page, 'review-comments');

    await fileAction(page, 'Export comments…', 'Export comments', comments, 'Export comments');
    await page.getByText(/^2 comments and 1 approval written to/).waitFor();

    // The coordinator opens the production and imports them.
    await fileAction(page, 'Open…', 'Open production', production, 'Open');
    await page.getByTestId('review-banner').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /^Scene 42/ }).first().click();
    // Before the file is chosen, the app says an import is a record of the review and cannot be undone.
    await page.getByRole('button', { name: 'File' }).click();
    await page.getByRole('menuitem', { name: 'Import comments…' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import comments' });
    await importDialog.getByText(/kept as the record of the review: an import cannot be undone \(Undo still undoes your own last edit\).*“Hide resolved” there hides resolved threads\./).waitFor();
    await importDialog.getByRole('textbox', { name: 'File path' }).fill(comments);
    await screenshot(page, 'review-import-before');
    await importDialog.getByRole('button', { name: 'Import' }).click();
    // And after: what came in, and how to set a comment aside.
    await page.getByText(/^Imported 2 new comments and 1 approval\..* This cannot be undone: resolve a thread in the Comments tab to set it aside\.$/).waitFor();
    await inspector.getByRole('tab', { name: 'Comments' }).click();
    await inspector.getByRole('checkbox', { name: 'This beat only' }).uncheck();
    await inspector.getByText(/^Lena Hartmann · Director · /).first().waitFor();
    await inspector.getByTestId('approval').getByText('Current').waitFor();
    await screenshot(page, 'review-imported');
    // Resolving a thread sets it aside: "Hide resolved" hides it, and says so.
    const threads = inspector.getByRole('list', { name: 'Comment threads' }).locator(':scope > li');
    const before = await threads.count();
    await inspector.getByRole('textbox', { name: 'Your name' }).fill('Sam Whitfield');
    await inspector.getByRole('button', { name: 'Resolve' }).first().click();
    await inspector.getByText('Resolved by Sam Whitfield').waitFor();
    await inspector.getByRole('checkbox', { name: 'Hide resolved' }).check();
    await inspector.getByText('1 resolved thread hidden.').waitFor();
    expect(await threads.count()).toBe(before - 1);
    await screenshot(page, 'review-hide-resolved');
    await inspector.getByRole('checkbox', { name: 'Hide resolved' }).uncheck();

    // A later change to the staging marks the approval outdated.
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').first().click();
    await inspector.getByRole('tab', { name: 'Beat' }).click();
    const counts = inspector.getByRole('textbox', { name: 'Counts' });
    await counts.fill('11');
    await counts.press('Enter');
    await inspector.getByRole('tab', { name: 'Comments' }).click();
    await inspector.getByTestId('approval').getByText('Outdated').waitFor();
    await expect(inspector.getByTestId('approval').textContent()).resolves.toMatch(/The staging has changed since/);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
