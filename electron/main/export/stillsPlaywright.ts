import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../staticPath';
import { makeStillsProvider, STILL_PAGE, type StillsProvider } from './stills';
import type { StillsPageApi, StillTiming } from '../../../shared/stills/request';

/** A made-up origin the page is served under: every request to it is answered from disk by `page.route`, none reaches a network. */
const ORIGIN = 'http://closed-set-stills.invalid';

type PageGlobal = { __closedSetStills?: StillsPageApi };

export type PlaywrightStills = StillsProvider & {
  /** Closes the still page (closing the browser does too). */
  close(): Promise<void>;
};

/**
 * Stills through Chromium driven by Playwright (the sheet CLI, the browser host, the tests). The caller
 * owns the browser (launched with `launchChromium` from ./chromium) and can share it with the PDF printing.
 * Each call opens the still page and closes it when done, unless `keepPage`: then the page is kept for
 * the next call (loading it and compiling its shaders is most of a first call's time: keep ONE provider
 * for an export and `close()` it after) and a page that failed is replaced on the next call.
 * `rendererDir` is the built renderer (out/renderer).
 */
export function createPlaywrightStills(options: {
  readonly browser: Browser;
  readonly rendererDir: string;
  /** Keep the still page open between calls, until `close()` (or the browser closes). */
  readonly keepPage?: boolean;
  /** Told how long each still took in the page (the bench). */
  readonly onTimings?: (timings: readonly StillTiming[]) => void;
}): PlaywrightStills {
  let open: Promise<{ context: BrowserContext; page: Page; errors: string[] }> | null = null;
  const close = async () => {
    const current = open;
    open = null;
    if (current) await (await current.catch(() => null))?.context.close().catch(() => undefined);
  };
  const provider = makeStillsProvider(async (payload) => {
    open ??= openStillPage(options.browser, options.rendererDir);
    try {
      const { page } = await open;
      const pngs = await page.evaluate((p) => (globalThis as PageGlobal).__closedSetStills!.render(p), payload);
      if (options.onTimings) options.onTimings(await page.evaluate(() => (globalThis as PageGlobal).__closedSetStills!.timings()));
      if (!options.keepPage) await close();
      return pngs;
    } catch (e) {
      const errors = (await open?.catch(() => null))?.errors ?? [];
      await close();
      throw errors.length ? new Error(`${(e as Error).message} (the still page reported: ${errors.join('; ')})`) : e;
    }
  });
  return Object.assign(provider, { close });
}

async function openStillPage(browser: Browser, rendererDir: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`${ORIGIN}/**`, (route) => serve(route, rendererDir));
    await page.goto(`${ORIGIN}/${STILL_PAGE}`);
    await page.waitForFunction(() => !!(globalThis as PageGlobal).__closedSetStills, undefined, { timeout: 30_000 }).catch(() => {
      throw new Error(`The still page did not start${errors.length ? `: ${errors.join('; ')}` : ''}. Is the renderer built (${rendererDir})?`);
    });
    return { context, page, errors };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** The built renderer's files, with the app's Content-Security-Policy, as the app:// protocol serves them. */
async function serve(route: Route, rendererDir: string): Promise<void> {
  const path = resolveInside(rendererDir, new URL(route.request().url()).pathname);
  const data = path ? await readFile(path).catch(() => null) : null;
  if (!path || !data) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  return route.fulfill({ status: 200, contentType: contentType(path), body: data, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' } });
}
