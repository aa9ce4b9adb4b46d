import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { usePendingValue } from './usePendingValue';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface FieldDraftOptions<T> {
  /** The committed value, as the store has it. */
  readonly value: T;
  readonly format: (value: T) => string;
  /** Validates the typed text (usually with the shared zod schema for the field). */
  readonly parse: (text: string) => Parsed<T>;
  /** Sends the edit; a returned promise (the command) keeps the new value shown until it settles. */
  readonly onCommit: (value: T) => unknown;
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
 * and edits from elsewhere appear at once; a value just committed is shown until main answers
 * (not the old one for a moment).
 */
export function useFieldDraft<T>({ value, format, parse, onCommit, multiline = false, equals = Object.is }: FieldDraftOptions<T>): FieldDraft {
  const [draft, setDraftState] = useState<string | null>(null);
  // The draft as of the last keystroke, for commit: a blur that arrives before React re-renders (Enter,
  // then focus moves in the same task) must find the draft already committed, not commit it twice.
  const draftRef = useRef<string | null>(null);
  const setDraft = useCallback((next: string | null) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const [shown, commitPending] = usePendingValue(value);
  const text = draft ?? format(shown);
  const result = draft === null ? null : parse(draft);
  const error = result && !result.ok ? result.message : null;

  const commit = useCallback(() => {
    const current = draftRef.current;
    if (current === null) return;
    const parsed = parse(current);
    if (!parsed.ok) return; // keep the draft and its message until fixed or reverted
    setDraft(null);
    if (!equals(parsed.value, value)) commitPending(parsed.value, onCommit);
  }, [parse, equals, value, onCommit, commitPending, setDraft]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Escape') {
        if (draftRef.current !== null) {
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
    [multiline, commit, setDraft],
  );

  return { text, error, onChange: setDraft, onBlur: commit, onKeyDown };
}
