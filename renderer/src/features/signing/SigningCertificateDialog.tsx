import { useEffect, useId, useState } from 'react';
import { CertificateName, type KeyProtectionKind, type SigningStatus } from '../../../../shared/signing/status';
import { formatFingerprint } from '../../../../shared/signing/verdict';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { ChangeProtectionForm } from './ChangeProtectionForm';
import { KeyProtectionChoice, PROTECTION_OPTIONS } from './KeyProtectionChoice';
import { closeSigningDialog, fileToBase64, useSigningUi } from './signingStore';
import { usePassphraseFields } from './usePassphraseFields';

/**
 * File ▸ Signing certificate…: the coordinator's certificate that signs sheets — create one, import a
 * .p12, see its fingerprint, record it in the open production, choose and change how its key is
 * protected (keychain or passphrase). The key never reaches this window.
 */
export function SigningCertificateDialog() {
  const open = useSigningUi((s) => s.dialog === 'certificate');
  return (
    <Dialog title="Signing certificate" className="dialog--wide" open={open} onClose={closeSigningDialog} footer={<button type="button" className="btn btn--primary" onClick={closeSigningDialog}>Close</button>}>
      {open ? <CertificateBody /> : null}
    </Dialog>
  );
}

function CertificateBody() {
  const [status, setStatus] = useState<SigningStatus | null>(null);
  const [error, setError] = useState('');
  const [mode, setMode] = useState<'none' | 'create' | 'import' | 'protection'>('none');
  const [changed, setChanged] = useState('');
  useEffect(() => {
    invoke('signing:status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  if (!status) return error ? <p className="field__error">{error}</p> : <p className="dialog__text">Reading the certificate…</p>;

  const done = (next: SigningStatus, message = '') => {
    setStatus(next);
    setMode('none');
    setError('');
    setChanged(message);
  };
  // A key in the desktop app's keychain cannot be unlocked where there is none (the browser host).
  const canChangeProtection = status.certificate !== null && !(status.protection === 'keychain' && status.keychain !== 'available');
  const record = () => invoke('signing:record', {}).then(done, (e: Error) => setError(e.message));

  return (
    <div className="signing">
      {status.certificate ? (
        <section className="signing__current" aria-label="Current certificate">
          <dl className="signing__facts">
            <dt>Name</dt>
            <dd>{status.certificate.subjectName}</dd>
            <dt>SHA-256 fingerprint</dt>
            <dd>
              <code className="signing__fingerprint">{formatFingerprint(status.certificate.fingerprint)}</code>
            </dd>
            <dt>Valid</dt>
            <dd>
              {status.certificate.notBefore.slice(0, 10)} to {status.certificate.notAfter.slice(0, 10)} · {status.certificate.keyAlgorithm}
            </dd>
            <dt>Private key</dt>
            <dd>
              {status.protection === 'keychain'
                ? 'In this computer’s keychain: Closed Set signs without asking; npm run sheet cannot sign with it'
                : 'Encrypted with your passphrase, on this computer only: asked each time you sign, also by npm run sheet'}
            </dd>
          </dl>
          {changed ? (
            <p className="notice" role="status">
              <Icon name="check" />
              <span>{changed}</span>
            </p>
          ) : null}
          {status.certificate && !canChangeProtection ? (
            <p className="field__hint">The key is kept in the desktop app’s keychain, which this window cannot open: change its protection in the desktop app.</p>
          ) : null}
          {status.recordedInProduction === true ? (
            <p className="notice">
              <Icon name="check" />
              <span>This production records it as its coordinator’s certificate: sheets signed with it verify as this production’s.</span>
            </p>
          ) : status.recordedInProduction === false ? (
            <div className="notice">
              <Icon name="info" />
              <span>
                This production does not record this certificate yet, so sheets signed with it would not verify as this production’s.{' '}
                <button type="button" className="link-btn" onClick={() => void record()}>
                  Record it in this production
                </button>
              </span>
            </div>
          ) : null}
        </section>
      ) : (
        <p className="dialog__text">
          Sheets are signed with the coordinator’s certificate. There is none on this computer yet: create one, or import the .p12 file you
          already use.
        </p>
      )}
      {status.keychain === 'plain-text' ? (
        <p className="notice notice--danger" role="note">
          <Icon name="alert" />
          <span>This computer has no system keyring, so Closed Set protects the signing key with a passphrase instead.</span>
        </p>
      ) : null}
      {mode === 'none' ? (
        <div className="signing__actions">
          {canChangeProtection ? (
            <button type="button" className="btn" onClick={() => (setMode('protection'), setChanged(''))}>
              Change protection…
            </button>
          ) : null}
          <button type="button" className="btn" onClick={() => setMode('create')}>
            {status.certificate ? 'Replace with a new certificate…' : 'Create a certificate…'}
          </button>
          <button type="button" className="btn" onClick={() => setMode('import')}>
            Import a .p12 file…
          </button>
        </div>
      ) : mode === 'create' ? (
        <CreateForm status={status} onDone={done} onCancel={() => setMode('none')} />
      ) : mode === 'import' ? (
        <ImportForm status={status} onDone={done} onCancel={() => setMode('none')} />
      ) : (
        <ChangeProtectionForm status={status} onDone={done} onCancel={() => setMode('none')} />
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface FormProps {
  readonly status: SigningStatus;
  readonly onDone: (status: SigningStatus) => void;
  readonly onCancel: () => void;
}

/** A form's submit: busy while it runs, and the sentence of a refusal kept for the form to show. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function CreateForm({ status, onDone, onCancel }: FormProps) {
  const [name, setName] = useState(status.suggestedName);
  const passphrase = useNewKeyProtection(status);
  const { busy, error, run } = useSubmit();
  const nameCheck = CertificateName.safeParse(name);
  const id = useId();
  const submit = () => {
    if (nameCheck.success && passphrase.ok) void run(async () => onDone(await invoke('signing:create', { name: nameCheck.data, ...passphrase.payload })));
  };
  return (
    <form className="signing__form" aria-label="Create a certificate" onSubmit={(e) => (e.preventDefault(), submit())}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Name on the certificate
        </label>
        <input id={`${id}-name`} className="input" value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={80} />
        {!nameCheck.success && name !== '' ? <span className="field__error">{nameCheck.error.issues[0]?.message}</span> : null}
        <span className="field__hint">Printed in the signature stamp and shown by PDF readers. A self-signed certificate, valid for ten years.</span>
      </div>
      {passphrase.fields}
      {error ? <p className="field__error" role="alert">{error}</p> : null}
      <div className="signing__actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy || !nameCheck.success || !passphrase.ok}>
          {busy ? 'Creating…' : 'Create certificate'}
        </button>
      </div>
    </form>
  );
}

function ImportForm({ status, onDone, onCancel }: FormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [p12Passphrase, setP12Passphrase] = useState('');
  const passphrase = useNewKeyProtection(status);
  const { busy, error, run } = useSubmit();
  const id = useId();
  const submit = () => {
    if (file && passphrase.ok) void run(async () => onDone(await invoke('signing:importP12', { p12: await fileToBase64(file), p12Passphrase, ...passphrase.payload })));
  };
  return (
    <form className="signing__form" aria-label="Import a .p12 file" onSubmit={(e) => (e.preventDefault(), submit())}>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-file`}>
          .p12 or .pfx file
        </label>
        <input id={`${id}-file`} className="input" type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-p12pass`}>
          The file’s passphrase
        </label>
        <input id={`${id}-p12pass`} className="input" type="password" autoComplete="off" value={p12Passphrase} onChange={(e) => setP12Passphrase(e.target.value)} />
      </div>
      {passphrase.fields}
      {error ? <p className="field__error" role="alert">{error}</p> : null}
      <div className="signing__actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy || !file || !passphrase.ok}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
    </form>
  );
}

/**
 * How a new key will be protected: a choice between the keychain and a passphrase where the keychain
 * really encrypts (the desktop app); elsewhere a passphrase, and a line saying why there is no choice.
 */
function useNewKeyProtection(status: SigningStatus) {
  const choice = status.keychain === 'available';
  const [kind, setKind] = useState<KeyProtectionKind>('keychain');
  const protection: KeyProtectionKind = choice ? kind : 'passphrase';
  const passphrase = usePassphraseFields(protection === 'passphrase');
  const fields = (
    <>
      {choice ? (
        <KeyProtectionChoice legend="Protect the private key" value={kind} onChange={setKind} />
      ) : status.keychain === 'none' ? (
        <p className="field__hint">
          There is no system keychain here (the browser host has none), so the key is protected by a passphrase: {PROTECTION_OPTIONS.passphrase.means}
        </p>
      ) : null}
      {passphrase.fields}
    </>
  );
  return { ok: passphrase.ok, fields, payload: protection === 'passphrase' ? { passphrase: passphrase.value } : {} };
}
