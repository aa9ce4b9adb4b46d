import { Icon } from '../../components/Icon';
import { useSaveStatus } from '../../store/selectors';

function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** There is no Save button: every edit is written when it is made, and this line says so. */
export function SaveStatusLine() {
  const save = useSaveStatus();
  return (
    <div className={`save-status save-status--${save.state}`} role="status" aria-live="polite">
      {save.state === 'saving' ? (
        <>
          <span className="spinner spinner--sm" aria-hidden="true" />
          <span>Saving…</span>
        </>
      ) : save.state === 'error' ? (
        <>
          <Icon name="alert" size={14} />
          <span title={save.message}>Last change not saved</span>
        </>
      ) : (
        <>
          <Icon name="check" size={14} />
          <span>All changes saved</span>
          {save.savedAt ? <span className="save-status__time">· {clock(save.savedAt)}</span> : null}
        </>
      )}
    </div>
  );
}
