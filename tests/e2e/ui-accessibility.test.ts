import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The app without a mouse and without sight: the 3D view is one stop in the Tab order (keys inside it),
// undo and redo are announced, a validation message is announced once, and every piece of text meets
// WCAG AA contrast in both themes.
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

/** Waits until one-off animations (a toast sliding in) are over; spinners run forever and do not count. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));


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

describe('text contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA (4.5:1, large text 3:1) everywhere in the ${theme} theme`, async () => {
      app = await openApp({ sample: true, colorScheme: theme });
      const { page } = app;
      const low: Record<string, LowContrast[]> = {};
      const check = async (where: string) => {
        await settled(page);
        const found = await findLowContrast(page);
        if (found.length) low[where] = found;
      };
      await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(1).click();
      await check('workspace, beat inspector');
      const panel = page.getByRole('complementary', { name: 'Blocking' });
      await panel.getByRole('button', { name: /^Ruth(?! →)/ }).click();
      await check('mannequin panel');
      await panel.getByRole('button', { name: 'Back to the outline' }).click();
      await panel.getByRole('button', { name: /^Double bed/ }).click();
      await check('set piece panel');
      await page.getByRole('tab', { name: 'Scene' }).click();
      await check('scene inspector');
      await page.getByRole('tab', { name: 'Production' }).click();
      await check('production inspector');
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).first().click();
      await check('shortcuts dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(1).hover();
      await page.getByRole('button', { name: 'Delete beat 2' }).click();
      await page.getByRole('button', { name: 'Undo: Beat 2 deleted' }).waitFor();
      await check('toast');
      await page.getByRole('button', { name: /^People/ }).click();
      await page.getByRole('button', { name: 'Maya Okafor' }).click();
      await check('performer');
      await page.getByRole('tab', { name: 'Consent' }).click();
      await check('consent');
      await page.getByRole('button', { name: 'Ana Costa' }).click();
      await check('crew');
      await screenshot(page, `ui-accessibility-contrast-${theme}`);
      expect(low).toEqual({});
    });
  }
});

interface LowContrast {
  readonly text: string;
  readonly ratio: number;
  readonly required: number;
  readonly color: string;
  readonly background: string;
  readonly fontSize: number;
  readonly where: string;
}

/**
 * Every piece of visible text on the page whose contrast with what is behind it is below WCAG AA
 * (4.5:1; 3:1 for large text). Colours are composited as drawn: semi-transparent text, backgrounds and
 * element opacity over the first opaque background behind. Disabled controls are exempt (WCAG 1.4.3), and
 * text over the 3D canvas or an image cannot be judged from the DOM, so it is left out.
 */
function findLowContrast(page: Page): Promise<LowContrast[]> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA | null => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (m) {
        const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
        return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
      }
      const srgb = c.match(/color\(srgb ([^)]+)\)/);
      if (srgb) {
        const p = srgb[1]!.split(/[ /]+/).filter(Boolean).map(Number);
        return [p[0]! * 255, p[1]! * 255, p[2]! * 255, p[3] ?? 1];
      }
      return null;
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      return [0, 1, 2].map((i) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a).concat(a) as RGBA;
    };
    const lum = ([r, g, b]: RGBA) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    /** The background drawn behind `el`, composited up to the first opaque layer; null when unknowable. */
    const backgroundOf = (el: Element): RGBA | null => {
      const layers: RGBA[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.backgroundImage !== 'none' || e instanceof HTMLCanvasElement || e.matches('.stage__viewport, .stage__canvas-wrap')) return null;
        const bg = parse(s.backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      let out: RGBA = [255, 255, 255, 1];
      const root = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (root && root[3] > 0) out = root;
      for (const l of layers.reverse()) out = over(l, out);
      return out;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const found: LowContrast[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('[disabled], [aria-disabled="true"], .visually-hidden, option, script, style')) continue;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      const bg = backgroundOf(el);
      const fg = parse(s.color);
      if (!bg || !fg) continue;
      const text = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const required = large ? 3 : 4.5;
      const got = ratio(text, bg);
      if (got < required - 0.005) {
        const where = [el.tagName.toLowerCase(), ...(el.className && typeof el.className === 'string' ? el.className.split(' ').filter(Boolean).map((c) => `.${c}`) : [])].join('');
        found.push({ text: n.textContent.trim().slice(0, 40), ratio: Math.round(got * 100) / 100, required, color: s.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`, fontSize: size, where });
      }
    }
    return found;
  });
}
