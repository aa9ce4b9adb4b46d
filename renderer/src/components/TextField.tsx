import { useEffect, useId, useRef } from 'react';
import type { z } from 'zod';
import { useFieldDraft } from '../hooks/useFieldDraft';
import { describedBy, FieldShell } from './FieldShell';
import { formatText, parseWith } from './fieldParsers';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** The shared zod schema for this field; its messages are shown as you type. */
  readonly schema: z.ZodType<string>;
  readonly onCommit: (value: string) => unknown;
  readonly multiline?: boolean;
  readonly rows?: number;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly hideLabel?: boolean;
  /** Focus the field and select its text when it appears (a just-added person's name, ready to be typed over). */
  readonly autoFocus?: boolean;
  readonly className?: string;
  /** For short multi-line text (a beat description): Enter commits, Shift+Enter adds a line. */
  readonly submitOnEnter?: boolean;
}

/** A text input or textarea that commits one command on blur/Enter and reverts on Escape. */
export function TextField({ label, value, schema, onCommit, multiline, rows = 3, placeholder, hint, hideLabel, autoFocus, className, submitOnEnter }: TextFieldProps) {
  const id = useId();
  const f = useFieldDraft({ value, format: formatText, parse: parseWith(schema), onCommit, multiline: !!multiline && !submitOnEnter });
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    ref.current?.focus();
    ref.current?.select();
  }, [autoFocus]);
  const common = {
    id,
    ref,
    value: f.text,
    placeholder,
    spellCheck: multiline ? true : undefined,
    onBlur: f.onBlur,
    onKeyDown: f.onKeyDown,
    ...describedBy(id, f.error),
  };
  return (
    <FieldShell id={id} label={label} error={f.error} hint={hint} hideLabel={hideLabel} className={className}>
      {multiline ? (
        <textarea {...common} rows={rows} className="input input--area" onChange={(e) => f.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" className="input" onChange={(e) => f.onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}
