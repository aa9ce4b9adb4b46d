import type { ArgsOf, Channel, ClosedSetBridge, EventName, EventPayloads, ResultOf } from '../../../shared/ipc/contract';
import { AppError, type Envelope, type ErrorCode } from '../../../shared/ipc/errors';

export { AppError };

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer is served by the browser host. */
    closedSet?: ClosedSetBridge;
  }
}

/** The browser host injects this per-run token into the served index.html; Electron has none. */
function hostToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="closed-set-token"]');
  return meta?.content ?? '';
}

async function invokeOverHttp<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Envelope<ResultOf<C>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-closed-set-token': hostToken() },
      body: JSON.stringify(args),
    });
  } catch {
    return { ok: false, error: { code: 'io', message: 'The app host is not answering. Restart Closed Set and try again.' } };
  }
  try {
    return (await response.json()) as Envelope<ResultOf<C>>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The app host sent an unreadable answer (HTTP ${response.status}).` } };
  }
}

/** Calls one contract channel and unwraps its envelope; a failure throws an AppError with main's message. */
export async function invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  const bridge = window.closedSet;
  const envelope = bridge ? await bridge.invoke(channel, args) : await invokeOverHttp(channel, args);
  if (envelope.ok) return envelope.value;
  throw new AppError(envelope.error.code, envelope.error.message);
}

/** Subscribes to a main-process event (Electron only; the browser host sends none). Returns an unsubscribe. */
export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void {
  const bridge = window.closedSet;
  if (!bridge) return () => {};
  return bridge.on(name, listener);
}

export function isHostedInElectron(): boolean {
  return !!window.closedSet;
}

/** Turns anything thrown into an AppError so the UI always has a code and a readable message. */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError('internal' as ErrorCode, message || 'Something went wrong.');
}
