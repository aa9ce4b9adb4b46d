import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers, Session } from '../../electron/main/services/session';
import { generateIdentity, type SigningIdentity } from '../../electron/main/signing/identity';
import { IDENTITY_FILE_NAME, type WriteStep, changeKeyProtection, loadIdentity, saveIdentity, storedCertificate } from '../../electron/main/signing/keyStore';
import { electronKeychain } from '../../electron/main/signing/safeStorage';
import type { Envelope } from '../../shared/ipc/errors';
import type { SigningStatus } from '../../shared/signing/status';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';

// File ▸ Signing certificate… ▸ Change protection…: the stored key re-encrypted under the keychain or a
// new passphrase, enforced in main. Only the `electron` module is replaced: its safeStorage by a keyed
// XOR (so the key's bytes never appear as they are), with a switch for "no keychain on this computer".
const keychainState = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret' }));
vi.mock('electron', () => {
  const seal = (bytes: Buffer) => Buffer.from(bytes.map((b, i) => b ^ (0x5a + i) % 256));
  return {
    safeStorage: {
      isAsyncEncryptionAvailable: async () => keychainState.available,
      getSelectedStorageBackend: () => keychainState.backend,
      encryptStringAsync: async (text: string) => seal(Buffer.from(text, 'utf8')),
      decryptStringAsync: async (bytes: Buffer) => ({ result: seal(bytes).toString('utf8'), shouldReEncrypt: false }),
    },
  };
});

const tempDir = useTempDir();
const OLD = 'lighthouse keeper';
const NEW = 'harbour pilot 2026';

function host(withKeychain: boolean) {
  const userData = join(tempDir(), withKeychain ? 'electron-user-data' : 'browser-user-data');
  const session = new Session({
    host: withKeychain ? 'electron' : 'browser',
    version: '0.0.0-test',
    platform: process.platform,
    userDataDir: userData,
    samplePath: SAMPLE_PATH,
    ...(withKeychain ? { keychain: electronKeychain } : {}),
  });
  const handlers = createHandlers(session);
  const change = (args: unknown) => dispatch(handlers, 'signing:changeProtection', args, () => {}) as Promise<Envelope<SigningStatus>>;
  return { session, userData, change, file: join(userData, IDENTITY_FILE_NAME) };
}

/** The key is nowhere in the file as it is: neither its DER nor its base64. */
function expectNoClearKey(path: string, identity: SigningIdentity) {
  const bytes = readFileSync(path);
  expect(bytes.includes(Buffer.from(identity.privateKeyPkcs8))).toBe(false);
  expect(bytes.toString('utf8')).not.toContain(Buffer.from(identity.privateKeyPkcs8).toString('base64').slice(20, 60));
}

const error = (r: Envelope<unknown>) => (r.ok ? null : r.error.message);

