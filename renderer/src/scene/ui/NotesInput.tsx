import { useId } from 'react';
import type { z } from 'zod';
import { FieldMessage } from '../../components/FieldMessage';
import { parseWith } from '../../components/fieldParsers';
import { useFieldDraft } from '../../hooks/useFieldDraft';

/** Notes on a contact or barrier: typed freely, saved as one edit on leaving the field (or Ctrl/Cmd+Enter); Esc reverts. */
export function NotesInput({ label, value, schema, onCommit }: { readonly label: string; readonly value: string; readonly schema: z.ZodType<string>; readonly onCommit: (v: string) => void }) {
  const id = useId();
  const f = useFieldDraft<string>({ value, format: (v) => v, parse: parseWith(schema), onCommit, multiline: true });
  return (
    <div className="stage-field">
      <textarea
        id={id}
        className={`stage-input stage-textarea${f.error ? ' stage-input--invalid' : ''}`}
        aria-label={label}
        dir="auto"
        rows={3}
        value={f.text}
        placeholder="Clinical notes"
        onChange={(e) => f.onChange(e.target.value)}
        onBlur={f.onBlur}
        onKeyDown={f.onKeyDown}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={`${id}-msg`}
      />
      <FieldMessage id={`${id}-msg`} error={f.error} errorClass="stage-field__error" />
    </div>
  );
}
