import { useId } from 'react';
import { usePendingValue } from '../hooks/usePendingValue';
import { FieldShell } from './FieldShell';

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  /** A choice is a complete edit, so it commits at once. */
  readonly onCommit: (value: T) => unknown;
  readonly className?: string;
}

export function SelectField<T extends string>({ label, value, options, labels, onCommit, className }: SelectFieldProps<T>) {
  const id = useId();
  const [shown, commit] = usePendingValue(value);
  return (
    <FieldShell id={id} label={label} error={null} className={className}>
      <select id={id} className="input input--select" value={shown} onChange={(e) => commit(e.target.value as T, onCommit)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o]}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
