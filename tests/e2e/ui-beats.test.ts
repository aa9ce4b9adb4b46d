import { afterEach, describe, expect, it } from 'vitest';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The beat strip as a coordinator uses it: name a new production, add a scene and beats,
// describe them, reorder by keyboard and by drag, delete with Undo, and undo after a restart.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const beatLabels = (a: AppUnderTest) =>
  a.page
    .getByRole('list', { name: 'Beats' })
    .getByRole('listitem')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

describe('the beat strip', () => {
  it('adds, describes, reorders, deletes and undoes beats, and undo survives a restart', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('textbox', { name: 'Name your production' }).fill('The Long Night');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Name your production' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Add scene' }).first().click();
    const descriptions = ['A sits on the bed edge', 'B rests right hand on A’s left shoulder', 'Both lie back; hold'];
    for (const [i, text] of descriptions.entries()) {
      await page.getByRole('button', { name: 'Add beat', exact: true }).click();
      // The new beat is selected and focused; Enter edits its description on the card.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Beat ${i + 1}: No description`);
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: `Beat ${i + 1} description` }).fill(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => beatLabels(app!)).toEqual(descriptions.map((d, i) => `Beat ${i + 1}: ${d}`));
    await expect.poll(() => page.getByText('All changes saved').isVisible()).toBe(true);

    // Keyboard: move beat 1 one place later.
    await page.getByRole('listitem', { name: /^Beat 1:/ }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => beatLabels(app!)).toEqual([`Beat 1: ${descriptions[1]}`, `Beat 2: ${descriptions[0]}`, `Beat 3: ${descriptions[2]}`]);
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('moved to position 2 of 3');

    // Drag: the last beat to the front, as one command.
    let moves = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/command:apply') && r.postData()?.includes('"beat.move"')) moves++;
    });
    const items = page.getByRole('list', { name: 'Beats' }).getByRole('listitem');
    await items.nth(2).dragTo(items.nth(0), { targetPosition: { x: 10, y: 60 } });
    await expect.poll(() => beatLabels(app!)).toEqual([`Beat 1: ${descriptions[2]}`, `Beat 2: ${descriptions[1]}`, `Beat 3: ${descriptions[0]}`]);
    expect(moves).toBe(1);

    // Delete shows a toast with Undo.
    await items.nth(1).hover();
    await page.getByRole('button', { name: 'Delete beat 2' }).click();
    await expect.poll(() => beatLabels(app!)).toHaveLength(2);
    await screenshot(page, 'ui-beats-deleted-toast');
    await page.getByRole('button', { name: 'Undo: Beat 2 deleted' }).click();
    await expect.poll(() => beatLabels(app!)).toHaveLength(3);

    // Escape reverts a field; Enter commits it.
    const counts = page.getByRole('textbox', { name: 'Counts', exact: true });
    await items.nth(0).click();
    await counts.fill('abc');
    await expect.poll(() => counts.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => counts.inputValue()).toBe('');
    await counts.fill('8');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe('Undo Edit beat');

    // History lives in the file: after a restart, undo still reverts the last edit.
    await app.restart();
    await page.getByRole('list', { name: 'Beats' }).waitFor();
    // Once the app has started: the 3D view has drawn its first frame (on a busy machine that frame holds
    // the page for a second or more, and the strip would show the undo only after it) and the history is
    // back from the file.
    await page.locator('canvas[data-ready="true"]').waitFor();
    const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undoButton.getAttribute('title')).toBe('Undo Edit beat');
    // The strip shows the undo as soon as main has answered it (however long a busy host takes to answer).
    const [answer] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/history:undo')), undoButton.click()]);
    expect(((await answer.json()) as { ok: boolean }).ok).toBe(true);
    await expect.poll(() => page.getByRole('list', { name: 'Beats' }).getByRole('listitem').first().textContent()).toContain('— ct');
  });
});
