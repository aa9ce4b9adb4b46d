import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppUnderTest } from '../support/e2e';

// The app without a mouse and without sight: the 3D view is one stop in the Tab order (keys inside it),
// undo and redo are announced, and a validation message is announced once.
let app: AppUnderTest | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { label: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '', inViewport: !!el?.closest('[data-testid="stage-viewport"]'), isViewport: el?.getAttribute('data-testid') === 'stage-viewport', beat: el?.getAttribute('aria-roledescription') === 'beat', inInspector: !!el?.closest('[aria-label="Inspector"]'), inToolbar: !!el?.closest('[role="toolbar"]') };
  });

describe('the keyboard', () => {
  it('passes through the 3D view in one Tab stop; N and Shift+N pick performers inside it', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').first().click();
    const viewport = page.getByTestId('stage-viewport');
    const panel = page.getByRole('complementary', { name: 'Blocking' });

    await viewport.focus();
    await page.keyboard.press('n');
    await panel.getByText('Maya Okafor · 168 cm').waitFor();
    await page.keyboard.press('n');
    await panel.getByText('Daniel Reyes · 181 cm').waitFor();
    await page.keyboard.press('Shift+N');
    await panel.getByText('Maya Okafor · 168 cm').waitFor();

    // Tab leaves the viewport at once, and keeps going: the panel, the beat strip, the inspector.
    await viewport.focus();
    await page.keyboard.press('Tab');
    expect((await active(page)).inViewport).toBe(false);
    const reached = { beat: false, inspector: false };
    for (let i = 0; i < 80 && !(reached.beat && reached.inspector); i++) {
      const a = await active(page);
      reached.beat ||= a.beat;
      reached.inspector ||= a.inInspector;
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual({ beat: true, inspector: true });

    // Shift+Tab from the viewport goes back to the blocking tools above it.
    await viewport.focus();
    await page.keyboard.press('Shift+Tab');
    expect(await active(page)).toMatchObject({ inViewport: false, inToolbar: true });
    // The selection did not change on the way through.
    await panel.getByText('Maya Okafor · 168 cm').waitFor();
  });
});

describe('screen-reader announcements', () => {
  it('announce what undo and redo did, and a validation message once', async () => {
    app = await openApp({ sample: true });
    const { page } = app;
    const announcer = page.getByTestId('announcer');
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').first().click();
    const counts = page.getByRole('textbox', { name: 'Counts', exact: true });
    await counts.fill('12');
    await counts.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe('Undo Edit beat');

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => announcer.textContent()).toBe('Undid: Edit beat');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => announcer.textContent()).toBe('Redid: Edit beat');

    // A refused value: its message appears in one live region, the field's own message line, which already
    // described the field (an inserted alert and a new description at once are read out twice).
    const describedBefore = await counts.getAttribute('aria-describedby');
    await counts.fill('1000');
    const message = 'Counts must be at most 999';
    await page.getByText(message).waitFor();
    const live = page.locator('[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])').filter({ hasText: message });
    expect(await live.count()).toBe(1);
    expect(describedBefore).toBe(await live.getAttribute('id'));
    expect(await counts.getAttribute('aria-describedby')).toBe(describedBefore);
  });
});
