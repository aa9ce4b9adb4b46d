import { useEffect, useId, useState } from 'react';
import { CertificateName, Passphrase, type SigningStatus } from '../../../../shared/signing/status';
import { formatFingerprint } from '../../../../shared/signing/verdict';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { closeSigningDialog, fileToBase64, useSigningUi } from './signingStore';

/**
 * File ▸ Signing certificate…: the coordinator's certificate that signs sheets — create one, import a
 * .p12, see its fingerprint, record it in the open production. The key never reaches this window.
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
  const [mode, setMode] = useState<'none' | 'create' | 'import'>('none');
  useEffect(() => {
    invoke('signing:status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  if (!status) return error ? <p className="field__error">{error}</p> : <p className="dialog__text">Reading the certificate…</p>;

  const needsPassphrase = status.keychain !== 'available';
  const done = (next: SigningStatus) => {
    setStatus(next);
    setMode('none');
    setError('');
  };
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
            <dd>{status.protection === 'keychain' ? 'Encrypted by the system keychain on this computer' : 'Encrypted with your passphrase, on this computer only'}</dd>
          </dl>
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
          <button type="button" className="btn" onClick={() => setMode('create')}>
            {status.certificate ? 'Replace with a new certificate…' : 'Create a certificate…'}
          </button>
          <button type="button" className="btn" onClick={() => setMode('import')}>
            Import a .p12 file…
          </button>
        </div>
      ) : mode === 'create' ? (
        <CreateForm status={status} needsPassphrase={needsPassphrase} onDone={done} onCancel={() => setMode('none')} />
      ) : (
        <ImportForm needsPassphrase={needsPassphrase} onDone={done} onCancel={() => setMode('none')} />
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
  readonly needsPassphrase: boolean;
  readonly onDone: (status: SigningStatus) => void;
  readonly onCancel: () => void;
}

function CreateForm({ status, needsPassphrase, onDone, onCancel }: FormProps & { readonly status: SigningStatus }) {
  const [name, setName] = useState(status.suggestedName);
  const passphrase = usePassphrase(needsPassphrase);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const nameCheck = CertificateName.safeParse(name);
  const id = useId();
  const submit = async () => {
    if (!nameCheck.success || !passphrase.ok) return;
    setBusy(true);
    try {
      onDone(await invoke('signing:create', { name: nameCheck.data, ...(needsPassphrase ? { passphrase: passphrase.value } : {}) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="signing__form" aria-label="Create a certificate" onSubmit={(e) => (e.preventDefault(), void submit())}>
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

function ImportForm({ needsPassphrase, onDone, onCancel }: FormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [p12Passphrase, setP12Passphrase] = useState('');
  const passphrase = usePassphrase(needsPassphrase);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const id = useId();
  const submit = async () => {
    if (!file || !passphrase.ok) return;
    setBusy(true);
    try {
      const p12 = await fileToBase64(file);
      onDone(await invoke('signing:importP12', { p12, p12Passphrase, ...(needsPassphrase ? { passphrase: passphrase.value } : {}) }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="signing__form" aria-label="Import a .p12 file" onSubmit={(e) => (e.preventDefault(), void submit())}>
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

/** A new passphrase typed twice, where the key cannot go to the system keychain. */
function usePassphrase(needed: boolean) {
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  const id = useId();
  const check = Passphrase.safeParse(value);
  const mismatch = again !== '' && again !== value;
  const ok = !needed || (check.success && again === value);
  const fields = needed ? (
    <div className="field-row">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-pass`}>
          New passphrase for the signing key
        </label>
        <input id={`${id}-pass`} className="input" type="password" autoComplete="new-password" value={value} onChange={(e) => setValue(e.target.value)} />
        {value !== '' && !check.success ? <span className="field__error">{check.error.issues[0]?.message}</span> : <span className="field__hint">Asked for each time sheets are signed. It cannot be recovered.</span>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-again`}>
          Repeat the passphrase
        </label>
        <input id={`${id}-again`} className="input" type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
        {mismatch ? <span className="field__error">The two passphrases differ</span> : null}
      </div>
    </div>
  ) : null;
  return { value, ok, fields };
}
