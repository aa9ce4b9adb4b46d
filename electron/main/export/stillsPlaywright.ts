import { readFile } from 'node:fs/promises';
import type { Browser, Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../staticPath';
import { renderStillsWith, STILL_PAGE, type StillsProvider } from './stills';
import type { StillsPageApi, StillTiming } from '../../../shared/stills/request';

/** A made-up origin the page is served under: every request to it is answered from disk by `page.route`, none reaches a network. */
const ORIGIN = 'http://closed-set-stills.invalid';

/**
 * Stills through Chromium driven by Playwright (the sheet CLI, the browser host, the tests). The caller
 * owns the browser (launched with the project's Chromium finder) and can share it with the PDF printing;
 * each call opens and closes its own context. `rendererDir` is the built renderer (out/renderer).
 */
export function createPlaywrightStills(options: {
  readonly browser: Browser;
  readonly rendererDir: string;
  /** Told how long each still took in the page (the bench). */
  readonly onTimings?: (timings: readonly StillTiming[]) => void;
}): StillsProvider {
  return (doc, requests) =>
    renderStillsWith(doc, requests, async (payload) => {
      const context = await options.browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, colorScheme: 'light' });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.route(`${ORIGIN}/**`, (route) => serve(route, options.rendererDir));
        await page.goto(`${ORIGIN}/${STILL_PAGE}`);
        await page.waitForFunction(() => !!(globalThis as { __closedSetStills?: StillsPageApi }).__closedSetStills, undefined, { timeout: 30_000 }).catch(() => {
          throw new Error(`The still page did not start${errors.length ? `: ${errors.join('; ')}` : ''}. Is the renderer built (${options.rendererDir})?`);
        });
        const pngs = await page.evaluate((p) => (globalThis as { __closedSetStills?: StillsPageApi }).__closedSetStills!.render(p), payload);
        if (options.onTimings) options.onTimings(await page.evaluate(() => (globalThis as { __closedSetStills?: StillsPageApi }).__closedSetStills!.timings()));
        return pngs;
      } finally {
        await context.close();
      }
    });
}

/** The built renderer's files, with the app's Content-Security-Policy, as the app:// protocol serves them. */
async function serve(route: Route, rendererDir: string): Promise<void> {
  const path = resolveInside(rendererDir, new URL(route.request().url()).pathname);
  const data = path ? await readFile(path).catch(() => null) : null;
  if (!path || !data) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  return route.fulfill({ status: 200, contentType: contentType(path), body: data, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' } });
}
