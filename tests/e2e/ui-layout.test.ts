import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIMITS } from '../../shared/domain/limits';
import { openApp, screenshot, type AppUnderTest } from '../support/e2e';

// The longest names the app accepts, in the scripts a production may use: 200 letters without a space,
// Arabic and Hebrew (right to left) and a mix. Nothing is pushed off screen or drawn over something else,
// long text ends in an ellipsis with the whole of it in a tooltip, and the 3D name tags stay small.
const long = (seed: string) => seed.repeat(Math.ceil(LIMITS.name / seed.length)).slice(0, LIMITS.name);
const LATIN = long('Wolfeschlegelsteinhausenbergerdorff');
const ARABIC = long('عبدالرحمنبنمحمدالفيصل');
const HEBREW = long('אלכסנדרהגדולבןפיליפוס');
const MIXED = long('Zoë-אביגיל-محمد-李小龍-');
const NAMES = [LATIN, ARABIC, HEBREW, MIXED];

let app: AppUnderTest;

beforeAll(async () => {
  app = await openApp({ sample: true });
  const { host, page } = app;
  const ids: string[] = [];
  for (const name of NAMES) {
    const r = await host.apply({ type: 'performer.create', fields: { name, character: name } });
    ids.push(r.changes.records.find((x) => x.kind === 'performer')!.id);
  }
  await host.apply({ type: 'scene.update', id: 'sample-scene-42', patch: { performerIds: ['sample-performer-maya', 'sample-performer-daniel', ...ids], title: MIXED, setLocation: ARABIC } });
  await host.apply({ type: 'production.update', patch: { title: HEBREW, company: LATIN } });
  await host.apply({ type: 'setPiece.update', id: 'sample-set-bed', patch: { label: LATIN.slice(0, LIMITS.short) } });
  // ?stageStats: the 3D view reports its name tags' sizes on screen.
  await page.goto(`${host.url}?stageStats`);
  await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(1).click();
  await page.locator('canvas[data-ready="true"]').waitFor();
});

afterAll(async () => {
  await app?.close();
});

/**
 * Elements inside `region` that reach outside it sideways, beyond what an element between them clips
 * (text pushed off the panel, a chip off screen), and panels that grew a sideways scrollbar for their text.
 */
function spills(page: Page, region: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`${selector} is not on the page`];
    const box = root.getBoundingClientRect();
    const clips = (e: Element) => ['hidden', 'clip', 'auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    const out: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      let clipped = false;
      for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (clips(a)) clipped = true;
      if (clipped) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}: ${(el.textContent ?? '').slice(0, 30)}`);
    }
    // A panel that had to grow a sideways scrollbar for its text has been pushed wider than it is.
    for (const e of [root, ...root.querySelectorAll('*')]) {
      if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1) out.push(`${e.tagName.toLowerCase()}.${String(e.className)} scrolls sideways (${e.scrollWidth} > ${e.clientWidth})`);
    }
    if (root.scrollWidth > root.clientWidth + 1) out.push(`${selector} is wider inside than out (${root.scrollWidth} > ${root.clientWidth})`);
    return out;
  }, region);
}

/** Every element showing one of the long names: cut to fit, whole in its tooltip, isolated as bidi text. */
function nameElements(page: Page, region: string) {
  return page.evaluate(
    ({ selector, names }) =>
      [...document.querySelectorAll(`${selector} [title]`)]
        .filter((e) => names.some((n) => e.getAttribute('title')!.includes(n)))
        .map((e) => {
          const s = getComputedStyle(e);
          return { ellipsis: s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth, isolated: s.unicodeBidi === 'isolate' || s.unicodeBidi === 'plaintext', whole: e.getAttribute('title') === e.textContent };
        }),
    { selector: region, names: NAMES },
  );
}

/** Pairs of siblings in a list that overlap on screen. */
function overlappingRows(page: Page, list: string): Promise<number> {
  return page.evaluate((selector) => {
    const rows = [...document.querySelectorAll(`${selector} > li`)].map((e) => e.getBoundingClientRect());
    return rows.slice(1).filter((r, i) => r.top < rows[i]!.bottom - 1).length;
  }, list);
}

describe('the longest names', () => {
  it('fit the workspace: header, chips, sidebar, blocking panel and the 3D name tags', async () => {
    const { page } = app;
    await screenshot(page, 'ui-layout-workspace');
    for (const region of ['header.topbar', 'nav.sidebar', 'header.scene-header', 'aside[aria-label="Blocking"]']) expect(await spills(page, region), region).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // The header did not grow over the 3D view.
    expect((await page.getByTestId('stage-viewport').boundingBox())!.height).toBeGreaterThan(300);

    const names = await nameElements(page, 'main');
    expect(names.length).toBeGreaterThanOrEqual(NAMES.length);
    for (const n of names) expect(n).toEqual({ ellipsis: true, isolated: true, whole: true });

    // Name tags in the 3D view are capped (a 200-letter name would otherwise run across the viewport).
    const tags = await page.evaluate(() => window.__closedSetStageStats!.labels());
    expect(tags.length).toBeGreaterThanOrEqual(NAMES.length);
    for (const t of tags) expect(t.width, t.name).toBeLessThanOrEqual(200);
  });

  it('fit the scene inspector without rows drawn over each other', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Scene' }).click();
    await screenshot(page, 'ui-layout-scene-inspector');
    expect(await spills(page, 'aside[aria-label="Inspector"]')).toEqual([]);
    expect(await overlappingRows(page, 'ul[aria-label="Performers in this scene"]')).toBe(0);
    for (const n of await nameElements(page, 'aside[aria-label="Inspector"]')) expect(n).toEqual({ ellipsis: true, isolated: true, whole: true });
  });

  it('fit the people list and editor, and a toast keeps its Undo and dismiss buttons on screen', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^People/ }).click();
    await page.getByRole('button', { name: ARABIC }).click();
    await screenshot(page, 'ui-layout-people');
    for (const region of ['.people-list', '.people__detail']) expect(await spills(page, region), region).toEqual([]);
    expect(await overlappingRows(page, 'ul[aria-label="Performers"]')).toBe(0);
    for (const n of await nameElements(page, 'main')) expect(n).toEqual({ ellipsis: true, isolated: true, whole: true });
    expect(await page.getByRole('button', { name: 'Delete performer…' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Delete performer…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete performer', exact: true }).click();
    const toast = page.getByRole('region', { name: 'Notifications' }).getByRole('status');
    await toast.waitFor();
    await screenshot(page, 'ui-layout-toast');
    const inWindow = async (name: string) => {
      const b = (await toast.getByRole('button', { name }).boundingBox())!;
      return b.x >= 0 && b.y >= 0 && b.x + b.width <= 1440 && b.y + b.height <= 900;
    };
    expect(await inWindow('Dismiss notification')).toBe(true);
    expect(await inWindow(`Undo: ${await toast.locator('.toast__message').textContent()}`)).toBe(true);
    expect(await spills(page, '.toasts')).toEqual([]);
  });
});
