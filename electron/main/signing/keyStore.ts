import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';
import { type CertificateSummary, type SigningIdentity, identityFromParts, summarizeCertificate } from './identity';

/**
 * The coordinator's signing identity at rest, in the user-data folder (never in a production file):
 * the certificate in the clear, the private key encrypted either by the OS keychain through Electron's
 * safeStorage or, where there is none (browser host, command line), by a passphrase (scrypt →
 * AES-256-GCM). The plaintext key is never written to disk.
 */
export const IDENTITY_FILE_NAME = 'signing-identity.json';

/** Electron's safeStorage, reduced to what is used (electron/main/signing/safeStorageAdapter.ts). */
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
export const MIN_PASSPHRASE_LENGTH = 8;

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 128 * params.N * params.r * 2 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Writes the identity, encrypted, replacing any stored one (through a temporary file, so a crash leaves the old one). */
export async function saveIdentity(dir: string, identity: SigningIdentity, protection: KeyProtection): Promise<CertificateSummary> {
  const pkcs8 = Buffer.from(identity.privateKeyPkcs8);
  let key: StoredIdentity['key'];
  if (protection.kind === 'keychain') {
    key = { protection: 'keychain', encrypted: (await protection.keychain.encrypt(pkcs8.toString('base64'))).toString('base64') };
  } else {
    if (protection.passphrase.length < MIN_PASSPHRASE_LENGTH) {
      throw new AppError('invalid-argument', `The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    }
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
  const stored: StoredIdentity = { format: 1, certificate: Buffer.from(identity.certificateDer).toString('base64'), key };
  const path = join(dir, IDENTITY_FILE_NAME);
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.saving`;
  writeFileSync(temp, JSON.stringify(stored, null, 2), { mode: 0o600 });
  renameSync(temp, path);
  return summarizeCertificate(identity.certificateDer);
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

/** Unlocks the stored identity for one signing. */
export async function loadIdentity(dir: string, unlock: { keychain?: OsKeychain; passphrase?: string }): Promise<SigningIdentity> {
  const stored = readStored(dir);
  if (!stored) throw new AppError('not-found', 'There is no signing certificate yet: create one or import a .p12 file first.');
  const certificateDer = new Uint8Array(Buffer.from(stored.certificate, 'base64'));
  let pkcs8: Buffer;
  if (stored.key.protection === 'keychain') {
    if (!unlock.keychain) throw new AppError('invalid-argument', 'The signing key is kept in the desktop app’s system keychain and can only be used there.');
    try {
      pkcs8 = Buffer.from(await unlock.keychain.decrypt(Buffer.from(stored.key.encrypted, 'base64')), 'base64');
    } catch {
      throw new AppError('io', 'The system keychain could not unlock the signing key (was it created under another user account?).');
    }
  } else {
    if (unlock.passphrase === undefined) throw new AppError('invalid-argument', 'The signing key is protected by a passphrase: enter it to sign.');
    const { kdf, iv, tag, encrypted } = stored.key;
    try {
      const decipher = createDecipheriv('aes-256-gcm', await deriveKey(unlock.passphrase, Buffer.from(kdf.salt, 'base64'), kdf), Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      pkcs8 = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
    } catch {
      throw new AppError('invalid-argument', 'Wrong passphrase for the signing key.');
    }
  }
  return identityFromParts(certificateDer, new Uint8Array(pkcs8));
}

/** Forgets the stored identity (the certificates a production recorded stay there). */
export function removeIdentity(dir: string): void {
  rmSync(join(dir, IDENTITY_FILE_NAME), { force: true });
}
