import { useEffect, useId, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useUiStore } from '../../store/uiStore';

/** The one-line prompt dialog; opened with askText(). */
export function PromptHost() {
  const request = useUiStore((s) => s.prompt);
  const id = useId();
  const [value, setValue] = useState('');
  useEffect(() => setValue(request?.initialValue ?? ''), [request]);
  const submit = () => {
    const v = value.trim();
    if (v) request?.resolve(v);
  };
  return (
    <Dialog
      title={request?.title ?? ''}
      open={!!request}
      onClose={() => request?.resolve(null)}
      footer={
        request ? (
          <>
            <button type="button" className="btn" onClick={() => request.resolve(null)}>
              Cancel
            </button>
            <button type="button" className="btn btn--primary" disabled={!value.trim()} onClick={submit}>
              {request.confirmLabel}
            </button>
          </>
        ) : null
      }
    >
      {request ? (
        <div className="field">
          <p className="dialog__text">{request.body}</p>
          <label htmlFor={id} className="field__label">
            {request.label}
          </label>
          <input
            id={id}
            className="input input--mono"
            value={value}
            autoFocus
            spellCheck={false}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submit();
              }
            }}
          />
        </div>
      ) : null}
    </Dialog>
  );
}
