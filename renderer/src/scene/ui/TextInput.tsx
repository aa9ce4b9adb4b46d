import { useEffect, useState } from 'react';

/** A one-line text field that commits on Enter or blur (Esc reverts). */
export function TextInput({ label, value, onCommit, maxLength = 80 }: { readonly label: string; readonly value: string; readonly onCommit: (v: string) => void; readonly maxLength?: number }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const t = text.trim();
    if (!t) setText(value);
    else if (t !== value) onCommit(t);
  };
  return (
    <input
      className="stage-input"
      aria-label={label}
      value={text}
      maxLength={maxLength}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setText(value);
        }
      }}
    />
  );
}
