import { z } from 'zod';
import { LIMITS } from '../../../shared/domain/limits';
import { contract, type Channel, type Handlers } from '../../../shared/ipc/contract';
import { AppError, type Envelope } from '../../../shared/ipc/errors';

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * The one entry point for every call from a window, in Electron and in the browser host: checks the
 * channel, the size and the shape of the argument, runs the handler, and turns every failure into
 * `{code, message}`. Nothing is written unless the argument is valid.
 */
export async function dispatch(handlers: Handlers, channel: unknown, rawArgs: unknown, log: (e: unknown) => void = console.error): Promise<Envelope<unknown>> {
  try {
    if (!isChannel(channel)) throw new AppError('unknown-channel', `“${String(channel).slice(0, 80)}” is not something Closed Set can do.`);
    const size = approximateSize(rawArgs);
    if (size > LIMITS.requestBytes) {
      throw new AppError('too-large', `That request is too large (${Math.round(size / 1024)} KB; the limit is ${LIMITS.requestBytes / 1000} KB). Nothing was changed.`);
    }
    const parsed = contract[channel].args.safeParse(rawArgs ?? {});
    if (!parsed.success) throw new AppError('invalid-argument', describeIssues(parsed.error));
    const handler = handlers[channel] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toJSON() };
    log(e);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Closed Set; the last change may not have been saved. Details are in the log.' } };
  }
}

/** The error messages of a failed parse, with the field path where it helps. */
export function describeIssues(error: z.ZodError): string {
  const messages = error.issues.map((i) => {
    if (i.code === 'invalid_union' && 'errors' in i) return 'That command is not one Closed Set knows, or a field in it is wrong.';
    return i.message;
  });
  return [...new Set(messages)].slice(0, 5).join('; ');
}

function approximateSize(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
