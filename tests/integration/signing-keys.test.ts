import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateIdentity, summarizeCertificate } from '../../electron/main/signing/identity';
import { IDENTITY_FILE_NAME, type OsKeychain, loadIdentity, saveIdentity, storedCertificate } from '../../electron/main/signing/keyStore';
import { importP12 } from '../../electron/main/signing/p12';
import { signSheetPdf } from '../../electron/main/signing/signSheetPdf';
import { verifySheetPdf } from '../../electron/main/signing/verifySheetPdf';
import { pdfsig, plainPdf, sheetJsonFor } from '../support/signing';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../fixtures/signing');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const HASH = 'd'.repeat(64);

/** Stands in for Electron's safeStorage (the one Electron API the key store uses): a reversible cipher. */
const keychain: OsKeychain = {
  plainTextFallback: false,
  encrypt: async (text) => Buffer.from(Array.from(Buffer.from(text, 'utf8'), (b) => b ^ 0x5a)),
  decrypt: async (bytes) => Buffer.from(bytes.map((b) => b ^ 0x5a)).toString('utf8'),
};

async function signsValidly(identity: Awaited<ReturnType<typeof generateIdentity>>) {
  const signed = await signSheetPdf(await plainPdf(1), { sheetJson: sheetJsonFor(HASH), identity, signerName: 'Coordinator', reason: 'test' });
  const verdict = await verifySheetPdf(signed, {
    certificates: [summarizeCertificate(identity.certificateDer)],
    versions: [{ sceneId: 's', number: 1, hash: HASH }],
  });
  return { verdict, report: pdfsig(tempDir(), signed) };
}

describe('the signing key at rest', () => {
  it('is stored encrypted under a passphrase and unlocks only with it', async () => {
    const identity = await generateIdentity('Alex Moreau');
    const summary = await saveIdentity(tempDir(), identity, { kind: 'passphrase', passphrase: 'closed set 2026' });
    const file = readFileSync(join(tempDir(), IDENTITY_FILE_NAME));
    // Neither the key's DER nor its base64 is anywhere in the file.
    expect(file.includes(Buffer.from(identity.privateKeyPkcs8))).toBe(false);
    expect(file.toString('utf8')).not.toContain(Buffer.from(identity.privateKeyPkcs8).toString('base64').slice(0, 40));
    expect(storedCertificate(tempDir())).toMatchObject({ protection: 'passphrase', certificate: { subjectName: 'Alex Moreau', fingerprint: summary.fingerprint } });

    await expect(loadIdentity(tempDir(), { passphrase: 'closed set 2025' })).rejects.toThrow('Wrong passphrase for the signing key.');
    await expect(loadIdentity(tempDir(), {})).rejects.toThrow('protected by a passphrase');
    const unlocked = await loadIdentity(tempDir(), { passphrase: 'closed set 2026' });
    expect((await signsValidly(unlocked)).verdict.status).toBe('valid');
  });

  it('refuses a short passphrase and says there is no certificate yet', async () => {
    const identity = await generateIdentity('Alex Moreau');
    await expect(saveIdentity(tempDir(), identity, { kind: 'passphrase', passphrase: 'short' })).rejects.toThrow('at least 8 characters');
    expect(storedCertificate(tempDir())).toBeNull();
    await expect(loadIdentity(tempDir(), { passphrase: 'whatever1' })).rejects.toThrow('There is no signing certificate yet');
  });

  it('is stored through the OS keychain in the desktop app, and needs it to unlock', async () => {
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(tempDir(), identity, { kind: 'keychain', keychain });
    expect(storedCertificate(tempDir())?.protection).toBe('keychain');
    await expect(loadIdentity(tempDir(), { passphrase: 'anything at all' })).rejects.toThrow('system keychain');
    expect((await signsValidly(await loadIdentity(tempDir(), { keychain }))).verdict.status).toBe('valid');
  });

  it('a damaged identity file is reported, not used', async () => {
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(tempDir(), identity, { kind: 'passphrase', passphrase: 'closed set 2026' });
    const path = join(tempDir(), IDENTITY_FILE_NAME);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 50));
    expect(() => storedCertificate(tempDir())).toThrow('is damaged');
  });
});

describe('importing a .p12', () => {
  it('reads an RSA key and certificate (OpenSSL 3 defaults: AES-256, PBKDF2) and signs sheets pdfsig accepts', async () => {
    const identity = await importP12(fixture('coordinator-rsa.p12'), 'rehearsal-2026');
    expect(summarizeCertificate(identity.certificateDer)).toMatchObject({ subjectName: 'Sam Okafor', keyAlgorithm: 'RSA' });
    const { verdict, report } = await signsValidly(identity);
    expect(verdict.status).toBe('valid');
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
  });

  it('reads a legacy (3DES/RC2) .p12 and an ECDSA P-256 one', async () => {
    expect(summarizeCertificate((await importP12(fixture('coordinator-rsa-legacy.p12'), 'rehearsal-2026')).certificateDer).subjectName).toBe('Sam Okafor');
    const ec = await importP12(fixture('coordinator-ec.p12'), 'rehearsal-2026');
    expect(summarizeCertificate(ec.certificateDer).keyAlgorithm).toBe('ECDSA P-256');
    expect((await signsValidly(ec)).verdict.status).toBe('valid');
  });

  it('says when the passphrase is wrong, and when the file is not a .p12', async () => {
    await expect(importP12(fixture('coordinator-rsa.p12'), 'wrong')).rejects.toThrow('Wrong passphrase for this .p12 file.');
    await expect(importP12(fixture('coordinator-rsa-legacy.p12'), 'wrong')).rejects.toThrow('Wrong passphrase for this .p12 file.');
    await expect(importP12(await plainPdf(1), 'rehearsal-2026')).rejects.toThrow('not a .p12');
    await expect(importP12(new Uint8Array(0), '')).rejects.toThrow('not a .p12');
  });
});
