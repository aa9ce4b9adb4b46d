import { useId, useState } from 'react';
import { ChangeKeyProtection, type KeyProtectionKind, type SigningStatus } from '../../../../shared/signing/status';
import { invoke, toAppError } from '../../api/client';
import { KeyProtectionChoice } from './KeyProtectionChoice';
import { usePassphraseFields } from './usePassphraseFields';

interface Props {
  readonly status: SigningStatus;
  readonly onDone: (status: SigningStatus, message: string) => void;
  readonly onCancel: () => void;
}

/**
 * Change protection…: keychain → passphrase (a new one, twice), passphrase → a new passphrase or the
 * keychain (the current one first). Main re-checks all of it and replaces the key atomically.
 */
export function ChangeProtectionForm({ status, onDone, onCancel }: Props) {
  const fromKeychain = status.protection === 'keychain';
  const keychainOffered = !fromKeychain && status.keychain === 'available';
  const [to, setTo] = useState<KeyProtectionKind>('passphrase');
  const [current, setCurrent] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [wrongCurrent, setWrongCurrent] = useState(false);
  const id = useId();
  // The whole payload through the shared schema, so the form refuses what main would refuse.
  const draft = (next: string) => (to === 'keychain' ? { to, currentPassphrase: current } : { to, newPassphrase: next, ...(fromKeychain ? {} : { currentPassphrase: current }) });
  const newPassphrase = usePassphraseFields(to === 'passphrase', (next) => ChangeKeyProtection.safeParse(draft(next)).error?.issues.find((i) => i.path[0] === 'newPassphrase')?.message);
  const parsed = ChangeKeyProtection.safeParse(draft(newPassphrase.value));
  const ready = parsed.success && newPassphrase.ok && (fromKeychain || current !== '');

  const submit = async () => {
    if (!parsed.success || !ready) return;
    setBusy(true);
    setError('');
    setWrongCurrent(false);
    try {
      const next = await invoke('signing:changeProtection', parsed.data);
      onDone(next, next.protection === 'keychain' ? 'The key is now kept in this computer’s keychain.' : 'The key is now protected by your new passphrase.');
    } catch (e) {
      const failure = toAppError(e);
      setError(failure.message);
      setWrongCurrent(failure.code === 'wrong-passphrase');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="signing__form" aria-label="Change protection" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <p className="dialog__text">
        {fromKeychain
          ? 'The key is in this computer’s keychain. Protect it with a passphrase instead so npm run sheet can sign too; Closed Set will then ask for it each time you sign.'
          : 'The key is protected by a passphrase. Enter it, then choose how to protect the key from now on.'}
      </p>
      {fromKeychain ? null : (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-current`}>
            Current passphrase
          </label>
          <input
            id={`${id}-current`}
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            aria-invalid={wrongCurrent}
            autoFocus
            onChange={(e) => (setCurrent(e.target.value), setWrongCurrent(false))}
          />
        </div>
      )}
      {keychainOffered ? (
        <KeyProtectionChoice legend="Protect the key from now on" value={to} onChange={setTo} labels={{ passphrase: 'Choose a new passphrase (needed to sign from the command line; asked each time you sign)' }} />
      ) : !fromKeychain && status.keychain === 'none' ? (
        <p className="field__hint">There is no system keychain here (the browser host has none), so the key stays protected by a passphrase: choose a new one.</p>
      ) : null}
      {newPassphrase.fields}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="signing__actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy || !ready}>
          {busy ? 'Changing…' : to === 'keychain' ? 'Move the key to the keychain' : fromKeychain ? 'Protect with this passphrase' : 'Change the passphrase'}
        </button>
      </div>
    </form>
  );
}
