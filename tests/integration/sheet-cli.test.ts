import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runSheetCli } from '../../electron/main/export/cli';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { PAPER_POINTS } from '../../electron/main/export/sheet/css';
import { createSampleProduction } from '../../electron/main/services/sample';
import { generateIdentity } from '../../electron/main/signing/identity';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createHandlers, Session } from '../../electron/main/services/session';
import { saveIdentity } from '../../electron/main/signing/keyStore';
import { electronKeychain } from '../../electron/main/signing/safeStorage';
import { runVerifySheetCli } from '../../electron/main/signing/verifyCli';
import { pdfInfo, pdfText } from '../support/pdf';
import { pdfsig } from '../support/signing';
import type { Envelope } from '../../shared/ipc/errors';

// Only `electron` is replaced, for the desktop app's keychain (safeStorage) a key may be kept in: a keyed XOR.
vi.mock('electron', () => {
  const seal = (bytes: Buffer) => Buffer.from(bytes.map((b, i) => b ^ (0x33 + i) % 256));
  return {
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (text: string) => seal(Buffer.from(text, 'utf8')),
      decryptStringAsync: async (bytes: Buffer) => ({ result: seal(bytes).toString('utf8'), shouldReEncrypt: false }),
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'sheet-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samplePath = join(import.meta.dirname, '../../resources/sample-production.json');

const noIdentity = join(dir, 'no-user-data');
const PASSPHRASE = 'lighthouse keeper';
const KEYCHAIN_TO_PASSPHRASE = 'harbour pilot 2026';

/** Runs `npm run sheet -- <args>` in-process; Chromium is started only if the input is good. */
async function sheet(args: string[], signing: { userDataDir?: string; env?: Record<string, string>; ask?: () => Promise<string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let printed = false;
  const code = await runSheetCli(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    samplePath,
    cwd: dir,
    printer: () => {
      printed = true;
      return playwrightPrinter();
    },
    userDataDir: signing.userDataDir ?? noIdentity,
    env: signing.env ?? {},
    askPassphrase: signing.ask ?? null,
  });
  return { code, out, err, printed };
}

describe('npm run sheet', () => {
  it('writes one performer’s sheet of the built-in sample on US Letter', async () => {
    const out = join(dir, 'letter');
    mkdirSync(out);
    const r = await sheet(['--scene', '42', '--performer', 'maya okafor', '--paper', 'letter', '--unsigned', '--out', 'letter']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['The Quiet Hours – Scene 42 – Maya Okafor – v1.pdf']);
    const file = join(out, readdirSync(out)[0]!);
    expect([pdfInfo(file).width, pdfInfo(file).height]).toEqual([...PAPER_POINTS.letter]);
    expect(pdfText(file)).toContain('Maya Okafor (Ruth) — performer’s copy');
    expect(r.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, unsigned.');
  }, 90_000);

  it('signs with the certificate in the user-data folder (passphrase from CLOSED_SET_KEY_PASSPHRASE), recorded in the production so it verifies as valid', async () => {
    const userData = join(dir, 'user-data');
    await saveIdentity(userData, await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: PASSPHRASE });
    const production = join(dir, 'The Quiet Hours.closedset');
    createSampleProduction(samplePath, production).close();
    const out = join(dir, 'signed');
    mkdirSync(out);
    const r = await sheet(['--file', production, '--performer', 'Daniel Reyes', '--out', 'signed', '--user-data', 'user-data'], { env: { CLOSED_SET_KEY_PASSPHRASE: PASSPHRASE } });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, signed by Alex Moreau.');
    const file = join(out, readdirSync(out)[0]!);
    const report = pdfsig(dir, new Uint8Array(readFileSync(file)));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    const verdict: string[] = [];
    const code = await runVerifySheetCli([file, '--file', production], { out: (l) => verdict.push(l), err: (l) => verdict.push(l), cwd: dir });
    expect(verdict.join('\n')).toContain('Valid: signed by this production’s coordinator and unchanged since.');
    expect(code).toBe(0);

    // Typed at the terminal when the variable is not set; a wrong one is one clear line.
    const typed = await sheet(['--performer', 'Maya Okafor', '--out', 'signed'], { userDataDir: userData, ask: async () => PASSPHRASE });
    expect(typed.code).toBe(0);
    expect(typed.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, signed by Alex Moreau.');
    const wrong = await sheet(['--performer', 'Maya Okafor', '--out', 'signed'], { userDataDir: userData, env: { CLOSED_SET_KEY_PASSPHRASE: 'not the one' } });
    expect(wrong.err).toEqual(['Wrong passphrase for the signing key.']);
    expect(wrong.code).toBe(1);
    expect(wrong.printed).toBe(false);
    // No variable and no terminal: says how to give it.
    const silent = await sheet(['--performer', 'Maya Okafor', '--out', 'signed'], { userDataDir: userData });
    expect(silent.code).toBe(2);
    expect(silent.err).toEqual(['The signing key is protected by a passphrase: set CLOSED_SET_KEY_PASSPHRASE, run in a terminal to type it, or add --unsigned.']);
  }, 90_000);

  it('a keychain key: one sentence on what to do, exit 2, nothing printed; after Change protection… to a passphrase it signs', async () => {
    const userData = join(dir, 'keychain-user-data');
    await saveIdentity(userData, await generateIdentity('Alex Moreau'), { kind: 'keychain', keychain: (await electronKeychain())! });
    mkdirSync(join(dir, 'keychain-out'));

    const refused = await sheet(['--performer', 'Maya Okafor', '--out', 'keychain-out'], { userDataDir: userData, env: { CLOSED_SET_KEY_PASSPHRASE: KEYCHAIN_TO_PASSPHRASE }, ask: async () => KEYCHAIN_TO_PASSPHRASE });
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      'The signing key is kept in this computer’s keychain, which only the Closed Set app can open: in Closed Set choose File ▸ Signing certificate… ▸ Change protection… and pick a passphrase, or add --unsigned.',
    ]);
    expect(refused.printed).toBe(false);
    expect(readdirSync(join(dir, 'keychain-out'))).toEqual([]);

    // In the desktop app: File ▸ Signing certificate… ▸ Change protection… → a passphrase.
    const app = new Session({ host: 'electron', version: '0.0.0-test', platform: process.platform, userDataDir: userData, samplePath, keychain: electronKeychain });
    const changed = (await dispatch(createHandlers(app), 'signing:changeProtection', { to: 'passphrase', newPassphrase: KEYCHAIN_TO_PASSPHRASE }, () => {})) as Envelope<unknown>;
    expect(changed.ok).toBe(true);

    // From the environment variable …
    const signed = await sheet(['--performer', 'Maya Okafor', '--out', 'keychain-out'], { userDataDir: userData, env: { CLOSED_SET_KEY_PASSPHRASE: KEYCHAIN_TO_PASSPHRASE } });
    expect(signed.err).toEqual([]);
    expect(signed.code).toBe(0);
    expect(signed.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, signed by Alex Moreau.');
    const [file] = readdirSync(join(dir, 'keychain-out'));
    const report = pdfsig(dir, new Uint8Array(readFileSync(join(dir, 'keychain-out', file!))));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');

    // … or typed at the terminal prompt; a wrong one is refused before Chromium starts.
    let asked = 0;
    const typed = await sheet(['--director', '--out', 'keychain-out'], { userDataDir: userData, ask: async () => (asked++, KEYCHAIN_TO_PASSPHRASE) });
    expect(asked).toBe(1);
    expect(typed.code).toBe(0);
    expect(typed.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, signed by Alex Moreau.');
    const wrong = await sheet(['--director', '--out', 'keychain-out'], { userDataDir: userData, ask: async () => 'lighthouse keeper' });
    expect(wrong).toMatchObject({ code: 1, err: ['Wrong passphrase for the signing key.'], printed: false });
  }, 120_000);

  it('without a signing certificate says how to make one, exits 2 and prints nothing; --unsigned exports unsigned deliberately', async () => {
    const r = await sheet(['--performer', 'Maya Okafor', '--out', '.']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`There is no signing certificate in ${noIdentity}: create one in the app (File ▸ Signing certificate…) or name its folder with --user-data, or add --unsigned.`]);
    expect(r.printed).toBe(false);
    const out = join(dir, 'unsigned');
    mkdirSync(out);
    const unsigned = await sheet(['--performer', 'Maya Okafor', '--out', 'unsigned', '--unsigned']);
    expect(unsigned.code).toBe(0);
    expect(unsigned.out.at(-1)).toBe('Scene 42: 1 sheet of version 1, unsigned.');
    expect(pdfsig(dir, new Uint8Array(readFileSync(join(out, readdirSync(out)[0]!))))).toContain('does not contain any signatures');
  });

  it.each([
    [['--performer', 'Maya Okafor'], /^Say where to write the sheets with --out <folder>\. Usage: npm run sheet/],
    [['--out', 'nowhere'], /^The folder “.*nowhere” does not exist\. Choose an existing folder\.$/],
    [['--out', '.', '--file', 'missing.closedset'], /^There is no production file at .*missing\.closedset\.$/],
    [['--out', '.', '--performer', 'Nobody'], /^There is no performer “Nobody” in scene 42\. Cast: Maya Okafor, Daniel Reyes\.$/],
    [['--out', '.', '--scene', '99'], /^There is no scene “99” in “The Quiet Hours”\. Scenes: 42, 57\.$/],
    [['--out', '.', '--paper', 'a3'], /^--paper must be a4 or letter \(got “a3”\)\.$/],
    [['--out', '.', '--colour'], /^Unknown option '--colour'\. Usage:/],
    [['--out', '.', '--performer', 'Maya Okafor', '--all'], /^--performer makes one performer’s sheet/],
  ])('answers bad input %j with one clear line and exit code 2, before starting Chromium', async (args, message) => {
    const r = await sheet(args);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.printed).toBe(false);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write to', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = await sheet(['--out', locked]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`Closed Set may not write to the folder “${locked}”. Choose another folder, or check its permissions.`]);
  });

  it('refuses an --out that is a file, not a folder', async () => {
    writeFileSync(join(dir, 'a-file.pdf'), 'x');
    const r = await sheet(['--out', 'a-file.pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`“${join(dir, 'a-file.pdf')}” is a file, not a folder. Choose an existing folder.`]);
  });

  it('refuses a file that is not a production, leaving it as it was', async () => {
    const fake = join(dir, 'notes.closedset');
    writeFileSync(fake, 'not a database');
    const r = await sheet(['--out', '.', '--file', 'notes.closedset']);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/notes\.closedset/);
  });
});
