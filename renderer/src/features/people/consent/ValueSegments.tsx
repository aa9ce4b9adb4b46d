import { CONSENT_VALUE_LABELS, type ConsentValue } from '../../../../../shared/domain/consent';
import { SETTABLE_VALUES, type SettableValue } from './consentState';

/** Agreed / Not agreed / Needs discussion as a segmented control; the value in force is pressed. */
export function ValueSegments({ label, value, onChoose }: { readonly label: string; readonly value: ConsentValue; readonly onChoose: (v: SettableValue) => void }) {
  return (
    <div className="seg" role="group" aria-label={label}>
      {SETTABLE_VALUES.map((v) => (
        <button key={v} type="button" className={`seg__btn seg__btn--${v}`} aria-pressed={value === v} onClick={() => (value === v ? undefined : onChoose(v))}>
          <span className={`value-swatch value-swatch--${v}`} aria-hidden="true" />
          {CONSENT_VALUE_LABELS[v]}
        </button>
      ))}
    </div>
  );
}

/** A small swatch that repeats the map's colour and pattern for a value. */
export function ValueTag({ value }: { readonly value: ConsentValue }) {
  return (
    <span className={`value-tag value-tag--${value}`}>
      <span className={`value-swatch value-swatch--${value}`} aria-hidden="true" />
      {CONSENT_VALUE_LABELS[value]}
    </span>
  );
}
