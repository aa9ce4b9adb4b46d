import { z } from 'zod';

/** The coordinator's signing certificate as the app shows it (never the key). */
export interface CertificateInfo {
  readonly subjectName: string;
  /** SHA-256 of the certificate, lowercase hex. */
  readonly fingerprint: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly keyAlgorithm: string;
}

export interface SigningStatus {
  /** The certificate stored in this computer's user-data folder, or null when there is none yet. */
  readonly certificate: CertificateInfo | null;
  /** How its private key is protected. */
  readonly protection: 'keychain' | 'passphrase' | null;
  /**
   * What this host offers for a new key: the OS keychain (desktop app), a keychain that only
   * obfuscates (Linux without a keyring: Electron's "basic_text"), or none (browser host).
   */
  readonly keychain: 'available' | 'plain-text' | 'none';
  /** Whether the open production records this certificate as its coordinator's (null: none open). */
  readonly recordedInProduction: boolean | null;
  /** The name for a new certificate: the production's coordinator (crew), when there is one. */
  readonly suggestedName: string;
}

export const PASSPHRASE_MIN = 8;
/** A passphrase must use at least this many different characters ("aaaaaaaa", "12121212" are refused). */
export const PASSPHRASE_MIN_DISTINCT = 5;
/** Passphrases guessed first by anyone trying (compared case-insensitively, spaces ignored). */
const COMMON_PASSPHRASES = new Set(['password', 'password1', 'password123', 'passphrase', '12345678', '123456789', '1234567890', 'qwertyuiop', 'qwerty123', 'iloveyou', 'letmein1', 'abcdefgh', 'abcd1234', 'closedset', 'changeme']);

/** A new passphrase for the signing key: long enough, not one or two characters repeated, not a well-known one. */
export const Passphrase = z
  .string({ error: 'A passphrase must be text' })
  .min(PASSPHRASE_MIN, { error: `A passphrase needs at least ${PASSPHRASE_MIN} characters` })
  .max(1024, { error: 'A passphrase is at most 1024 characters' })
  .refine((p) => new Set(p).size >= PASSPHRASE_MIN_DISTINCT, { error: `A passphrase needs at least ${PASSPHRASE_MIN_DISTINCT} different characters` })
  .refine((p) => !COMMON_PASSPHRASES.has(p.toLowerCase().replaceAll(' ', '')), { error: 'This passphrase is among the first anyone would try: choose another' });
/** A passphrase typed to unlock an existing key (its rules were checked when it was chosen). */
export const CurrentPassphrase = z.string({ error: 'The passphrase must be text' }).max(1024, { error: 'A passphrase is at most 1024 characters' });

/** How the signing key is protected at rest. */
export type KeyProtectionKind = 'keychain' | 'passphrase';

/**
 * Changing how the stored key is protected (File ▸ Signing certificate… ▸ Change protection…): to the
 * system keychain, or to a new passphrase. `currentPassphrase` unlocks a key protected by one; a key in
 * the keychain is unlocked by the keychain.
 */
export const ChangeKeyProtection = z.discriminatedUnion('to', [
  z.object({ to: z.literal('keychain'), currentPassphrase: CurrentPassphrase.optional() }).strict(),
  z
    .object({ to: z.literal('passphrase'), currentPassphrase: CurrentPassphrase.optional(), newPassphrase: Passphrase })
    .strict()
    .refine((c) => c.currentPassphrase === undefined || c.currentPassphrase !== c.newPassphrase, {
      error: 'The new passphrase is the same as the current one',
      path: ['newPassphrase'],
    }),
]);
export type ChangeKeyProtection = z.infer<typeof ChangeKeyProtection>;
export const CertificateName = z
  .string({ error: 'A name must be text' })
  .trim()
  .min(1, { error: 'The name on the certificate is required' })
  .max(64, { error: 'The name on a certificate is at most 64 characters' });

/** Base64 of at most `bytes` bytes. */
export function base64Of(bytes: number, what: string) {
  return z
    .string({ error: `${what} must be sent as base64 text` })
    .max(Math.ceil(bytes / 3) * 4, { error: `${what} is too large (the limit is ${Math.round(bytes / 1_000_000)} MB)` })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: `${what} must be sent as base64 text` });
}

/** The largest sheet the Verify dialog accepts (a 30-beat sheet with stills is a few megabytes). */
export const MAX_VERIFY_PDF_BYTES = 30_000_000;
export const MAX_P12_BYTES = 256 * 1024;
