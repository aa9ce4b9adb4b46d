import { useEffect, useId, useRef, useState } from 'react';
import { FieldShell } from './FieldShell';

interface ColorFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/**
 * The platform colour picker. React's onChange fires on every drag step, so the draft follows the
 * picker and only the native `change` event (picker closed) sends the command.
 */
export function ColorField({ label, value, onCommit }: ColorFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ value, onCommit });
  latest.current = { value, onCommit };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onNativeChange = () => {
      setDraft(null);
      const next = el.value.toLowerCase();
      if (next !== latest.current.value.toLowerCase()) latest.current.onCommit(next);
    };
    el.addEventListener('change', onNativeChange);
    return () => el.removeEventListener('change', onNativeChange);
  }, []);

  return (
    <FieldShell id={id} label={label} error={null}>
      <div className="color-field">
        <input ref={ref} id={id} type="color" className="color-field__swatch" value={draft ?? value} onChange={(e) => setDraft(e.target.value)} />
        <code className="color-field__hex">{(draft ?? value).toUpperCase()}</code>
      </div>
    </FieldShell>
  );
}
