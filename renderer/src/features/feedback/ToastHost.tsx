import { Icon } from '../../components/Icon';
import { dismissToast, useUiStore, type Toast } from '../../store/uiStore';

/** Non-blocking messages in the bottom-right corner: confirmations with an Undo, and errors from main. */
export function ToastHost() {
  const toasts = useUiStore((s) => s.toasts);
  return (
    <section className="toasts" aria-label="Notifications">
      {toasts.map((t) => (
        <ToastView key={t.id} toast={t} />
      ))}
    </section>
  );
}

function ToastView({ toast }: { readonly toast: Toast }) {
  const isError = toast.tone === 'error';
  return (
    <div className={`toast toast--${toast.tone}`} role={isError ? 'alert' : 'status'}>
      <Icon name={isError ? 'alert' : toast.tone === 'success' ? 'check' : 'info'} className="toast__icon" />
      <p className="toast__message wrap-anywhere">
        {toast.message}
      </p>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          // Named after the toast ("Undo: Beat 3 deleted") so it is distinct from the toolbar's "Undo".
          aria-label={`${toast.action.label}: ${toast.message}`}
          onClick={() => {
            toast.action?.run();
            dismissToast(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button type="button" className="toast__close" aria-label="Dismiss notification" onClick={() => dismissToast(toast.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
