import type { ReactNode } from 'react';

interface FieldShellProps {
  readonly id: string;
  readonly label: string;
  readonly error: string | null;
  readonly hint?: string | undefined;
  readonly children: ReactNode;
  /** Render the label visually hidden (still the control's accessible name). */
  readonly hideLabel?: boolean;
  readonly className?: string | undefined;
}

/** Label above the control, and the validation message (or hint) below it. */
export function FieldShell({ id, label, error, hint, children, hideLabel, className }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-msg`} className="field__error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-msg`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Props that tie a control to its message for assistive technology. */
export function describedBy(id: string, error: string | null, hint?: string) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error || hint ? `${id}-msg` : undefined,
  } as const;
}
