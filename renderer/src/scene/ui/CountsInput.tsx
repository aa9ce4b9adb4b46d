import { useId, useState } from 'react';
import { ContactFields } from '../../../../shared/domain/contact';
import { formatNullable, parseNumberWith } from '../../components/fieldParsers';

type Count = number | null;
// The shared schema of a count (whole number, 1–999, or empty for "the whole beat").
const parseCount = parseNumberWith<Count>(ContactFields.shape.fromCount, 'Counts');

/**
 * One count of a contact, typed as text: checked as you type with the shared schema, saved as one edit
 * on Enter or leaving the field, Esc reverts. When main refuses the edit (counts the wrong way round),
 * the typed value stays with main's message and nothing is saved.
 */
function CountField({ caption, label, value, onCommit, describedBy, onMessage }: {
  readonly caption: string;
  readonly label: string;
  readonly value: Count;
  readonly onCommit: (v: Count) => Promise<string | null>;
  readonly describedBy: string;
  readonly onMessage: (m: string | null) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const text = draft ?? formatNullable(value);
  const parsed = draft === null ? null : parseCount(draft);
  const commit = async () => {
    if (draft === null || !parsed?.ok) return;
    if (parsed.value === value) {
      setDraft(null);
      return;
    }
    const refusal = await onCommit(parsed.value);
    onMessage(refusal);
    setRefused(!!refusal);
    if (!refusal) setDraft(null);
  };
  const invalid = refused || (parsed !== null && !parsed.ok);
  return (
    <label className={`num${invalid ? ' num--invalid' : ''}`} title={label}>
      <span className="num__caption">{caption}</span>
      <input
        className="num__input"
        type="text"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder="—"
        value={text}
        onChange={(e) => {
          setDraft(e.target.value);
          setRefused(false);
          const p = parseCount(e.target.value);
          onMessage(p.ok ? null : p.message);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setRefused(false);
            onMessage(null);
          }
        }}
      />
    </label>
  );
}

/** From count … to count of a contact within its beat (both empty: the whole beat). */
export function CountsInput({ from, to, onCommit }: { readonly from: Count; readonly to: Count; readonly onCommit: (patch: { fromCount?: Count; toCount?: Count }) => Promise<string | null> }) {
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="stage-field">
      <div className="stage-row stage-row--2">
        <CountField caption="From" label="From count" value={from} onCommit={(v) => onCommit({ fromCount: v })} describedBy={`${id}-msg`} onMessage={setMessage} />
        <CountField caption="To" label="To count" value={to} onCommit={(v) => onCommit({ toCount: v })} describedBy={`${id}-msg`} onMessage={setMessage} />
      </div>
      {message ? (
        <p id={`${id}-msg`} className="stage-field__error" role="alert">
          {message}
        </p>
      ) : (
        <p id={`${id}-msg`} className="stage-hint">
          {from === null && to === null ? 'Empty: the whole beat.' : to === null ? 'To the end of the beat.' : from === null ? 'From the start of the beat.' : 'Both counts included.'}
        </p>
      )}
    </div>
  );
}
