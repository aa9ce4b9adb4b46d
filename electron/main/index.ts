// The Electron entry point: wiring only. The work is done by the session and its services, which
// know nothing about Electron; this file connects them to windows, menus, dialogs and the OS.
import { app, BrowserWindow, session as electronSession } from 'electron';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel, DocumentInfo, Handlers } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/errors';
import { pickOpenPath, pickPdfPath, pickSavePath, showError, showFatalError } from './dialogs';
import { dispatch } from './ipc/dispatch';
import { electronPrinter, printSheetWithDialog } from './export/electronPrinter';
import { createElectronStills } from './export/stillsElectron';
import { registerIpc, sendEvent } from './ipc/register';
import { installMenu } from './menu';
import { chooseNativeBinding, isNativeModuleError, type NativeBindingChoice } from './nativeBinding';
import { registerAppScheme, serveAppScheme } from './protocol';
import { installSecurity } from './security';
import { createHandlers, Session } from './services/session';
import { openInSystemViewer } from './systemViewer';
import { electronKeychain } from './signing/safeStorage';
import { createMainWindow } from './window';

const APP_NAME = 'Closed Set';
const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');

/** The window icon on Linux: resources/icon.png when packaged (extraResources), build/icons/ in development. */
function linuxWindowIcon(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const path = app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(projectRoot, 'build', 'icons', '256x256.png');
  return existsSync(path) ? path : undefined;
}

// Both must happen before `ready` (and before any await: ESM entry points load asynchronously).
registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let session: Session | null = null;
let handlers: Handlers | null = null;
let nativeBinding: NativeBindingChoice = { path: undefined, problem: null };
/** A production the OS asked us to open before we were ready (command line, macOS open-file). */
let pendingFile: string | undefined = productionArg(process.argv.slice(1), process.cwd());
let quitting = false;

/** The first `.closedset` path among the arguments (flags and the app path are skipped). */
function productionArg(argv: readonly string[], cwd: string): string | undefined {
  const arg = argv.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.closedset'));
  return arg ? resolve(cwd, arg) : undefined;
}

function windowTitle(info: DocumentInfo | null): string {
  if (info?.review) return `Review copy — nothing here can be changed — ${info.title} — ${info.fileName} — ${APP_NAME}`;
  return info ? `${info.title} — ${info.fileName} — ${APP_NAME}` : APP_NAME;
}

function onDocumentChanged(info: DocumentInfo | null): void {
  if (quitting) return;
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.setTitle(windowTitle(info));
  rebuildMenu();
}

function rebuildMenu(): void {
  if (!session) return;
  installMenu(
    { appName: APP_NAME, platform: process.platform, isPackaged: app.isPackaged, hasDocument: !!session.document, isReviewCopy: !!session.document?.review, recent: session.recent.list() },
    {
      newProduction: () => void fileAction('document:create', {}, 'Could not create the production'),
      openProduction: (path) => void fileAction('document:open', path ? { path } : {}, 'Could not open the production'),
      saveCopyAs: () => void fileAction('document:saveCopyAs', {}, 'Could not save a copy'),
      closeProduction: () => void fileAction('document:close', {}, 'Could not close the production'),
      send: (action) => sendEvent(mainWindow, 'menu:action', { action }),
    },
  );
}

/**
 * Runs a file command from the menu or the OS through the same dispatch as IPC, then tells the window
 * to show the (new) open document. A cancelled dialog is silent; anything else is explained.
 */
async function fileAction(channel: Channel, args: object, failure: string): Promise<boolean> {
  if (!handlers || !session) return false;
  const result = await dispatch(handlers, channel, args);
  if (!result.ok) {
    if (result.error.code !== 'cancelled') await showError(failure, result.error.message);
    return false;
  }
  if (channel !== 'document:saveCopyAs') sendEvent(mainWindow, 'document:opened', session.load());
  rebuildMenu();
  return true;
}

function showWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return mainWindow;
  }
  const win = createMainWindow({ preloadPath, title: windowTitle(session?.document?.info() ?? null), iconPath: linuxWindowIcon() });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

function openFromOs(path: string): void {
  if (!session) {
    pendingFile = path;
    return;
  }
  showWindow();
  void fileAction('document:open', { path }, `Could not open ${basename(path)}`);
}

/** What to tell the user when the first production cannot be opened. */
function describeStartupFailure(e: unknown): { title: string; detail: string } {
  if (isNativeModuleError(e)) {
    return { title: 'Closed Set could not load its database module', detail: nativeBinding.problem ?? (e as Error).message };
  }
  if (e instanceof AppError) return { title: 'Could not open the production', detail: e.message };
  console.error(e);
  return { title: 'Could not open the production', detail: 'Something went wrong inside Closed Set. Details are in the log.' };
}

async function start(): Promise<void> {
  installSecurity(electronSession.defaultSession);
  serveAppScheme(rendererDir);
  nativeBinding = chooseNativeBinding({
    electronVersion: process.versions.electron,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    projectRoot,
  });
  session = new Session({
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    userDataDir: app.getPath('userData'),
    samplePath: app.isPackaged ? join(process.resourcesPath, 'sample-production.json') : join(projectRoot, 'resources', 'sample-production.json'),
    nativeBinding: nativeBinding.path,
    // The window never names a file: paths come from main's own dialogs (or the recent list).
    pagePathsAllowed: false,
    pickOpenPath,
    pickSavePath,
    pickPdfPath,
    // The rehearsal packet: stills in a hidden window, PDFs through printToPDF, both made on first use.
    packet: () => ({ printer: electronPrinter(), stills: createElectronStills() }),
    // Sheets print with Electron's own Chromium; Print opens the system dialog on a window showing the sheet.
    sheets: { printer: electronPrinter(), stills: createElectronStills, printDialog: printSheetWithDialog },
    keychain: electronKeychain,
    // Open on a rider PDF: main writes a read-only copy in its own folder, the system viewer shows it.
    openInSystemViewer,
    onDocumentChanged,
  });
  // Main's own file actions (menu, the OS opening a file) may name paths; the window's calls may not.
  handlers = createHandlers(session, 'main');
  registerIpc(createHandlers(session), () => BrowserWindow.getAllWindows());

  let failure: { title: string; detail: string } | null = null;
  try {
    session.openInitial(pendingFile);
  } catch (e) {
    failure = describeStartupFailure(e);
  }
  pendingFile = undefined;
  rebuildMenu();
  showWindow();
  if (failure) await showError(failure.title, failure.detail);
}

if (!app.requestSingleInstanceLock()) {
  // Another Closed Set is running: it receives our arguments through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = productionArg(argv.slice(1), workingDirectory);
    if (file) openFromOs(file);
    else if (session) showWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (session && BrowserWindow.getAllWindows().length === 0) showWindow();
  });
  app.on('will-quit', () => {
    quitting = true;
    // Closes the SQLite file cleanly (WAL checkpoint) before the process ends.
    session?.close();
  });
  app.whenReady().then(start).catch((e: unknown) => {
    console.error(e);
    showFatalError('Closed Set could not start', e instanceof Error ? e.message : String(e));
    app.quit();
  });
}
