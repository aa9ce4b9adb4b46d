interface FieldMessageProps {
  readonly id: string;
  readonly error: string | null;
  readonly hint?: string | null | undefined;
  readonly errorClass?: string;
  readonly hintClass?: string;
}

/**
 * The one message line under a field: its validation message, else its hint (or nothing). It is always
 * rendered and polite-live, and the field is always described by it, so a message is announced once as
 * it appears; an alert inserted while the field's description changes is read out twice.
 */
export function FieldMessage({ id, error, hint, errorClass = 'field__error', hintClass = 'field__hint' }: FieldMessageProps) {
  return (
    <p id={id} className={`field-message ${error ? errorClass : hintClass}`} aria-live="polite">
      {error ?? hint}
    </p>
  );
}
