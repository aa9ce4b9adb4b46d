import { useId } from 'react';
import type { KeyProtectionKind } from '../../../../shared/signing/status';

/** The two ways the key can be kept, as the coordinator chooses between them (one sentence each on what it means). */
export const PROTECTION_OPTIONS: Record<KeyProtectionKind, { readonly label: string; readonly means: string }> = {
  keychain: {
    label: 'Keep the key in this computer’s keychain (Closed Set signs without asking)',
    means: 'The system keychain encrypts it under your login; sheets can then be signed in this app only, not with npm run sheet.',
  },
  passphrase: {
    label: 'Protect the key with a passphrase (needed to sign from the command line; asked each time you sign)',
    means: 'The key is encrypted under a passphrase only you know; npm run sheet can sign with it too.',
  },
};

interface Props {
  readonly legend: string;
  readonly value: KeyProtectionKind;
  readonly onChange: (value: KeyProtectionKind) => void;
  /** Overrides an option's label (e.g. "Choose a new passphrase" when one protects the key already). */
  readonly labels?: Partial<Record<KeyProtectionKind, string>>;
}

/** A radio per protection, each with what it means. Shown only where the keychain really exists. */
export function KeyProtectionChoice({ legend, value, onChange, labels = {} }: Props) {
  const name = useId();
  return (
    <fieldset className="signing__choice">
      <legend className="field__label">{legend}</legend>
      {(['keychain', 'passphrase'] as const).map((kind) => (
        <label key={kind} className="signing__option">
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} aria-describedby={`${name}-${kind}`} />
          <span>
            <span className="signing__option-label">{labels[kind] ?? PROTECTION_OPTIONS[kind].label}</span>
            <span id={`${name}-${kind}`} className="field__hint">
              {PROTECTION_OPTIONS[kind].means}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
