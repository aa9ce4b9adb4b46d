// Electron's security checklist, applied to every web contents and to the default session: no
// navigation away from the app, no new windows, no permissions, no <webview>, no network at all.
// The decisions are plain functions so they can be read (and tested) without Electron.
import { app, shell, type Session, type WebContents } from 'electron';

export const APP_ORIGIN = 'app://closed-set';

/**
 * The only pages Closed Set opens outside itself, in the user's browser. Exact https URLs: adding one
 * is a reviewed code change. Nothing from a production (names, notes) ever goes into a URL.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'https://www.sagaftra.org/contracts-industry-resources/workplace-harassment/intimacy-coordinator-standards-protocols',
];
export const GUIDANCE_URL = EXTERNAL_ALLOW_LIST[0]!;

/** Our own UI: app://closed-set/… only (not another host on the same scheme). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'app:' && url.host === 'closed-set' && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function isAllowedExternal(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && EXTERNAL_ALLOW_LIST.includes(url.href);
  } catch {
    return false;
  }
}

/** Requests the UI may make: its own files, in-memory blobs and data URLs, and the developer tools. */
export function isAllowedRequest(raw: string): boolean {
  if (isAppUrl(raw)) return true;
  const scheme = raw.slice(0, raw.indexOf(':') + 1).toLowerCase();
  return scheme === 'blob:' || scheme === 'data:' || scheme === 'devtools:';
}

/** Opens an allow-listed page in the user's browser; anything else is refused (and logged). */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternal(url)) {
    console.warn(`Refused to open ${url.slice(0, 200)}: not on the allow-list.`);
    return false;
  }
  void shell.openExternal(url);
  return true;
}

/** Locks down one web contents (the window, its devtools, anything else Chromium creates). */
export function hardenWebContents(contents: WebContents): void {
  const denyUnlessApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyUnlessApp);
  // A subframe may also show `about:srcdoc`: the export dialog's preview of the rehearsal packet, an
  // iframe with `sandbox=""` (no script, no navigation) whose document is HTML main rendered.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && event.url === 'about:srcdoc') return;
    denyUnlessApp(event, event.url);
  });
  contents.on('will-redirect', denyUnlessApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** Permissions, network and web contents hooks. Call once, after `app` is ready. */
export function installSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) console.warn(`Blocked a network request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
