// Loads the BUILT Electron main bundle (out/main/index.js, made by `electron-vite build`) under Node
// with a recording stand-in for `electron`, and checks what a user and a security reviewer care about:
// how the window is made, what it may load and reach, who may call IPC, the menu, and the first start.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { resetStub, type BrowserWindowStub, type StubState } from '../support/electron-stub';

vi.mock('electron', async () => (await import('../support/electron-stub')).electronModule());

const root = resolve(__dirname, '../..');
const MAIN_BUNDLE = join(root, 'out/main/index.js');
const PRELOAD_BUNDLE = join(root, 'out/preload/index.cjs');

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-electron-'));
  temps.push(dir);
  return dir;
}

/** Starts the app as Electron would: a fresh module graph, the given argv, then waits for the window. */
async function launch(options: { argv?: string[]; singleInstanceLock?: boolean } = {}): Promise<{ s: StubState; userData: string }> {
  const userData = tempDir();
  const s = resetStub({ userData, singleInstanceLock: options.singleInstanceLock ?? true });
  const savedArgv = process.argv;
  process.argv = ['/opt/Closed Set/closed-set', ...(options.argv ?? [])];
  try {
    vi.resetModules();
    await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  } finally {
    process.argv = savedArgv;
  }
  if (options.singleInstanceLock !== false) await vi.waitFor(() => expect(s.windows.length).toBe(1), { timeout: 10_000 });
  return { s, userData };
}

function quit(s: StubState): void {
  s.app.emit('will-quit', { preventDefault() {} });
}

/** An `invoke` event as Electron builds it for a call from `frame` of `win`. */
function invokeEvent(win: BrowserWindowStub, frame = win.webContents.mainFrame) {
  return { sender: win.webContents, senderFrame: frame };
}

function menuItem(s: StubState, ...labels: string[]): any {
  let items: any[] = s.menu!.template;
  let item: any;
  for (const label of labels) {
    item = items.find((i) => i.label === label || i.role === label);
    if (!item) throw new Error(`menu item “${labels.join(' › ')}” not found (at “${label}”)`);
    items = item.submenu ?? [];
  }
  return item;
}

