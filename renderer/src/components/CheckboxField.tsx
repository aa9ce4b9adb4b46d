import { useId, type ReactNode } from 'react';
import { usePendingValue } from '../hooks/usePendingValue';

interface CheckboxFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onCommit: (checked: boolean) => unknown;
  readonly description?: ReactNode;
  /** Not available now; `description` should say why. */
  readonly disabled?: boolean;
  readonly className?: string;
}

/** A checkbox with its label to the right; toggling commits at once. */
export function CheckboxField({ label, checked, onCommit, description, disabled, className }: CheckboxFieldProps) {
  const id = useId();
  const [shown, commit] = usePendingValue(checked);
  return (
    <div className={`check${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="check__box"
        checked={shown}
        disabled={disabled}
        onChange={(e) => commit(e.target.checked, onCommit)}
        aria-describedby={description ? `${id}-desc` : undefined}
      />
      <label htmlFor={id} className="check__label">
        {label}
      </label>
      {description ? (
        <div id={`${id}-desc`} className="check__desc">
          {description}
        </div>
      ) : null}
    </div>
  );
}
