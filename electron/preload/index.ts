// The sandboxed preload: the renderer's only door to main. It exposes `window.closedSet` with exactly
// the contract's channels and events. ipcRenderer itself, and the IPC event objects (which carry
// `sender`), never reach the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES, type EventName } from '../../shared/ipc/channels';
import type { ClosedSetBridge } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';

const channels: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const events: ReadonlySet<string> = new Set(EVENT_NAMES);

function refused(code: 'unknown-channel', message: string): Promise<Envelope<never>> {
  return Promise.resolve({ ok: false, error: { code, message } });
}

const bridge: ClosedSetBridge = {
  invoke(channel, args) {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return refused('unknown-channel', `“${String(channel).slice(0, 80)}” is not something Closed Set can do.`);
    }
    return ipcRenderer.invoke(channel, args);
  },
  on(event, listener) {
    if (typeof event !== 'string' || !events.has(event) || typeof listener !== 'function') {
      throw new TypeError(`“${String(event).slice(0, 80)}” is not an event Closed Set sends.`);
    }
    const name: EventName = event;
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => (listener as (p: unknown) => void)(payload);
    ipcRenderer.on(name, wrapped);
    return () => {
      ipcRenderer.removeListener(name, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('closedSet', Object.freeze(bridge));
