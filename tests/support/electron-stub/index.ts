// A stand-in for the `electron` module, for loading the built main bundle (and the preload) under
// plain Node, where the Electron binary does not exist. It records what the app asks of Electron —
// windows and their options, protocol handlers, IPC handlers, the menu, session hooks, dialogs — so a
// test can assert on it and call the recorded handlers as Electron would.
//
// The state lives on globalThis: `vi.resetModules()` re-evaluates this file for each fresh import of
// the bundle, and the test and the bundle must still see the same recording.
import { EventEmitter } from 'node:events';

export interface FrameStub {
  url: string;
  parent: FrameStub | null;
}

export class WebContentsStub extends EventEmitter {
  static nextId = 1;
  readonly id = WebContentsStub.nextId++;
  mainFrame: FrameStub = { url: 'app://closed-set/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
}

export class BrowserWindowStub extends EventEmitter {
  readonly webContents = new WebContentsStub();
  loadedUrl: string | null = null;
  title: string;
  visible = false;
  focused = 0;
  constructor(readonly options: Record<string, any>) {
    super();
    this.title = String(options.title ?? '');
    const s = stubState();
    s.windows.push(this);
    s.calls.push('new BrowserWindow');
    // As in Electron: every new web contents is announced on `app`.
    s.app.emit('web-contents-created', { preventDefault() {} }, this.webContents);
  }
  static getAllWindows(): BrowserWindowStub[] {
    return stubState().windows.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): BrowserWindowStub | null {
    return BrowserWindowStub.getAllWindows()[0] ?? null;
  }
  destroyed = false;
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  setTitle(title: string): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused++;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type BeforeRequestHandler = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export interface DialogCall {
  kind: 'open' | 'save' | 'message' | 'errorBox';
  options: Record<string, any>;
}

export interface StubOptions {
  userData: string;
  singleInstanceLock?: boolean;
  isPackaged?: boolean;
}

function createState(options: StubOptions) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    name: 'Closed Set',
    quitCalls: 0,
  });
  return {
    options,
    app,
    /** The order of the calls that must happen before `ready`. */
    calls: [] as string[],
    windows: [] as BrowserWindowStub[],
    privilegedSchemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    protocolHandlers: new Map<string, (request: { url: string; method: string }) => Promise<Response>>(),
    ipcHandlers: new Map<string, (event: unknown, args: unknown) => unknown>(),
    menu: null as null | { template: any[] },
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
    beforeRequest: null as BeforeRequestHandler | null,
    externalOpened: [] as string[],
    /** Paths given to shell.openPath (the system viewer). */
    pathsOpened: [] as string[],
    dialogs: [] as DialogCall[],
    /** What the next open/save dialog answers (null: cancelled). */
    nextOpenPath: null as string | null,
    nextSavePath: null as string | null,
  };
}
export type StubState = ReturnType<typeof createState>;

const KEY = Symbol.for('closed-set.electron-stub');
type Holder = { [KEY]?: StubState };

export function resetStub(options: StubOptions): StubState {
  const state = createState(options);
  (globalThis as Holder)[KEY] = state;
  return state;
}

export function stubState(): StubState {
  const state = (globalThis as Holder)[KEY];
  if (!state) throw new Error('electron stub: call resetStub() before loading the bundle');
  return state;
}