describe('changing how the signing key is protected (signing:changeProtection)', () => {
  it('keychain → passphrase → new passphrase → keychain: the same certificate throughout, the key never in the clear', async () => {
    const { change, userData, file } = host(true);
    const keychain = (await electronKeychain())!;
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(userData, identity, { kind: 'keychain', keychain });
    const fingerprint = storedCertificate(userData)!.certificate.fingerprint;
    expectNoClearKey(file, identity);

    const toPassphrase = await change({ to: 'passphrase', newPassphrase: OLD });
    expect(error(toPassphrase)).toBeNull();
    expect(toPassphrase.ok && toPassphrase.value).toMatchObject({ protection: 'passphrase', certificate: { fingerprint } });
    expectNoClearKey(file, identity);
    // The keychain no longer opens it; the passphrase does, and it is the same key.
    await expect(loadIdentity(userData, { keychain })).rejects.toThrow('protected by a passphrase');
    expect((await loadIdentity(userData, { passphrase: OLD })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);

    const toNew = await change({ to: 'passphrase', currentPassphrase: OLD, newPassphrase: NEW });
    expect(error(toNew)).toBeNull();
    await expect(loadIdentity(userData, { passphrase: OLD })).rejects.toThrow('Wrong passphrase');
    expect((await loadIdentity(userData, { passphrase: NEW })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);
    expectNoClearKey(file, identity);

    const back = await change({ to: 'keychain', currentPassphrase: NEW });
    expect(back.ok && back.value).toMatchObject({ protection: 'keychain', certificate: { fingerprint } });
    expect((await loadIdentity(userData, { keychain })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);
    expectNoClearKey(file, identity);
    // Only the identity file is left: no temporary file beside it.
    expect(readdirSync(userData)).toEqual([IDENTITY_FILE_NAME]);
  });

  it('a wrong current passphrase is refused in one sentence and nothing changes', async () => {
    const { change, userData, file } = host(true);
    await saveIdentity(userData, await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: OLD });
    const before = readFileSync(file);
    for (const args of [
      { to: 'keychain', currentPassphrase: 'lighthouse keepers' },
      { to: 'passphrase', currentPassphrase: 'lighthouse keepers', newPassphrase: NEW },
    ]) {
      expect(error(await change(args))).toBe('The current passphrase is wrong, so the key’s protection was not changed.');
      expect(readFileSync(file).equals(before)).toBe(true);
    }
    expect(error(await change({ to: 'keychain' }))).toBe('Enter the current passphrase to change how the signing key is protected.');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await loadIdentity(userData, { passphrase: OLD })).certificateDer).toBeTruthy();
  });

  it('validates the payload with the shared rules before touching the key', async () => {
    const { change, userData, file } = host(true);
    await saveIdentity(userData, await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: OLD });
    const before = readFileSync(file);
    const refused: [unknown, RegExp][] = [
      [{ to: 'passphrase', currentPassphrase: OLD, newPassphrase: 'short' }, /at least 8 characters/],
      [{ to: 'passphrase', currentPassphrase: OLD, newPassphrase: 'abababab' }, /at least 5 different characters/],
      [{ to: 'passphrase', currentPassphrase: OLD, newPassphrase: 'Password 123' }, /among the first anyone would try/],
      [{ to: 'passphrase', currentPassphrase: OLD, newPassphrase: OLD }, /same as the current one/],
      [{ to: 'passphrase', currentPassphrase: OLD, newPassphrase: 'x'.repeat(1025) }, /at most 1024 characters/],
      [{ to: 'keychain', currentPassphrase: OLD, passphrase: NEW }, /passphrase/],
      [{ to: 'somewhere', currentPassphrase: OLD }, /to/],
      [null, /to/],
    ];
    for (const [args, message] of refused) {
      const r = await change(args);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.error.code).toBe('invalid-argument');
      expect(error(r)).toMatch(message);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('where there is no keychain (the browser host, or a keyring that only obfuscates), the key stays under a passphrase', async () => {
    const browser = host(false);
    await saveIdentity(browser.userData, await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: OLD });
    const before = readFileSync(browser.file);
    expect(error(await browser.change({ to: 'keychain', currentPassphrase: OLD }))).toBe(
      'There is no system keychain here (the browser host has none), so the key stays protected by a passphrase.',
    );
    expect(readFileSync(browser.file).equals(before)).toBe(true);
    // Changing the passphrase works there.
    expect(error(await browser.change({ to: 'passphrase', currentPassphrase: OLD, newPassphrase: NEW }))).toBeNull();
    expect(storedCertificate(browser.userData)?.protection).toBe('passphrase');

    // A key kept in the desktop app's keychain cannot be unlocked from the browser host.
    const keychain = (await electronKeychain())!;
    await saveIdentity(browser.userData, await generateIdentity('Alex Moreau'), { kind: 'keychain', keychain });
    expect(error(await browser.change({ to: 'passphrase', newPassphrase: NEW }))).toMatch(/change its protection in the desktop app/);

    // Linux without a keyring: Electron would only obfuscate the key, so it is not moved there.
    keychainState.backend = 'basic_text';
    try {
      const desktop = host(true);
      await saveIdentity(desktop.userData, await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: OLD });
      const r = await desktop.change({ to: 'keychain', currentPassphrase: OLD });
      expect(process.platform !== 'linux' || error(r) === 'This computer has no system keyring, so the key would be stored almost as plain text: choose a passphrase to protect it.').toBe(true);
    } finally {
      keychainState.backend = 'gnome_libsecret';
    }
  });

  it('says there is no certificate to change, and refuses moving a keychain key to the keychain', async () => {
    const { change, userData } = host(true);
    expect(error(await change({ to: 'passphrase', newPassphrase: NEW }))).toBe('There is no signing certificate yet: create one or import a .p12 file first.');
    await saveIdentity(userData, await generateIdentity('Alex Moreau'), { kind: 'keychain', keychain: (await electronKeychain())! });
    expect(error(await change({ to: 'keychain' }))).toBe('The signing key is already kept in this computer’s keychain.');
    expect(error(await change({ to: 'passphrase', currentPassphrase: OLD, newPassphrase: NEW }))).toBe('The signing key is kept in the keychain, so there is no current passphrase to give.');
  });
});

