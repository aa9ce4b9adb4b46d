// The one window factory. Every web preference that matters for security is spelled out here.
import { app, BrowserWindow, nativeTheme } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL } from './protocol';

/** Matches the renderer's page background so the window does not flash white (or black) on open. */
export const BACKGROUND = { dark: '#151517', light: '#f5f5f3' } as const;

/**
 * The window's icon on Linux, where the window manager may not find it otherwise (always in development).
 * macOS and Windows take it from the app bundle and the executable. Packaged: resources/icon.png
 * (extraResources in electron-builder.yml); in development: build/icons/256x256.png in the project (this
 * module is bundled into out/main/index.js, two folders below it). Made by `npm run icons`.
 */
function linuxWindowIcon(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const path = app.isPackaged
    ? join(process.resourcesPath ?? '', 'icon.png')
    : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'icons', '256x256.png');
  return existsSync(path) ? path : undefined;
}

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly title: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const icon = linuxWindowIcon();
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: options.title,
    show: false,
    ...(icon ? { icon } : {}),
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