/** The module object `import … from 'electron'` receives. */
export function electronModule() {
  const app = new Proxy(
    {},
    {
      get(_target, prop) {
        const s = stubState();
        const a = s.app;
        const methods: Record<string, unknown> = {
          requestSingleInstanceLock: () => {
            s.calls.push('requestSingleInstanceLock');
            return s.options.singleInstanceLock ?? true;
          },
          enableSandbox: () => s.calls.push('enableSandbox'),
          whenReady: () => {
            s.calls.push('whenReady');
            return Promise.resolve();
          },
          getPath: (name: string) => {
            if (name !== 'userData') throw new Error(`electron stub: getPath(${name}) is not stubbed`);
            return s.options.userData;
          },
          getVersion: () => '0.1.0',
          getName: () => a.name,
          quit: () => {
            a.quitCalls++;
          },
          on: (event: string, listener: (...args: any[]) => void) => {
            a.on(event, listener);
            return app;
          },
          once: (event: string, listener: (...args: any[]) => void) => {
            a.once(event, listener);
            return app;
          },
          setAboutPanelOptions: () => {},
          showAboutPanel: () => {},
        };
        if (prop in methods) return methods[prop as string];
        if (prop === 'isPackaged') return a.isPackaged;
        if (prop === 'name') return a.name;
        throw new Error(`electron stub: app.${String(prop)} is not stubbed`);
      },
    },
  );

  const protocol = {
    registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
      stubState().calls.push('registerSchemesAsPrivileged');
      stubState().privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) {
      stubState().protocolHandlers.set(scheme, handler);
    },
  };

  const ipcMain = {
    handle(channel: string, listener: (event: unknown, args: unknown) => unknown) {
      const handlers = stubState().ipcHandlers;
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };

  const defaultSession = {
    setPermissionRequestHandler: (h: PermissionRequestHandler) => void (stubState().permissionRequestHandler = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => void (stubState().permissionCheckHandler = h),
    setDevicePermissionHandler: (h: (...args: unknown[]) => boolean) => void (stubState().devicePermissionHandler = h),
    webRequest: { onBeforeRequest: (h: BeforeRequestHandler) => void (stubState().beforeRequest = h) },
  };

  const dialog = {
    async showOpenDialog(...args: any[]) {
      const s = stubState();
      s.dialogs.push({ kind: 'open', options: args.at(-1) });
      return s.nextOpenPath ? { canceled: false, filePaths: [s.nextOpenPath] } : { canceled: true, filePaths: [] };
    },
    async showSaveDialog(...args: any[]) {
      const s = stubState();
      s.dialogs.push({ kind: 'save', options: args.at(-1) });
      return s.nextSavePath ? { canceled: false, filePath: s.nextSavePath } : { canceled: true, filePath: '' };
    },
    async showMessageBox(...args: any[]) {
      stubState().dialogs.push({ kind: 'message', options: args.at(-1) });
      return { response: 0, checkboxChecked: false };
    },
    showErrorBox(title: string, content: string) {
      stubState().dialogs.push({ kind: 'errorBox', options: { title, content } });
    },
  };

  const Menu = {
    buildFromTemplate: (template: any[]) => ({ template }),
    setApplicationMenu: (menu: { template: any[] } | null) => void (stubState().menu = menu),
  };

  const shell = {
    openExternal: async (url: string) => void stubState().externalOpened.push(url),
    openPath: async (path: string) => {
      stubState().pathsOpened.push(path);
      return '';
    },
  };

  const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

  const module = {
    app,
    BrowserWindow: BrowserWindowStub,
    Menu,
    dialog,
    ipcMain,
    nativeTheme,
    protocol,
    session: { defaultSession },
    shell,
  };
  return { ...module, default: module };
}

/** A stand-in for the preload's `require('electron')`: contextBridge and ipcRenderer, recorded. */
export function preloadElectronModule() {
  const exposed = new Map<string, unknown>();
  const invoked: Array<{ channel: string; args: unknown }> = [];
  const listeners = new EventEmitter();
  const module = {
    contextBridge: {
      exposeInMainWorld(key: string, api: unknown) {
        exposed.set(key, api);
      },
    },
    ipcRenderer: {
      invoke(channel: string, args: unknown) {
        invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: `answer to ${channel}` });
      },
      on(channel: string, listener: (...args: unknown[]) => void) {
        listeners.on(channel, listener);
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void) {
        listeners.removeListener(channel, listener);
      },
    },
  };
  /** What main's `webContents.send(channel, payload)` looks like from the preload's side. */
  const emitFromMain = (channel: string, payload: unknown) => listeners.emit(channel, { sender: 'the ipcRenderer object' }, payload);
  return { module, exposed, invoked, listeners, emitFromMain };
}
