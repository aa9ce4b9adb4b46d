// The desktop app's sheet printing: Electron's own Chromium prints the sheet's HTML in a hidden,
// sandboxed window with JavaScript off. Thin on purpose (one of the few files that import electron);
// the sheet is made in pipeline.ts and sheet/.
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from './printer';

async function sheetWindow(html: string, show: boolean): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    show,
    width: 900,
    height: 1100,
    title: 'Choreography sheet',
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, javascript: false, spellcheck: false },
  });
  // A data: URL (allowed by the app's request filter): the document is self-contained, fonts and stills included.
  await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
  return win;
}

/** HTML → PDF with `webContents.printToPDF`; the page size and margins come from the sheet's @page rule. */
export function electronPrinter(): PdfPrinter {
  return {
    async print(html) {
      const win = await sheetWindow(html, false);
      try {
        return new Uint8Array(await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true }));
      } finally {
        win.destroy();
      }
    },
    async close() {},
  };
}

/**
 * The system print dialog for a sheet: the sheet is shown in its own window (what will print) and
 * `webContents.print` opens the dialog. Resolves with whether it was sent to a printer.
 */
export async function printSheetWithDialog(html: string): Promise<{ printed: boolean; reason: string }> {
  const win = await sheetWindow(html, true);
  try {
    return await new Promise((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (printed, reason) => resolve({ printed, reason: reason ?? '' }));
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
