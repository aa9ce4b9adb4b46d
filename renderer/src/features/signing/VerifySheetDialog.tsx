import { useId } from 'react';
import type { SheetVerdict, SheetVerdictStatus } from '../../../../shared/signing/verdict';
import { formatFingerprint, verdictLines } from '../../../../shared/signing/verdict';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { closeSigningDialog, useSigningUi, verifySheetFile } from './signingStore';

const TONE: Record<SheetVerdictStatus, 'ok' | 'warn' | 'danger'> = {
  valid: 'ok',
  altered: 'danger',
  'foreign-signer': 'danger',
  'unknown-version': 'warn',
  unchecked: 'warn',
  'not-signed': 'warn',
  unreadable: 'danger',
};

/** File ▸ Verify a sheet…, or a PDF dropped on the window: the verdict in plain words. */
export function VerifySheetDialog() {
  const open = useSigningUi((s) => s.dialog === 'verify');
  const state = useSigningUi((s) => s.verify);
  const inputId = useId();
  return (
    <Dialog
      title="Verify a sheet"
      className="dialog--wide"
      open={open}
      onClose={closeSigningDialog}
      footer={
        <>
          <label className="btn" htmlFor={inputId}>
            {state.phase === 'choose' ? 'Choose a PDF…' : 'Check another PDF…'}
          </label>
          <button type="button" className="btn btn--primary" onClick={closeSigningDialog} autoFocus={state.phase !== 'choose'}>
            Close
          </button>
        </>
      }
    >
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/pdf,.pdf"
        aria-label="Sheet PDF to verify"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void verifySheetFile(file);
        }}
      />
      {state.phase === 'choose' ? (
        <p className="dialog__text">
          Choose a signed choreography sheet (PDF), or drop one anywhere on this window. Closed Set checks that it is unchanged since it was
          signed, that this production’s coordinator signed it, and which version of the scene it shows.
        </p>
      ) : state.phase === 'checking' ? (
        <p className="dialog__text" role="status">
          Checking “{state.fileName}”…
        </p>
      ) : state.phase === 'failed' ? (
        <div className="notice notice--danger" role="alert">
          <Icon name="alert" />
          <span>
            “{state.fileName}” could not be checked: {state.message}
          </span>
        </div>
      ) : (
        <Verdict fileName={state.fileName} verdict={state.verdict} />
      )}
    </Dialog>
  );
}

function Verdict({ fileName, verdict }: { readonly fileName: string; readonly verdict: SheetVerdict }) {
  const [headline, ...details] = verdictLines(verdict);
  const tone = TONE[verdict.status];
  return (
    <section className={`verdict verdict--${tone}`} aria-label="Verdict" role="status">
      <p className="verdict__file">{fileName}</p>
      <p className="verdict__headline">
        <Icon name={tone === 'ok' ? 'check' : tone === 'danger' ? 'alert' : 'info'} />
        <span>{headline}</span>
      </p>
      <ul className="verdict__details">
        {details.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {verdict.certificate ? (
        <p className="verdict__fingerprint">
          Certificate SHA-256 <code>{formatFingerprint(verdict.certificate.fingerprint)}</code>
        </p>
      ) : null}
    </section>
  );
}
