import { useId } from 'react';
import type { z } from 'zod';
import { useFieldDraft } from '../hooks/useFieldDraft';
import { describedBy, FieldShell } from './FieldShell';
import { formatNullable, parseNullableWith } from './fieldParsers';

interface NullableTextFieldProps {
  readonly label: string;
  readonly value: string | null;
  readonly schema: z.ZodType<string>;
  readonly onCommit: (value: string | null) => unknown;
  /** 'date' and 'time' use the platform pickers; their values are already YYYY-MM-DD / HH:MM. */
  readonly type: 'date' | 'time' | 'text';
  readonly hint?: string;
  readonly className?: string;
}

/** An optional date, time or short value: empty means "not set". */
export function NullableTextField({ label, value, schema, onCommit, type, hint, className }: NullableTextFieldProps) {
  const id = useId();
  const f = useFieldDraft<string | null>({ value, format: formatNullable, parse: parseNullableWith(schema), onCommit });
  return (
    <FieldShell id={id} label={label} error={f.error} hint={hint} className={className}>
      <input
        id={id}
        type={type}
        className="input"
        value={f.text}
        onChange={(e) => f.onChange(e.target.value)}
        onBlur={f.onBlur}
        onKeyDown={f.onKeyDown}
        {...describedBy(id, f.error)}
      />
    </FieldShell>
  );
}
