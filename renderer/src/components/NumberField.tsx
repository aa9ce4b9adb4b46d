import { useId } from 'react';
import type { z } from 'zod';
import { useFieldDraft } from '../hooks/useFieldDraft';
import { describedBy, FieldShell } from './FieldShell';
import { formatNullable, parseNumberWith } from './fieldParsers';

interface NumberFieldProps<T extends number | null> {
  readonly label: string;
  readonly value: T;
  readonly schema: z.ZodType<T>;
  readonly onCommit: (value: T) => unknown;
  readonly unit?: string;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly className?: string;
}

/** A numeric field typed as text (so partial input can be validated and explained, not silently dropped). */
export function NumberField<T extends number | null>({ label, value, schema, onCommit, unit, placeholder, hint, className }: NumberFieldProps<T>) {
  const id = useId();
  const f = useFieldDraft<T>({ value, format: formatNullable, parse: parseNumberWith(schema, label.replace(/ \(.*\)$/, '')), onCommit });
  return (
    <FieldShell id={id} label={label} error={f.error} hint={hint} className={className}>
      <div className="input-with-unit">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          className="input input--number"
          value={f.text}
          placeholder={placeholder}
          onChange={(e) => f.onChange(e.target.value)}
          onBlur={f.onBlur}
          onKeyDown={f.onKeyDown}
          {...describedBy(id, f.error)}
        />
        {unit ? <span className="input-unit" aria-hidden="true">{unit}</span> : null}
      </div>
    </FieldShell>
  );
}
