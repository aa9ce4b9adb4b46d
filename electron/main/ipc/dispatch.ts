import type { z } from 'zod';
import { LIMITS } from '../../../shared/domain/limits';
import { contract, REQUEST_BYTE_LIMITS, type Channel, type Handlers } from '../../../shared/ipc/contract';
import { AppError, type Envelope } from '../../../shared/ipc/errors';

/** No real request nests this deep (a pose inside a patch inside a command is about seven levels). */
export const MAX_REQUEST_DEPTH = 32;
/** Every value costs at least two characters of JSON, so more than this cannot fit the byte limit. */
const MAX_REQUEST_VALUES = LIMITS.requestBytes / 2;

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
    checkRequestSize(rawArgs, REQUEST_BYTE_LIMITS[channel] ?? LIMITS.requestBytes);
    const args = rawArgs ?? {};
    const parsed = contract[channel].args.safeParse(args);
    if (!parsed.success) throw new AppError('invalid-argument', describeIssues(parsed.error, channel, args));
    const handler = handlers[channel] as (args: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toJSON() };
    log(e);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Closed Set; the last change may not have been saved. Details are in the log.' } };
  }
}

/**
 * What was wrong with the argument, issue by issue, naming the command (or channel) and the field:
 * "beat.update: patch.counts: Counts must be a number", "performer.update: id is required".
 */
export function describeIssues(error: z.ZodError, channel: string, args: unknown): string {
  const messages = error.issues.map((issue) => describeIssue(issue, channel, args));
  return [...new Set(messages)].slice(0, 5).join('; ');
}

const EXPECTED: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list' };

function describeIssue(issue: z.core.$ZodIssue, channel: string, args: unknown): string {
  let subject = channel;
  let path = issue.path;
  const command = channel === 'command:apply' ? (args as { command?: { type?: unknown } } | null)?.command : undefined;
  if (command && path[0] === 'command' && (path.length > 1 || typeof command.type === 'string')) {
    // A command with no known type has no fields to speak of: say which type was not understood.
    if (issue.code === 'invalid_union' && path.length === 2 && path[1] === 'type') {
      return typeof command.type === 'string' ? `“${command.type.slice(0, 80)}” is not a command Closed Set knows` : 'A command needs a type';
    }
    subject = String(command.type);
    path = path.slice(1);
  }
  const field = path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return [subject, field, `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`].filter(Boolean).join(': ');
  }
  if (issue.code === 'invalid_type' && field) {
    if (valueAt(args, issue.path) === undefined) return `${subject}: ${field} is required`;
    // zod's own wording ("Invalid input: expected string, received number") is replaced; ours is kept.
    if (issue.message.startsWith('Invalid input')) return `${subject}: ${field} must be ${EXPECTED[issue.expected] ?? issue.expected}`;
  }
  return [subject, field, issue.message].filter(Boolean).join(': ');
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);
}

/**
 * Refuses a request nested too deeply or too large before anything else reads it. Walks the value
 * with its own stack (JSON.stringify would overflow on deep nesting), counting values so an object
 * that repeats itself many times, or contains itself, cannot keep main busy.
 */
function checkRequestSize(value: unknown, limit: number): void {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  let bytes = 0;
  const tooLarge = (size: string) => new AppError('too-large', `That request is too large (${size}; the limit is ${limit / 1000} KB). Nothing was changed.`);
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++values > MAX_REQUEST_VALUES) throw tooLarge(`more than ${MAX_REQUEST_VALUES.toLocaleString('en')} values`);
    if (typeof v === 'string') bytes += v.length + 3;
    else if (v === null || typeof v !== 'object') bytes += String(v).length + 1;
    else {
      if (depth >= MAX_REQUEST_DEPTH) {
        throw new AppError('invalid-argument', `That request is nested too deeply (more than ${MAX_REQUEST_DEPTH} levels). Nothing was changed.`);
      }
      for (const [key, child] of Object.entries(v)) {
        bytes += key.length + 4;
        stack.push([child, depth + 1]);
      }
    }
  }
  if (bytes > limit) throw tooLarge(`${Math.round(bytes / 1024)} KB`);
}
