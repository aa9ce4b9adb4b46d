import { usePendingValue } from '../../hooks/usePendingValue';
import { CONTENT_FLAG_LABELS, CONTENT_FLAGS, type ContentFlag } from '../../../../shared/domain/scene';

/** Content flags as toggle chips (buttons with aria-pressed); each toggle is one command. */
export function ContentFlagToggles({ value, onCommit }: { readonly value: readonly ContentFlag[]; readonly onCommit: (flags: ContentFlag[]) => unknown }) {
  const [shown, commit] = usePendingValue<readonly ContentFlag[]>(value);
  const toggle = (flag: ContentFlag) => {
    const on = shown.includes(flag);
    // Keep the canonical order so the same set always reads (and prints) the same way.
    commit(CONTENT_FLAGS.filter((f) => (f === flag ? !on : shown.includes(f))), (next) => onCommit([...next]));
  };
  return (
    <div className="flag-toggles" role="group" aria-label="Content flags">
      <span className="field__label" aria-hidden="true">
        Content flags
      </span>
      <div className="flag-toggles__chips">
        {CONTENT_FLAGS.map((f) => (
          <button key={f} type="button" className="toggle-chip" aria-pressed={shown.includes(f)} onClick={() => toggle(f)}>
            {CONTENT_FLAG_LABELS[f]}
          </button>
        ))}
      </div>
    </div>
  );
}
