// Wires the contract into ipcMain. Every call is checked for its sender first (the main frame of our
// own window, showing our own UI), then handed to `dispatch`, which validates and runs it.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type EventName, type EventPayloads, type Handlers } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/errors';
import { isAppUrl } from '../security';
import { dispatch } from './dispatch';

export const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden-sender', message: 'This request did not come from the Closed Set window, so it was refused.' },
};

/** True only for the top frame of one of our windows, currently showing app://closed-set/. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, windows: () => readonly BrowserWindow[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const owner = windows().find((w) => !w.isDestroyed() && w.webContents === event.sender);
  if (!owner || owner.webContents.mainFrame !== frame) return false;
  return isAppUrl(frame.url);
}

export function registerIpc(handlers: Handlers, windows: () => readonly BrowserWindow[]): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event, windows)) {
        console.warn(`Refused “${channel}” from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return FORBIDDEN_SENDER;
      }
      return dispatch(handlers, channel, args);
    });
  }
}

/** Sends one of the contract's events to a window (ignored when the window is gone). */
export function sendEvent<E extends EventName>(win: BrowserWindow | null | undefined, event: E, payload: EventPayloads[E]): void {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(event, payload);
}
