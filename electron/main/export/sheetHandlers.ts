import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { docRecordsFrom } from '../../../shared/records/query';
import type { SHEET_CHANNELS } from '../../../shared/sheet/channels';
import type { Session } from '../services/session';
import { unlockSigner } from '../signing/handlers';
import { storedCertificate } from '../signing/keyStore';
import { makeSheet, prepareSheet, sheetSourceOf, sheetStills, type SheetSource } from './pipeline';
import type { PdfPrinter } from './printer';
import type { StillsProvider } from './stills';

/** What prints sheets where the app runs: Electron's own Chromium, or the browser host's Playwright Chromium. */
export interface SheetHost {
  /** The printer, kept for the session (a browser is expensive to start). */
  readonly printer: PdfPrinter;
  readonly stills?: (() => StillsProvider) | null;
  /** The system print dialog on a window showing the sheet; absent in the browser host. */
  readonly printDialog?: ((html: string) => Promise<{ printed: boolean; reason: string }>) | null;
}

type SheetHandlers = Pick<Handlers, keyof typeof SHEET_CHANNELS>;

/**
 * The Export sheets / Print channels. The sheet is made from the scene's latest issued version (the
 * working draft before the first is issued); a version's sheet is signed when the coordinator's
 * certificate is at hand.
 */
export function sheetHandlers(session: Session): SheetHandlers {
  const host = () => {
    const sheets = session.adapters.sheets;
    if (!sheets) throw new AppError('invalid-argument', 'Sheets cannot be printed here: this copy of Closed Set has no printer set up.');
    return sheets;
  };
  const source = (sceneId: string): { source: SheetSource; snapshot: ReturnType<ReturnType<Session['requireDocument']>['snapshot']> } => {
    const snapshot = session.requireDocument().snapshot();
    return { snapshot, source: sheetSourceOf(docRecordsFrom(snapshot), snapshot.production, sceneId) };
  };
  return {
    'sheet:pdf': async ({ sceneId, copy, paper, stills, passphrase, unsigned }) => {
      const sheets = host();
      const { source: s, snapshot } = source(sceneId);
      // An issued version's copy is signed unless the user chose unsigned; the key is unlocked before anything prints.
      const signer = s.version && !unsigned ? await sheetSigner(session, passphrase) : null;
      const made = await makeSheet(s, copy, { printer: sheets.printer, paper, stills: stills && sheets.stills ? sheetStills(sheets.stills(), snapshot) : null, signer });
      return {
        fileName: made.fileName,
        pdfBase64: Buffer.from(made.bytes).toString('base64'),
        signed: made.signed,
        signedBy: made.signed && signer ? signer.name : null,
        versionNumber: s.version?.number ?? null,
      };
    },
    'sheet:print': async ({ sceneId, copy, paper, stills }) => {
      const sheets = host();
      if (!sheets.printDialog) throw new AppError('invalid-argument', 'Printing opens the system print dialog of the desktop app. Here, save the PDF and print it from your PDF reader.');
      const { source: s, snapshot } = source(sceneId);
      const { html } = await prepareSheet(s, copy, { paper, stills: stills && sheets.stills ? sheetStills(sheets.stills(), snapshot) : null });
      const result = await sheets.printDialog(html);
      if (!result.printed && result.reason && result.reason !== 'cancelled') throw new AppError('io', `The sheet was not printed: ${result.reason}.`);
      return { printed: result.printed };
    },
  };
}

/**
 * The coordinator's identity for an export (unlockSigner: safeStorage in Electron, the passphrase
 * otherwise; its certificate is recorded in the production if it is not yet), or a clear refusal when
 * this computer holds none.
 */
async function sheetSigner(session: Session, passphrase: string | undefined) {
  if (!storedCertificate(session.adapters.userDataDir)) {
    throw new AppError('not-found', 'There is no signing certificate on this computer yet: create one with File ▸ Signing certificate…, or export the sheet unsigned.');
  }
  return unlockSigner(session, passphrase);
}
