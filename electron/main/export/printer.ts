import type { Paper } from './sheet/css';

/**
 * Prints a self-contained HTML document to PDF with Chromium. Two implementations: Playwright driving a
 * Chromium (the CLI, the browser host, the tests; playwrightPrinter.ts) and Electron's own
 * `webContents.printToPDF` in the desktop app (electronPrinter.ts). The page size and margins come from
 * the document's @page rule.
 */
export interface PdfPrinter {
  print(html: string, paper: Paper): Promise<Uint8Array>;
  /** Frees the browser or window behind it. */
  close(): Promise<void>;
}
