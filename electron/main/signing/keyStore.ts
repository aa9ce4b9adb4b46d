import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import { Passphrase } from '../../../shared/signing/status';
import { type CertificateSummary, type SigningIdentity, identityFromParts, summarizeCertificate } from './identity';

/**
 * The coordinator's signing identity at rest, in the user-data folder (never in a production file):
 * the certificate in the clear, the private key encrypted either by the OS keychain through Electron's
 * safeStorage or, where there is none (browser host, command line), by a passphrase (scrypt →
 * AES-256-GCM). The plaintext key is never written to disk.
 */
export const IDENTITY_FILE_NAME = 'signing-identity.json';

/** Electron's safeStorage, reduced to what is used (electron/main/signing/safeStorage.ts). */
export interface OsKeychain {
  encrypt(plainText: string): Promise<Buffer>;
  decrypt(encrypted: Buffer): Promise<string>;
  /** True when the OS offers no keychain and Electron would only obfuscate the key (Linux "basic_text"). */
  readonly plainTextFallback: boolean;
}

export type KeyProtection = { readonly kind: 'keychain'; readonly keychain: OsKeychain } | { readonly kind: 'passphrase'; readonly passphrase: string };

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const StoredIdentity = z.object({
  format: z.literal(1),
  certificate: b64,
  key: z.discriminatedUnion('protection', [
    z.object({ protection: z.literal('keychain'), encrypted: b64 }),
    z.object({
      protection: z.literal('passphrase'),
      kdf: z.object({ name: z.literal('scrypt'), salt: b64, N: z.number().int(), r: z.number().int(), p: z.number().int() }),
      iv: b64,
      tag: b64,
      encrypted: b64,
    }),
  ]),
});
type StoredIdentity = z.infer<typeof StoredIdentity>;

const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;
const WRONG_PASSPHRASE = 'Wrong passphrase for the signing key.';

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 128 * params.N * params.r * 2 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** The steps of replacing the identity file; a test fails between them to stand in for a crash. */
export type WriteStep = 'written' | 'synced' | 'renamed';
export interface SaveOptions {
  readonly afterStep?: (step: WriteStep) => void;
}

/**
 * Writes the identity, encrypted, replacing any stored one: the new file is written beside the old,
 * flushed to disk, then renamed over it, so a crash at any moment leaves either the old key or the new
 * one, whole. The encrypted key is unlocked in memory before anything is written: a keychain that
 * returns something it cannot read back never replaces a key that works.
 */
export async function saveIdentity(dir: string, identity: SigningIdentity, protection: KeyProtection, options: SaveOptions = {}): Promise<CertificateSummary> {
  const pkcs8 = Buffer.from(identity.privateKeyPkcs8);
  let key: StoredIdentity['key'];
  if (protection.kind === 'keychain') {
    key = { protection: 'keychain', encrypted: (await protection.keychain.encrypt(pkcs8.toString('base64'))).toString('base64') };
  } else {
    // The rules for a new passphrase (shared/signing/status.ts), enforced where the key is written.
    const rule = Passphrase.safeParse(protection.passphrase);
    if (!rule.success) throw new AppError('invalid-argument', `${rule.error.issues[0]?.message ?? 'This passphrase cannot protect the key'}.`);
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await deriveKey(protection.passphrase, salt, SCRYPT), iv);
    const encrypted = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    key = {
      protection: 'passphrase',
      kdf: { name: 'scrypt', salt: salt.toString('base64'), ...SCRYPT },
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      encrypted: encrypted.toString('base64'),
    };
  }
  const readBack = await unlockKey(key, protection.kind === 'keychain' ? { keychain: protection.keychain } : { passphrase: protection.passphrase }).catch(() => null);
  if (!readBack?.equals(pkcs8)) throw new AppError('io', 'The signing key could not be read back after encrypting it, so nothing was changed.');
  const stored: StoredIdentity = { format: 1, certificate: Buffer.from(identity.certificateDer).toString('base64'), key };
  replaceAtomically(join(dir, IDENTITY_FILE_NAME), JSON.stringify(stored, null, 2), options.afterStep);
  return summarizeCertificate(identity.certificateDer);
}

