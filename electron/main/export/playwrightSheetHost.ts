import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { playwrightPrinter } from './playwrightPrinter';
import type { SheetHost } from './sheetHandlers';
import { createPlaywrightStills } from './stillsPlaywright';

/**
 * Sheets where there is no Electron (the browser host, `npm run sheet`): one Chromium, started on the
 * first sheet, shared by the PDF printing and the 3D stills (`rendererDir`: the built renderer). No print
 * dialog here: the PDF is downloaded or written instead.
 */
export function playwrightSheetHost(rendererDir: string): SheetHost & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  const shared = () => (browser ??= launchChromium());
  return {
    printer: playwrightPrinter({ browser: shared }),
    stills: () => async (doc, requests) => createPlaywrightStills({ browser: await shared(), rendererDir })(doc, requests),
    printDialog: null,
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
