/** Error codes every IPC answer may carry; the UI shows `message` and picks its tone by `code`. */
export const ERROR_CODES = [
  'invalid-argument',
  'unknown-channel',
  'forbidden-sender',
  'too-large',
  'no-document',
  'not-found',
  /** The edit breaks a rule that nothing may break (shared/rules, severity `block`): nothing was written. */
  'refused',
  'file-foreign',
  'file-damaged',
  'file-newer',
  'file-missing',
  'file-busy',
  /** A review copy or comments file whose content no longer matches its integrity hash. */
  'file-tampered',
  /** A review copy: nothing in it can be changed. */
  'read-only',
  /** A passphrase that does not open the signing key (or a .p12 file): nothing was changed. */
  'wrong-passphrase',
  'cancelled',
  'io',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
}

/** A failure the user can understand: a code for the UI and a sentence saying what happened and what to do. */
export class AppError extends Error implements AppErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

/** Every channel answers with this envelope, so structured errors survive Electron's IPC (which flattens thrown errors). */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };
