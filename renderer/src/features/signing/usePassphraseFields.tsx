import { useId, useState } from 'react';
import { Passphrase } from '../../../../shared/signing/status';

/**
 * A new passphrase for the signing key, typed twice, checked against the rules in shared/signing/status.ts
 * as it is typed. `otherRule` checks what needs more than the field (e.g. not the same as the current one).
 */
export function usePassphraseFields(shown: boolean, otherRule?: (value: string) => string | undefined) {
  const [value, setValue] = useState('');
  const [again, setAgain] = useState('');
  const id = useId();
  const check = Passphrase.safeParse(value);
  const extraError = check.success && value !== '' ? otherRule?.(value) : undefined;
  const mismatch = again !== '' && again !== value;
  const fieldError = value === '' ? '' : !check.success ? (check.error.issues[0]?.message ?? '') : (extraError ?? '');
  const ok = !shown || (check.success && !extraError && again === value);
  const fields = shown ? (
    <div className="field-row">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-pass`}>
          New passphrase for the signing key
        </label>
        <input id={`${id}-pass`} className="input" type="password" autoComplete="new-password" value={value} aria-invalid={fieldError !== ''} onChange={(e) => setValue(e.target.value)} />
        {fieldError ? <span className="field__error">{fieldError}</span> : <span className="field__hint">At least 8 characters, 5 of them different. It cannot be recovered if forgotten.</span>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-again`}>
          Repeat the passphrase
        </label>
        <input id={`${id}-again`} className="input" type="password" autoComplete="new-password" value={again} aria-invalid={mismatch} onChange={(e) => setAgain(e.target.value)} />
        {mismatch ? <span className="field__error">The two passphrases differ</span> : null}
      </div>
    </div>
  ) : null;
  return { value, ok, fields };
}
