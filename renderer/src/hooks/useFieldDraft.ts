import { useCallback, useState, type KeyboardEvent } from 'react';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface FieldDraftOptions<T> {
  /** The committed value, as the store has it. */
  readonly value: T;
  readonly format: (value: T) => string;
  /** Validates the typed text (usually with the shared zod schema for the field). */
  readonly parse: (text: string) => Parsed<T>;
  readonly onCommit: (value: T) => void;
  /** Multi-line fields keep Enter for new lines and commit with Ctrl/Cmd+Enter or on blur. */
  readonly multiline?: boolean;
  readonly equals?: (a: T, b: T) => boolean;
}

export interface FieldDraft {
  readonly text: string;
  readonly error: string | null;
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/**
 * A local draft for one field: validated as you type, committed as ONE command on blur or Enter,
 * reverted with Escape. While no draft exists the field shows the store's value, so undo/redo
 * and edits from elsewhere appear at once.
 */
export function useFieldDraft<T>({ value, format, parse, onCommit, multiline = false, equals = Object.is }: FieldDraftOptions<T>): FieldDraft {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? format(value);
  const result = draft === null ? null : parse(draft);
  const error = result && !result.ok ? result.message : null;

  const commit = useCallback(() => {
    if (draft === null) return;
    const parsed = parse(draft);
    if (!parsed.ok) return; // keep the draft and its message until fixed or reverted
    setDraft(null);
    if (!equals(parsed.value, value)) onCommit(parsed.value);
  }, [draft, parse, equals, value, onCommit]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Escape') {
        if (draft !== null) {
          // Revert this field only; do not let the Escape close a surrounding dialog.
          e.preventDefault();
          e.stopPropagation();
          setDraft(null);
        }
        return;
      }
      if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
        if (multiline && !(e.ctrlKey || e.metaKey)) return;
        if (e.shiftKey && e.currentTarget instanceof HTMLTextAreaElement) return; // Shift+Enter: a new line
        e.preventDefault();
        commit();
      }
    },
    [draft, multiline, commit],
  );

  return { text, error, onChange: setDraft, onBlur: commit, onKeyDown };
}
