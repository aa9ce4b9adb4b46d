import { useId, type KeyboardEvent } from 'react';
import { FieldMessage } from '../../components/FieldMessage';
import { readNumber } from '../../components/fieldParsers';
import { useFieldDraft, type Parsed } from '../../hooks/useFieldDraft';

interface NumericInputProps {
  /** Accessible name, e.g. "Left lower arm X rotation". */
  readonly label: string;
  /** Short visible caption in front of the field ("X", "W"). */
  readonly caption?: string;
  readonly value: number;
  readonly unit?: string;
  readonly decimals?: number;
  /** What the shared schema says about a typed value: its message, or null when allowed. */
  readonly check?: (value: number) => string | null;
  /** A range known to the caller (a joint's limits): typed values outside it are refused, arrow steps stop at it. */
  readonly min?: number;
  readonly max?: number;
  /** Arrow up/down steps (Shift: ×10). */
  readonly step?: number;
  readonly onCommit: (value: number) => unknown;
  readonly title?: string;
}

/** "Left elbow X rotation must be from 0 to 150°", for a range the caller knows (a joint's limits). */
function rangeMessage(label: string, min: number | undefined, max: number | undefined, unit = ''): string {
  const u = unit === '°' ? unit : unit ? ` ${unit}` : '';
  if (min !== undefined && max !== undefined) return `${label} must be from ${min} to ${max}${u}`;
  return min !== undefined ? `${label} must be at least ${min}${u}` : `${label} must be at most ${max ?? 0}${u}`;
}

const fmt = (v: number, decimals: number) => {
  const r = Number(v.toFixed(decimals));
  return String(r === 0 ? 0 : r);
};

/**
 * A compact number field: type, then Enter or leave to commit (one command); Esc reverts. A value the
 * shared rules refuse is never sent: the field keeps the typed text and says what is allowed.
 */
export function NumericInput({ label, caption, value, unit, decimals = 2, check, min, max, step = 1, onCommit, title }: NumericInputProps) {
  const id = useId();
  const parse = (text: string): Parsed<number> => {
    const n = readNumber(text);
    if (n === null) return { ok: false, message: `${label} must be a number` };
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) return { ok: false, message: rangeMessage(label, min, max, unit) };
    const refused = check?.(n) ?? null;
    return refused ? { ok: false, message: refused } : { ok: true, value: n };
  };
  const f = useFieldDraft({ value, format: (v: number) => fmt(v, decimals), parse, onCommit, equals: (a, b) => Math.abs(a - b) <= 10 ** -(decimals + 1) });
  const msgId = `${id}-msg`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const from = readNumber(f.text) ?? value;
      const next = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, from + (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1)));
      // A step is typing the next value and pressing Enter: a refused one shows its message.
      f.onChange(fmt(next, decimals));
      f.onBlur();
      return;
    }
    f.onKeyDown(e);
  };

  return (
    <div className={`num-field${f.error ? ' num-field--invalid' : ''}`}>
      <label className={`num${f.error ? ' num--invalid' : ''}`} title={title ?? label}>
        {caption ? <span className="num__caption">{caption}</span> : null}
        <input
          className="num__input"
          type="text"
          inputMode="decimal"
          aria-label={label}
          aria-invalid={f.error ? true : undefined}
          aria-describedby={msgId}
          value={f.text}
          onChange={(e) => f.onChange(e.target.value)}
          onBlur={f.onBlur}
          onKeyDown={onKeyDown}
        />
        {unit ? <span className="num__unit">{unit}</span> : null}
      </label>
      <FieldMessage id={msgId} error={f.error} errorClass="num-field__msg" hintClass="num-field__msg" />
    </div>
  );
}
