import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { docRecordsFrom } from '../../../shared/records/query';
import type { ChangeKeyProtection, SigningStatus } from '../../../shared/signing/status';
import type { Session } from '../services/session';
import { recordSigningCertificate, verifyContextFrom } from './certificateRecord';
import { generateIdentity, type SigningIdentity } from './identity';
import { type KeyProtection, type OsKeychain, changeKeyProtection, loadIdentity, saveIdentity, storedCertificate } from './keyStore';
import { importP12 } from './p12';
import { verifySheetPdf } from './verifySheetPdf';

type SigningChannels = 'signing:status' | 'signing:create' | 'signing:importP12' | 'signing:changeProtection' | 'signing:record' | 'sheet:verify';

/** The signing channels of the contract, for createHandlers (Electron and the browser host alike). */
export function signingHandlers(session: Session): Pick<Handlers, SigningChannels> {
  const dir = session.adapters.userDataDir;
  return {
    'signing:status': () => signingStatus(session),
    'signing:create': async ({ name, passphrase }) => {
      const identity = await generateIdentity(name);
      await saveIdentity(dir, identity, await protectionFor(session, passphrase));
      return afterNewIdentity(session, identity);
    },
    'signing:importP12': async ({ p12, p12Passphrase, passphrase }) => {
      const identity = await importP12(new Uint8Array(Buffer.from(p12, 'base64')), p12Passphrase);
      await saveIdentity(dir, identity, await protectionFor(session, passphrase));
      return afterNewIdentity(session, identity);
    },
    'signing:changeProtection': async (change) => {
      await changeProtection(session, change);
      return signingStatus(session);
    },
    'signing:record': async () => {
      const stored = storedCertificate(dir);
      if (!stored) throw new AppError('not-found', 'There is no signing certificate yet: create one or import a .p12 file first.');
      recordSigningCertificate(session.requireDocument(), stored.certificateDer);
      return signingStatus(session);
    },
    'sheet:verify': async ({ pdf }) => {
      const doc = session.document;
      return verifySheetPdf(new Uint8Array(Buffer.from(pdf, 'base64')), doc ? verifyContextFrom(doc.snapshot()) : {});
    },
  };
}

/**
 * The coordinator's identity, unlocked for one export, and their name as the signature shows it;
 * the certificate is recorded in the open production first, so the sheets verify as its own.
 * (For the sheet export: pass the passphrase the user typed, where the key is protected by one.)
 */
export async function unlockSigner(session: Session, passphrase?: string): Promise<{ identity: SigningIdentity; name: string }> {
  const keychain = (await session.adapters.keychain?.()) ?? undefined;
  const identity = await loadIdentity(session.adapters.userDataDir, { keychain, passphrase });
  const stored = storedCertificate(session.adapters.userDataDir)!;
  if (session.document) recordSigningCertificate(session.document, identity.certificateDer);
  return { identity, name: stored.certificate.subjectName };
}

export async function signingStatus(session: Session): Promise<SigningStatus> {
  const stored = storedCertificate(session.adapters.userDataDir);
  const keychain = await session.adapters.keychain?.();
  const snapshot = session.document?.snapshot();
  const coordinator = snapshot ? Object.values(docRecordsFrom(snapshot).crew).find((c) => c.role === 'coordinator' && !c.deletedAt) : undefined;
  return {
    certificate: stored?.certificate ?? null,
    protection: stored?.protection ?? null,
    keychain: !keychain ? 'none' : keychain.plainTextFallback ? 'plain-text' : 'available',
    recordedInProduction: snapshot ? !!stored && snapshot.signingCertificates.some((c) => c.fingerprint === stored.certificate.fingerprint) : null,
    suggestedName: coordinator?.name ?? '',
  };
}

/**
 * The OS keychain where it really encrypts and no passphrase was chosen; a passphrase otherwise. A
 * keychain that would keep the key as plain text is never used silently: a passphrase is required.
 */
async function protectionFor(session: Session, passphrase: string | undefined): Promise<KeyProtection> {
  if (passphrase !== undefined) return { kind: 'passphrase', passphrase };
  const keychain: OsKeychain | null | undefined = await session.adapters.keychain?.();
  if (keychain && !keychain.plainTextFallback) return { kind: 'keychain', keychain };
  throw new AppError(
    'invalid-argument',
    keychain
      ? 'This computer has no system keyring, so the key would be stored almost as plain text: choose a passphrase to protect it.'
      : 'Choose a passphrase to protect the signing key (at least 8 characters).',
  );
}

/**
 * File ▸ Signing certificate… ▸ Change protection…: the stored key re-encrypted under the keychain or a
 * new passphrase. It is unlocked the way it is protected now (the keychain, or the current passphrase:
 * a wrong one changes nothing), then replaced atomically (keyStore.saveIdentity); it is never written
 * in the clear. The certificate, and so every production that records it, stays the same.
 */
async function changeProtection(session: Session, change: ChangeKeyProtection): Promise<void> {
  const dir = session.adapters.userDataDir;
  const stored = storedCertificate(dir);
  if (!stored) throw new AppError('not-found', 'There is no signing certificate yet: create one or import a .p12 file first.');
  const keychain = (await session.adapters.keychain?.()) ?? undefined;
  if (stored.protection === 'keychain') {
    if (change.to === 'keychain') throw new AppError('invalid-argument', 'The signing key is already kept in this computer’s keychain.');
    if (change.currentPassphrase !== undefined) throw new AppError('invalid-argument', 'The signing key is kept in the keychain, so there is no current passphrase to give.');
    if (!keychain) throw new AppError('invalid-argument', 'The signing key is kept in the desktop app’s system keychain: change its protection in the desktop app.');
  } else if (change.currentPassphrase === undefined) {
    throw new AppError('invalid-argument', 'Enter the current passphrase to change how the signing key is protected.');
  }
  if (change.to === 'keychain' && !keychain) throw new AppError('invalid-argument', 'There is no system keychain here (the browser host has none), so the key stays protected by a passphrase.');
  const target: KeyProtection = change.to === 'passphrase' ? { kind: 'passphrase', passphrase: change.newPassphrase } : await protectionFor(session, undefined);
  try {
    await changeKeyProtection(dir, stored.protection === 'keychain' ? { keychain } : { passphrase: change.currentPassphrase }, target);
  } catch (error) {
    if (error instanceof AppError && error.code === 'wrong-passphrase') {
      throw new AppError('wrong-passphrase', 'The current passphrase is wrong, so the key’s protection was not changed.');
    }
    throw error;
  }
}

async function afterNewIdentity(session: Session, identity: SigningIdentity): Promise<SigningStatus> {
  if (session.document) recordSigningCertificate(session.document, identity.certificateDer);
  return signingStatus(session);
}
