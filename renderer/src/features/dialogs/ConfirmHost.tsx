import { Dialog } from '../../components/Dialog';
import { useUiStore } from '../../store/uiStore';

/** The one confirmation dialog; opened with askConfirm() from anywhere. */
export function ConfirmHost() {
  const request = useUiStore((s) => s.confirm);
  return (
    <Dialog
      title={request?.title ?? ''}
      open={!!request}
      role="alertdialog"
      onClose={() => request?.resolve(false)}
      footer={
        request ? (
          <>
            {/* A destructive choice is never the default: Enter on an open dialog keeps the data. */}
            <button type="button" className="btn" autoFocus={!!request.destructive} onClick={() => request.resolve(false)}>
              Cancel
            </button>
            <button
              type="button"
              className={`btn ${request.destructive ? 'btn--danger' : 'btn--primary'}`}
              autoFocus={!request.destructive}
              onClick={() => request.resolve(true)}
            >
              {request.confirmLabel}
            </button>
          </>
        ) : null
      }
    >
      <p>{request?.body}</p>
    </Dialog>
  );
}