beforeAll(() => {
  if (!existsSync(MAIN_BUNDLE) || !existsSync(PRELOAD_BUNDLE)) {
    throw new Error('out/main/index.js or out/preload/index.cjs is missing: run `npx electron-vite build` first (npm test does).');
  }
});

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Electron main process (built bundle, stubbed electron)', () => {
  it('on first start opens a copy of the sample production in a locked-down window', async () => {
    const { s, userData } = await launch();
    try {
      // Before ready: single-instance lock, sandbox for every renderer, the privileged app:// scheme.
      expect(s.calls.indexOf('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
      expect(s.calls.indexOf('enableSandbox')).toBeLessThan(s.calls.indexOf('whenReady'));
      expect(s.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(s.calls.indexOf('whenReady'));
      expect(s.calls).toContain('requestSingleInstanceLock');
      expect(s.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

      const win = s.windows[0]!;
      const prefs = win.options.webPreferences;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, webviewTag: false });
      expect(prefs.preload).toBe(PRELOAD_BUNDLE);
      expect(existsSync(prefs.preload)).toBe(true);
      expect(win.options.minWidth).toBeGreaterThanOrEqual(1100);
      expect(win.options.minHeight).toBeGreaterThanOrEqual(700);
      expect(win.options.show).toBe(false);
      expect(win.loadedUrl).toBe('app://closed-set/index.html');
      win.emit('ready-to-show');
      expect(win.visible).toBe(true);

      // The sample production, copied into the user-data folder, named in the title.
      const samplePath = join(userData, 'Sample production.closedset');
      expect(existsSync(samplePath)).toBe(true);
      expect(win.title).toBe('The Quiet Hours — Sample production.closedset — Closed Set');
      const trusted = s.ipcHandlers.get('document:load')!;
      const loaded = (await trusted(invokeEvent(win), {})) as any;
      expect(loaded.ok).toBe(true);
      expect(loaded.value.info).toMatchObject({ path: samplePath, title: 'The Quiet Hours' });
    } finally {
      quit(s);
    }
  });

  it('blocks navigation, new windows, webviews, permissions and every network request', async () => {
    const { s } = await launch();
    try {
      const contents = s.windows[0]!.webContents;
      const navigate = (event: string, url: string) => {
        const e = { url, preventDefault: vi.fn() };
        contents.emit(event, e, url);
        return e.preventDefault.mock.calls.length > 0;
      };
      expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
      expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
      expect(navigate('will-navigate', 'app://evil/index.html')).toBe(true);
      expect(navigate('will-redirect', 'https://example.com/')).toBe(true);
      expect(navigate('will-frame-navigate', 'https://example.com/')).toBe(true);
      expect(navigate('will-navigate', 'app://closed-set/index.html')).toBe(false);
      expect(navigate('will-attach-webview', 'app://closed-set/index.html')).toBe(true);

      // window.open is always denied; only an allow-listed https page goes to the user's browser.
      expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler!({ url: 'app://closed-set/index.html' })).toEqual({ action: 'deny' });
      expect(s.externalOpened).toEqual([]);
      const guidance = 'https://www.sagaftra.org/contracts-industry-resources/workplace-harassment/intimacy-coordinator-standards-protocols';
      expect(contents.windowOpenHandler!({ url: guidance })).toEqual({ action: 'deny' });
      expect(s.externalOpened).toEqual([guidance]);
      expect(contents.windowOpenHandler!({ url: guidance.replace('https:', 'http:') })).toEqual({ action: 'deny' });
      expect(s.externalOpened).toEqual([guidance]);

      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
        const callback = vi.fn();
        s.permissionRequestHandler!(contents, permission, callback);
        expect(callback).toHaveBeenCalledWith(false);
        expect(s.permissionCheckHandler!(contents, permission, 'app://closed-set')).toBe(false);
      }
      expect(s.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);

      const cancelled = (url: string) => {
        let answer: { cancel?: boolean } | undefined;
        s.beforeRequest!({ url }, (r) => (answer = r));
        return answer!.cancel === true;
      };
      for (const url of ['https://example.com/telemetry', 'http://127.0.0.1:5810/api/app:info', 'wss://example.com/', 'https://fonts.googleapis.com/css', 'file:///etc/hosts', 'app://elsewhere/x.js']) {
        expect(cancelled(url), url).toBe(true);
      }
      for (const url of ['app://closed-set/index.html', 'app://closed-set/assets/index.js', 'devtools://devtools/bundled/inspector.html', 'blob:app://closed-set/1234', 'data:image/png;base64,AAAA']) {
        expect(cancelled(url), url).toBe(false);
      }
    } finally {
      quit(s);
    }
  });

  it('serves the UI from app://closed-set with the CSP and refuses paths outside the renderer folder', async () => {
    const { s } = await launch();
    try {
      const handle = s.protocolHandlers.get('app')!;
      expect(handle).toBeTypeOf('function');
      const get = (url: string, method = 'GET') => handle({ url, method });

      const index = await get('app://closed-set/index.html');
      const indexFile = join(root, 'out/renderer/index.html');
      // A 404 here would also be what an unbuilt renderer gives: say so rather than test nothing.
      if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: the renderer is not built. Run \`npm run build\` (npm test does this first).`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await index.text();
      expect(html).toBe(readFileSync(indexFile, 'utf8'));
      // Everything index.html references loads through app:// too (relative URLs, right types).
      const refs = [...html.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((m) => new URL(m[1]!, 'app://closed-set/index.html').href);
      expect(refs.some((ref) => ref.endsWith('.js'))).toBe(true);
      for (const ref of refs) {
        const response = await get(ref);
        expect(response.status, ref).toBe(200);
        if (ref.endsWith('.js')) expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
        if (ref.endsWith('.css')) expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
      }
      for (const response of [index, await get('app://closed-set/nope.js')]) {
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("default-src 'self'");
        expect(csp).not.toMatch(/https?:/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      }
      // Traversal in every spelling: plain (normalised by the URL parser), encoded, double-encoded,
      // backslashes; out/main/index.js really exists next to out/renderer, so a 200 would be a leak.
      for (const url of [
        'app://closed-set/../../package.json',
        'app://closed-set/%2e%2e%2f%2e%2e%2fpackage.json',
        'app://closed-set/..%2fmain%2findex.js',
        'app://closed-set/%2E%2E%2Fmain%2Findex.js',
        'app://closed-set/..%5cmain%5cindex.js',
        'app://closed-set/%252e%252e%252fmain%252findex.js',
        'app://closed-set/%2fetc%2fpasswd',
        'app://closed-set/index.html%00.js',
        'app://other-host/index.html',
      ]) {
        const response = await get(url);
        expect(response.status, url).toBe(404);
      }
      expect((await get('app://closed-set/index.html', 'POST')).status).toBe(405);
    } finally {
      quit(s);
    }
  });

  it('answers every contract channel, and only for the main frame of its own window showing app://closed-set', async () => {
    const { s } = await launch();
    try {
      expect([...s.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
      const win = s.windows[0]!;
      const info = s.ipcHandlers.get('app:info')!;

      expect(await info(invokeEvent(win), {})).toEqual({ ok: true, value: { name: 'Closed Set', version: '0.1.0', host: 'electron', platform: process.platform } });

      const forbidden = { ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } };
      // Our window's own main frame, had it navigated elsewhere (navigation is blocked, but if it did): refused.
      const main = win.webContents.mainFrame;
      main.url = 'https://evil.example/';
      expect(await info(invokeEvent(win), {})).toEqual(forbidden);
      main.url = 'app://evil/index.html';
      expect(await info(invokeEvent(win), {})).toEqual(forbidden);
      main.url = 'app://closed-set/index.html';
      // A frame object that is not the window's main frame: refused.
      expect(await info(invokeEvent(win, { url: 'app://closed-set/index.html', parent: null }), {})).toEqual(forbidden);
      // An iframe inside our page, even one on app://closed-set: refused.
      expect(await info(invokeEvent(win, { url: 'app://closed-set/index.html', parent: main }), {})).toEqual(forbidden);
      // Another web contents (e.g. devtools, a stray window) claiming our URL: refused.
      const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://closed-set/index.html', parent: null } };
      expect(await info(stranger, {})).toEqual(forbidden);
      // A destroyed frame: refused.
      expect(await info({ sender: win.webContents, senderFrame: null }, {})).toEqual(forbidden);
      // A refused call changes nothing: the production is still there and unchanged.
      const refusedClose = await s.ipcHandlers.get('document:close')!(invokeEvent(win, { url: 'https://evil.example/', parent: null }), {});
      expect(refusedClose).toEqual(forbidden);
      expect(((await s.ipcHandlers.get('document:load')!(invokeEvent(win), {})) as any).value).not.toBeNull();

      // From the right sender, arguments are still validated (by dispatch).
      const bad = (await s.ipcHandlers.get('document:open')!(invokeEvent(win), { path: 42 })) as any;
      expect(bad.ok).toBe(false);
      expect(bad.error.code).toBe('invalid-argument');
    } finally {
      quit(s);
    }
  });

  it('has File, Edit, View and Help menus; Undo/Redo go to the renderer; a foreign file is explained', async () => {
    const { s, userData } = await launch();
    try {
      const labels = s.menu!.template.map((m: any) => m.label);
      expect(labels.slice(-4)).toEqual(['File', 'Edit', 'View', 'Help']);
      expect(menuItem(s, 'File', 'New production…').accelerator).toBe('CmdOrCtrl+N');
      expect(menuItem(s, 'File', 'Open…').accelerator).toBe('CmdOrCtrl+O');
      expect(menuItem(s, 'File', 'Save a Copy As…').accelerator).toBe('CmdOrCtrl+Shift+S');
      expect(menuItem(s, 'File', 'Close production').accelerator).toBe('CmdOrCtrl+W');
      const recent = menuItem(s, 'File', 'Open Recent').submenu;
      expect(recent[0].label).toBe('The Quiet Hours — Sample production.closedset');
      for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(menuItem(s, 'Edit', role).role).toBe(role);
      for (const role of ['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) menuItem(s, 'View', role);
      menuItem(s, 'Help', 'About Closed Set');

      const win = s.windows[0]!;
      expect(menuItem(s, 'Edit', 'Undo').accelerator).toBe('CmdOrCtrl+Z');
      expect(menuItem(s, 'Edit', 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
      menuItem(s, 'Edit', 'Undo').click();
      menuItem(s, 'Edit', 'Redo').click();
      menuItem(s, 'View', 'Keyboard Shortcuts').click();
      expect(win.webContents.sent).toEqual([
        { channel: 'menu:action', payload: { action: 'undo' } },
        { channel: 'menu:action', payload: { action: 'redo' } },
        { channel: 'menu:action', payload: { action: 'shortcuts' } },
      ]);

      menuItem(s, 'Help', 'Intimacy coordination guidance (SAG-AFTRA)').click();
      expect(s.externalOpened).toHaveLength(1);
      expect(s.externalOpened[0]).toMatch(/^https:\/\/www\.sagaftra\.org\//);

      // Open… a file that is not a production: a message box says so, and the open production stays.
      const foreign = join(userData, 'holiday photos.closedset');
      writeFileSync(foreign, 'This is not a database at all, just some text that happens to be long enough. '.repeat(20));
      s.nextOpenPath = foreign;
      menuItem(s, 'File', 'Open…').click();
      await vi.waitFor(() => expect(s.dialogs.some((d) => d.kind === 'message')).toBe(true));
      const open = s.dialogs.find((d) => d.kind === 'open')!;
      expect(open.options.filters).toEqual([{ name: 'Closed Set production', extensions: ['closedset'] }]);
      const message = s.dialogs.find((d) => d.kind === 'message')!.options;
      expect(message.type).toBe('error');
      expect(message.detail).toContain('holiday photos.closedset');
      expect(message.detail).toMatch(/not a Closed Set production|damaged/);
      expect(win.title).toBe('The Quiet Hours — Sample production.closedset — Closed Set');

      // New production…: the save dialog's path is created, the window reloads it and the title follows.
      s.nextSavePath = join(userData, 'Episode 5');
      menuItem(s, 'File', 'New production…').click();
      await vi.waitFor(() => expect(win.webContents.sent.some((m) => m.channel === 'document:opened')).toBe(true));
      const opened = win.webContents.sent.find((m) => m.channel === 'document:opened')!.payload as any;
      expect(opened.info.fileName).toBe('Episode 5.closedset');
      expect(existsSync(join(userData, 'Episode 5.closedset'))).toBe(true);
      expect(win.title).toMatch(/ — Episode 5\.closedset — Closed Set$/);
      expect(menuItem(s, 'File', 'Open Recent').submenu.map((i: any) => i.toolTip)).toEqual([
        join(userData, 'Episode 5.closedset'),
        join(userData, 'Sample production.closedset'),
      ]);

      // Close production: the window is told, the title goes back to the app name, and the items that need a document are disabled.
      menuItem(s, 'File', 'Close production').click();
      await vi.waitFor(() => expect(win.webContents.sent.at(-1)).toEqual({ channel: 'document:opened', payload: null }));
      expect(win.title).toBe('Closed Set');
      expect(menuItem(s, 'File', 'Save a Copy As…').enabled).toBe(false);
    } finally {
      quit(s);
    }
  });

  it('opens a .closedset given on the command line, and one passed to a second instance', async () => {
    const dir = tempDir();
    const first = join(dir, 'Block 3.closedset');
    const { s } = await launch({ argv: ['--enable-logging', first] });
    try {
      const win = s.windows[0]!;
      expect(existsSync(first)).toBe(true);
      expect(win.title).toMatch(/ — Block 3\.closedset — Closed Set$/);

      // A second launch with another file: the first instance opens it and comes to the front.
      const second = join(dir, 'Block 4.closedset');
      s.app.emit('second-instance', {}, ['/opt/Closed Set/closed-set', second], dir);
      // Block 4 does not exist: opening it from the OS says so rather than creating it silently.
      await vi.waitFor(() => expect(s.dialogs.some((d) => d.kind === 'message')).toBe(true));
      expect(s.dialogs.find((d) => d.kind === 'message')!.options.detail).toContain('Block 4.closedset');
      expect(win.focused).toBeGreaterThan(0);

      // Now an existing one, by a relative path from the second instance's working folder.
      s.app.emit('second-instance', {}, ['/opt/Closed Set/closed-set', '--flag', 'Block 3.closedset'], dir);
      await vi.waitFor(() => expect(win.webContents.sent.some((m) => m.channel === 'document:opened')).toBe(true));
      expect((win.webContents.sent.find((m) => m.channel === 'document:opened')!.payload as any).info.path).toBe(first);
    } finally {
      quit(s);
    }
  });

  it('a second instance hands over and quits without opening anything', async () => {
    const { s } = await launch({ singleInstanceLock: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(s.app.quitCalls).toBe(1);
    expect(s.windows).toHaveLength(0);
    expect(s.ipcHandlers.size).toBe(0);
    expect(s.calls).not.toContain('whenReady');
  });

  it('quits when the last window closes (except on macOS)', async () => {
    const { s } = await launch();
    s.app.emit('window-all-closed');
    expect(s.app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
    quit(s);
  });
});
