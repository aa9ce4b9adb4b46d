// The one window factory. Every web preference that matters for security is spelled out here.
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './protocol';

/** Matches the renderer's page background so the window does not flash white (or black) on open. */
export const BACKGROUND = { dark: '#151517', light: '#f5f5f3' } as const;

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly title: string;
  /**
   * The window's icon, given on Linux only (the window manager may not find it otherwise; macOS and
   * Windows take it from the app bundle and the executable). Made by `npm run icons`.
   */
  readonly iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: options.title,
    show: false,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The page's <title> must not replace the production title main keeps in step.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.loadURL(APP_ENTRY_URL).catch((e: unknown) => console.error('Could not load the Closed Set window:', e));
  return win;
}
