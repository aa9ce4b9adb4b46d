import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import type { PdfPrinter } from './printer';

/**
 * HTML → PDF through a Chromium driven by Playwright (the one `findChromium` picks), launched on the
 * first sheet and reused for the next. The page can reach nothing: every request is refused, so the
 * document's own data: URIs (fonts, stills) are all it has.
 */
export function playwrightPrinter(): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  return {
    async print(html) {
      browser ??= launchChromium();
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
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
