import { useEffect, useState, type KeyboardEvent } from 'react';

interface NumericInputProps {
  /** Accessible name, e.g. "Left lower arm X rotation". */
  readonly label: string;
  /** Short visible caption in front of the field ("X", "W"). */
  readonly caption?: string;
  readonly value: number;
  readonly unit?: string;
  readonly decimals?: number;
  readonly min?: number;
  readonly max?: number;
  /** Arrow up/down steps (Shift: ×10). */
  readonly step?: number;
  readonly onCommit: (value: number) => void;
  readonly title?: string;
}

const fmt = (v: number, decimals: number) => {
  const r = Number(v.toFixed(decimals));
  return String(r === 0 ? 0 : r);
};

/** A compact number field: type, then Enter or leave to commit (one command); Esc reverts. */
export function NumericInput({ label, caption, value, unit, decimals = 2, min, max, step = 1, onCommit, title }: NumericInputProps) {
  const [text, setText] = useState(fmt(value, decimals));
  const [editing, setEditing] = useState(false);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!editing) setText(fmt(value, decimals));
  }, [value, decimals, editing]);

  const commit = (raw: string) => {
    const n = Number(raw.replace(',', '.').replace(/[^\d.eE+-]/g, ''));
    if (raw.trim() === '' || !Number.isFinite(n)) {
      setInvalid(true);
      return;
    }
    const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, n));
    setInvalid(false);
    setText(fmt(clamped, decimals));
    if (Math.abs(clamped - value) > 10 ** -(decimals + 1)) onCommit(clamped);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(text);
      setEditing(false);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setText(fmt(value, decimals));
      setInvalid(false);
      setEditing(false);
      e.currentTarget.blur();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const n = Number(text);
      const next = (Number.isFinite(n) ? n : value) + (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1);
      commit(String(next));
    }
  };

  return (
    <label className={`num${invalid ? ' num--invalid' : ''}`} title={title ?? label}>
      {caption ? <span className="num__caption">{caption}</span> : null}
      <input
        className="num__input"
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={invalid || undefined}
        value={text}
        onFocus={() => setEditing(true)}
        onChange={(e) => {
          // Typing is editing even without a new focus (after Enter the field keeps focus): a saved value
          // arriving now must not overwrite what is being typed.
          setEditing(true);
          setText(e.target.value);
        }}
        onBlur={() => {
          commit(text);
          setEditing(false);
        }}
        onKeyDown={onKeyDown}
      />
      {unit ? <span className="num__unit">{unit}</span> : null}
    </label>
  );
}