/**
 * Re-encrypts the stored key under another protection, the certificate unchanged. The key is unlocked
 * first (a wrong passphrase throws and nothing is written), then saved as saveIdentity saves.
 */
export async function changeKeyProtection(dir: string, unlock: Unlock, protection: KeyProtection, options: SaveOptions = {}): Promise<CertificateSummary> {
  return saveIdentity(dir, await loadIdentity(dir, unlock), protection, options);
}

/** New file (its own name, owner-only), fsync, rename over the old one, fsync the folder so the rename lasts. */
function replaceAtomically(path: string, text: string, afterStep?: (step: WriteStep) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.saving`;
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeFileSync(fd, text);
      afterStep?.('written');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    afterStep?.('synced');
    renameSync(temp, path);
  } catch (error) {
    // A failure (not a crash) cleans up; after a crash the stray temp file is ignored by every reader.
    rmSync(temp, { force: true });
    throw error;
  }
  afterStep?.('renamed');
  try {
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Windows cannot open a folder for fsync; its rename is already written through.
  }
}

function readStored(dir: string): StoredIdentity | null {
  const path = join(dir, IDENTITY_FILE_NAME);
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('file-damaged', `The stored signing certificate (${path}) is damaged: create or import it again.`);
  }
  const result = StoredIdentity.safeParse(parsed);
  if (!result.success) throw new AppError('file-damaged', `The stored signing certificate (${path}) is not readable by this version of Closed Set.`);
  return result.data;
}

/** The stored certificate and how its key is protected, without unlocking it (null when there is none). */
export function storedCertificate(dir: string): { certificate: CertificateSummary; certificateDer: Uint8Array; protection: 'keychain' | 'passphrase' } | null {
  const stored = readStored(dir);
  if (!stored) return null;
  const der = new Uint8Array(Buffer.from(stored.certificate, 'base64'));
  return { certificate: summarizeCertificate(der), certificateDer: der, protection: stored.key.protection };
}

export type Unlock = { readonly keychain?: OsKeychain | undefined; readonly passphrase?: string | undefined };

/** Unlocks the stored identity for one signing. */
export async function loadIdentity(dir: string, unlock: Unlock): Promise<SigningIdentity> {
  const stored = readStored(dir);
  if (!stored) throw new AppError('not-found', 'There is no signing certificate yet: create one or import a .p12 file first.');
  const certificateDer = new Uint8Array(Buffer.from(stored.certificate, 'base64'));
  return identityFromParts(certificateDer, new Uint8Array(await unlockKey(stored.key, unlock)));
}

/** The PKCS#8 key out of its stored, encrypted form. */
async function unlockKey(key: StoredIdentity['key'], unlock: Unlock): Promise<Buffer> {
  if (key.protection === 'keychain') {
    if (!unlock.keychain) throw new AppError('invalid-argument', 'The signing key is kept in the desktop app’s system keychain and can only be used there.');
    try {
      return Buffer.from(await unlock.keychain.decrypt(Buffer.from(key.encrypted, 'base64')), 'base64');
    } catch {
      throw new AppError('io', 'The system keychain could not unlock the signing key (was it created under another user account?).');
    }
  }
  if (unlock.passphrase === undefined) throw new AppError('invalid-argument', 'The signing key is protected by a passphrase: enter it to sign.');
  const { kdf, iv, tag, encrypted } = key;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(unlock.passphrase, Buffer.from(kdf.salt, 'base64'), kdf), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  } catch {
    throw new AppError('wrong-passphrase', WRONG_PASSPHRASE);
  }
}

/** Forgets the stored identity (the certificates a production recorded stay there). */
export function removeIdentity(dir: string): void {
  rmSync(join(dir, IDENTITY_FILE_NAME), { force: true });
}
