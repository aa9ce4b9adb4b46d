import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import type { PdfPrinter } from './printer';

/**
 * HTML → PDF through a Chromium driven by Playwright (the one `findChromium` picks), launched on the
 * first sheet and reused for the next (or one the caller lends, shared with the stills). The page can reach nothing: every request is refused, so the
 * document's own data: URIs (fonts, stills) are all it has.
 */
export function playwrightPrinter(options: { readonly browser?: () => Promise<Browser> } = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  return {
    async print(html) {
      browser ??= options.browser ? options.browser() : launchChromium();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: false, tagged: true }));
      } finally {
        await context.close();
      }
    },
    async close() {
      // A browser the caller lent stays open: it is theirs to close.
      if (browser && !options.browser) await (await browser).close();
      browser = null;
    },
  };
}
