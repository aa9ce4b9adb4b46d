import type { ReactNode } from 'react';
import { FieldMessage } from './FieldMessage';

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

/** Label above the control, and below it its message line (the validation message, else the hint). */
export function FieldShell({ id, label, error, hint, children, hideLabel, className }: FieldShellProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {children}
      <FieldMessage id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

/** Props that tie a control to its message line for assistive technology (the same line before and after an error). */
export function describedBy(id: string, error: string | null) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': `${id}-msg`,
  } as const;
}
