// Native file dialogs and message boxes. Thin on purpose: the session decides what to do with a path.
import { BrowserWindow, dialog } from 'electron';

export const PRODUCTION_EXTENSION = 'closedset';
const FILTERS = [{ name: 'Closed Set production', extensions: [PRODUCTION_EXTENSION] }];

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export async function pickOpenPath(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = { title: 'Open production', filters: FILTERS, properties: ['openFile'] };
  const win = parent();
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function pickSavePath(purpose: 'create' | 'copy', suggestedName: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: purpose === 'create' ? 'New production' : 'Save a copy as',
    buttonLabel: purpose === 'create' ? 'Create' : 'Save copy',
    defaultPath: suggestedName,
    filters: FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = parent();
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  // Linux dialogs do not add the extension from the filter ("Scene 4.2" must not become a ".2" file).
  return result.filePath.toLowerCase().endsWith(`.${PRODUCTION_EXTENSION}`) ? result.filePath : `${result.filePath}.${PRODUCTION_EXTENSION}`;
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