describe('the identity file is replaced atomically', () => {
  // A failure between the steps of the write stands in for a crash there: the old key must still work.
  it.each<WriteStep>(['written', 'synced'])('a failure after the new file is %s leaves the old key, unchanged and usable', async (step) => {
    const dir = tempDir();
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(dir, identity, { kind: 'passphrase', passphrase: OLD });
    const file = join(dir, IDENTITY_FILE_NAME);
    const before = readFileSync(file);
    const crash = (at: WriteStep) => {
      if (at === step) throw new Error(`power cut after ${at}`);
    };
    await expect(changeKeyProtection(dir, { passphrase: OLD }, { kind: 'passphrase', passphrase: NEW }, { afterStep: crash })).rejects.toThrow('power cut');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await loadIdentity(dir, { passphrase: OLD })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);
    expect(readdirSync(dir)).toEqual([IDENTITY_FILE_NAME]);
  });

  it('after the rename the new key is in place, whole; a temporary file a real crash left behind changes nothing', async () => {
    const dir = tempDir();
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(dir, identity, { kind: 'passphrase', passphrase: OLD });
    await expect(
      changeKeyProtection(dir, { passphrase: OLD }, { kind: 'passphrase', passphrase: NEW }, { afterStep: (at) => { if (at === 'renamed') throw new Error('power cut after renamed'); } }),
    ).rejects.toThrow('power cut');
    expect((await loadIdentity(dir, { passphrase: NEW })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);

    // What a crash between writing and renaming leaves: a half-written temporary file beside the real one.
    writeFileSync(join(dir, `${IDENTITY_FILE_NAME}.0badc0ffee00.saving`), '{"format":1,"certif');
    expect(storedCertificate(dir)?.protection).toBe('passphrase');
    await changeKeyProtection(dir, { passphrase: NEW }, { kind: 'passphrase', passphrase: OLD });
    expect((await loadIdentity(dir, { passphrase: OLD })).privateKeyPkcs8).toEqual(identity.privateKeyPkcs8);
    expect(existsSync(join(dir, IDENTITY_FILE_NAME))).toBe(true);
  });

  it('a keychain that cannot read back what it encrypted never replaces a key that works', async () => {
    const dir = tempDir();
    const identity = await generateIdentity('Alex Moreau');
    await saveIdentity(dir, identity, { kind: 'passphrase', passphrase: OLD });
    const before = readFileSync(join(dir, IDENTITY_FILE_NAME));
    const broken = { plainTextFallback: false, encrypt: async () => Buffer.from('garbage'), decrypt: async () => 'not the key' };
    await expect(changeKeyProtection(dir, { passphrase: OLD }, { kind: 'keychain', keychain: broken })).rejects.toThrow('could not be read back');
    expect(readFileSync(join(dir, IDENTITY_FILE_NAME)).equals(before)).toBe(true);
  });
});
