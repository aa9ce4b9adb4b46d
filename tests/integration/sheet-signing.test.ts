import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { createSampleProduction } from '../../electron/main/services/sample';
import { createHandlers, Session } from '../../electron/main/services/session';
import { generateIdentity } from '../../electron/main/signing/identity';
import { type OsKeychain, saveIdentity } from '../../electron/main/signing/keyStore';
import type { Envelope } from '../../shared/ipc/errors';
import type { SheetPdfResult } from '../../shared/sheet/channels';
import type { SheetVerdict } from '../../shared/signing/verdict';
import { pdfsig } from '../support/signing';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';

// The app's Export sheets channel (sheet:pdf) signs an issued version's copy with the coordinator's
// identity: in the desktop app through the system keychain, with no prompt. The keychain here is a
// stand-in for Electron's safeStorage (the electron module is what tests may replace).
const tempDir = useTempDir();
const printer = playwrightPrinter();
afterAll(() => printer.close());

const keychain: OsKeychain = {
  plainTextFallback: false,
  encrypt: async (text) => Buffer.from(`sealed:${text}`),
  decrypt: async (bytes) => {
    const text = bytes.toString();
    if (!text.startsWith('sealed:')) throw new Error('not ours');
    return text.slice('sealed:'.length);
  },
};

function app(withKeychain: boolean) {
  const dir = tempDir();
  const session = new Session({
    host: withKeychain ? 'electron' : 'browser',
    version: '0.0.0-test',
    platform: process.platform,
    userDataDir: join(dir, 'user-data'),
    samplePath: SAMPLE_PATH,
    sheets: { printer },
    ...(withKeychain ? { keychain: async () => keychain } : {}),
  });
  const file = join(dir, 'The Quiet Hours.closedset');
  createSampleProduction(SAMPLE_PATH, file).close();
  session.openInitial(file);
  const handlers = createHandlers(session);
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args, () => {}) as Promise<Envelope<unknown>>;
  return { session, dir, call };
}

const maya = { kind: 'performer', performerId: 'sample-performer-maya' } as const;

describe('sheet:pdf signs in main', () => {
  it('desktop app: the key is unlocked by the system keychain, the certificate recorded, and the sheet verifies as valid', async () => {
    const { session, dir, call } = app(true);
    await saveIdentity(join(dir, 'user-data'), await generateIdentity('Alex Moreau'), { kind: 'keychain', keychain });
    expect(session.document!.snapshot().signingCertificates).toHaveLength(0);
    const sceneId = session.document!.snapshot().scenes.find((s) => s.number === '42')!.id;
    const result = (await call('sheet:pdf', { sceneId, copy: maya, paper: 'a4' })) as Envelope<SheetPdfResult>;
    expect(result.ok).toBe(true);
    const sheet = (result as { ok: true; value: SheetPdfResult }).value;
    expect([sheet.signed, sheet.signedBy, sheet.versionNumber]).toEqual([true, 'Alex Moreau', 1]);
    expect(session.document!.snapshot().signingCertificates.map((c) => c.subjectName)).toEqual(['Alex Moreau']);
    const report = pdfsig(dir, new Uint8Array(Buffer.from(sheet.pdfBase64, 'base64')));
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    const verdict = (await call('sheet:verify', { pdf: sheet.pdfBase64 })) as { ok: true; value: SheetVerdict };
    expect(verdict.value.status).toBe('valid');
    session.close();
  });

  it('refuses clearly: no certificate (unless unsigned is asked for), a passphrase-protected key without or with a wrong passphrase, bad arguments', async () => {
    const { session, dir, call } = app(false);
    const sceneId = session.document!.snapshot().scenes.find((s) => s.number === '42')!.id;
    const error = async (args: unknown) => {
      const r = await call('sheet:pdf', args);
      expect(r.ok).toBe(false);
      return (r as { ok: false; error: { message: string } }).error.message;
    };
    expect(await error({ sceneId, copy: maya, paper: 'a4' })).toBe('There is no signing certificate on this computer yet: create one with File ▸ Signing certificate…, or export the sheet unsigned.');
    const unsigned = (await call('sheet:pdf', { sceneId, copy: maya, paper: 'a4', unsigned: true })) as { ok: true; value: SheetPdfResult };
    expect([unsigned.value.signed, unsigned.value.signedBy]).toEqual([false, null]);
    expect(pdfsig(dir, new Uint8Array(Buffer.from(unsigned.value.pdfBase64, 'base64')))).toContain('does not contain any signatures');

    await saveIdentity(join(dir, 'user-data'), await generateIdentity('Alex Moreau'), { kind: 'passphrase', passphrase: 'lighthouse keeper' });
    expect(await error({ sceneId, copy: maya, paper: 'a4' })).toBe('The signing key is protected by a passphrase: enter it to sign.');
    expect(await error({ sceneId, copy: maya, paper: 'a4', passphrase: 'wrong one' })).toBe('Wrong passphrase for the signing key.');
    expect(await error({ sceneId, copy: maya, paper: 'a4', passphrase: 'x'.repeat(1025) })).toMatch(/at most 1024 characters/);
    expect(await error({ sceneId, copy: maya, paper: 'a4', unsigned: 'yes' })).toMatch(/unsigned/);
    // Nothing was recorded by the refusals.
    expect(session.document!.snapshot().signingCertificates).toHaveLength(0);
    session.close();
  });
});
