// Native file dialogs and message boxes. Thin on purpose: the session decides what to do with a path.
import { BrowserWindow, dialog } from 'electron';

export const PRODUCTION_EXTENSION = 'closedset';
const COMMENTS_EXTENSION = 'closedset-comments';
const FILTERS = [{ name: 'Closed Set production', extensions: [PRODUCTION_EXTENSION] }];
const COMMENTS_FILTERS = [{ name: 'Closed Set review comments', extensions: [COMMENTS_EXTENSION] }];
const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];
const SAVE_TEXT = {
  create: { title: 'New production', button: 'Create' },
  copy: { title: 'Save a copy as', button: 'Save copy' },
  review: { title: 'Export a review copy for the director', button: 'Export' },
  comments: { title: 'Export comments for the coordinator', button: 'Export' },
  riderPdf: { title: 'Save a copy of the rider PDF', button: 'Save copy' },
} as const;

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export async function pickOpenPath(purpose: 'production' | 'comments' | 'riderPdf' = 'production'): Promise<string | null> {
  const options: Electron.OpenDialogOptions =
    purpose === 'riderPdf'
      ? { title: 'Attach the signed rider (PDF)', filters: PDF_FILTERS, properties: ['openFile'] }
      : purpose === 'comments'
        ? { title: 'Import the director’s comments', filters: COMMENTS_FILTERS, properties: ['openFile'] }
        : { title: 'Open production', filters: FILTERS, properties: ['openFile'] };
  const win = parent();
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickSavePath(purpose: keyof typeof SAVE_TEXT, suggestedName: string): Promise<string | null> {
  const extension = purpose === 'comments' ? COMMENTS_EXTENSION : purpose === 'riderPdf' ? 'pdf' : PRODUCTION_EXTENSION;
  const options: Electron.SaveDialogOptions = {
    title: SAVE_TEXT[purpose].title,
    buttonLabel: SAVE_TEXT[purpose].button,
    defaultPath: suggestedName,
    filters: purpose === 'comments' ? COMMENTS_FILTERS : purpose === 'riderPdf' ? PDF_FILTERS : FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = parent();
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  // Linux dialogs do not add the extension from the filter ("Scene 4.2" must not become a ".2" file).
  return result.filePath.toLowerCase().endsWith(`.${extension}`) ? result.filePath : `${result.filePath}.${extension}`;
}

/** Where to save a PDF (the rehearsal packet); the dialog asks before replacing a file. */
export async function pickPdfPath(suggestedName: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Save the rehearsal packet',
    buttonLabel: 'Save PDF',
    defaultPath: suggestedName,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = parent();
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
}

/** Tells the user why something failed; `detail` is the AppError's message (what happened and what to do). */
export async function showError(title: string, detail: string): Promise<void> {
  const options: Electron.MessageBoxOptions = { type: 'error', title: 'Closed Set', message: title, detail, buttons: ['OK'] };
  const win = parent();
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** Before the app is ready a message box is impossible; this one works at any time. */
export function showFatalError(title: string, detail: string): void {
  dialog.showErrorBox(title, detail);
}
