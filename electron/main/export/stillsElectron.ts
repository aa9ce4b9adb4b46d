// The app's stills: the still page in a hidden window, served from app:// like the UI. Thin on purpose
// (one of the few files that import electron); the work is in stills.ts and the page.
import { BrowserWindow } from 'electron';
import { APP_HOST, APP_SCHEME } from '../protocol';
import { makeStillsProvider, STILL_PAGE, type StillsProvider } from './stills';

export const STILL_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/${STILL_PAGE}`;

/**
 * Call after the app:// scheme is served (app ready). Each call that has stills to make opens a hidden
 * window and closes it when done (with a GPU, loading the page is quick).
 */
export function createElectronStills(): StillsProvider {
  return makeStillsProvider(async (payload) => {
    const win = new BrowserWindow({
      show: false,
      width: 800,
      height: 600,
      paintWhenInitiallyHidden: true,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        // Nothing is painted to the screen; the page draws each still itself, so no frames are throttled away.
        backgroundThrottling: false,
        spellcheck: false,
      },
    });
    try {
      await win.loadURL(STILL_PAGE_URL);
      // JSON is a JavaScript expression: the payload goes in as data, never as code of its own.
      return (await win.webContents.executeJavaScript(`window.__closedSetStills.render(${JSON.stringify(payload)})`, true)) as string[];
    } finally {
      win.destroy();
    }
  });
}
