import { useEffect, useId, useState } from 'react';
import type { Scene } from '../../../../shared/domain/scene';
import { PAPER_LABELS, PAPERS, type Paper } from '../../../../shared/sheet/channels';
import { bytesFromBase64, downloadBlob } from '../../api/download';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useDocumentStore } from '../../store/documentStore';
import { usePerformers } from '../../store/selectors';
import { announce, showError, showToast } from '../../store/uiStore';
import type { SigningStatus } from '../../../../shared/signing/status';
import { openSigningCertificate } from '../signing/signingStore';

type Choice = 'all' | 'director' | `performer:${string}`;
type Copy = { kind: 'performer'; performerId: string } | { kind: 'crew' };

/** Desktop app only: Print opens the system print dialog (the browser host has the download). */
const canPrint = () => typeof window !== 'undefined' && !!window.closedSet;

/**
 * Export sheets… for one scene: whose copy (a performer's, every performer's, the director/crew copy),
 * the paper, 3D stills or not; Save PDF (a download: Electron asks where) and, in the desktop app, Print.
 * Each copy is made by main (shared/sheet → HTML → Chromium → PDF → signature); progress is shown copy by copy.
 * An issued version's copies are signed with the coordinator's certificate (main unlocks the key: the
 * system keychain in the desktop app, else the passphrase typed here, sent for this export and never
 * kept), or saved unsigned when the user says so; the toast says which it produced.
 */
export function ExportSheetsDialog({ scene, open, onClose }: { readonly scene: Scene; readonly open: boolean; readonly onClose: () => void }) {
  const performers = usePerformers();
  const cast = scene.performerIds.map((id) => performers.find((p) => p.id === id)).filter((p) => !!p);
  // The sheets are made from the latest issued version (main decides; this only says which).
  const versionNumber = useDocumentStore((s) => Object.values(s.sceneVersions).reduce((n, v) => (v.sceneId === scene.id && v.number > n ? v.number : n), 0));
  const [choice, setChoice] = useState<Choice>(cast.length ? 'all' : 'director');
  const [paper, setPaper] = useState<Paper>('a4');
  const [stills, setStills] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; step: string } | null>(null);
  const [signing, setSigning] = useState<SigningStatus | 'failed' | null>(null);
  const [sign, setSign] = useState(true);
  const [unsignedAck, setUnsignedAck] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [signError, setSignError] = useState('');
  useEffect(() => {
    invoke('signing:status', {}).then(setSigning, () => setSigning('failed'));
  }, []);
  const certificate = signing && signing !== 'failed' ? signing.certificate : null;
  // Signed only when there is a version to sign and a certificate to sign with; otherwise the user must say "unsigned".
  const willSign = versionNumber > 0 && sign && !!certificate;
  const needsPassphrase = willSign && signing !== 'failed' && signing?.protection === 'passphrase';
  const unsignedChosen = versionNumber === 0 || (certificate ? !sign : unsignedAck);
  const ready = willSign ? !needsPassphrase || passphrase !== '' : unsignedChosen;
  const ids = { copy: useId(), paper: useId(), stills: useId(), note: useId(), sign: useId(), passphrase: useId(), signError: useId() };
  const copies: Copy[] = choice === 'all' ? cast.map((p) => ({ kind: 'performer', performerId: p.id })) : choice === 'director' ? [{ kind: 'crew' }] : [{ kind: 'performer', performerId: choice.slice('performer:'.length) }];
  const nameOf = (c: Copy) => (c.kind === 'crew' ? 'the director copy' : `${performers.find((p) => p.id === c.performerId)?.name ?? 'the performer'}’s sheet`);
  const busy = progress !== null;

  const save = async () => {
    let saved = 0;
    let signedBy: string | null = null;
    setSignError('');
    try {
      for (const [i, copy] of copies.entries()) {
        const step = `Making ${nameOf(copy)} (${i + 1} of ${copies.length})…`;
        setProgress({ done: i, total: copies.length, step });
        announce(step);
        const sheet = await invoke('sheet:pdf', { sceneId: scene.id, copy, paper, stills, ...(willSign ? (needsPassphrase ? { passphrase } : {}) : { unsigned: true }) });
        downloadBlob(new Blob([bytesFromBase64(sheet.pdfBase64)], { type: 'application/pdf' }), sheet.fileName);
        signedBy = sheet.signedBy;
        saved++;
      }
      const how = signedBy ? `signed by ${signedBy}` : 'unsigned';
      showToast({ tone: 'success', message: `${saved === 1 ? 'Sheet' : `${saved} sheets`} saved as PDF (${PAPER_LABELS[paper]}), ${how}` });
      onClose();
    } catch (e) {
      const message = (e as Error).message;
      // Signing problems (a wrong passphrase, no certificate) stay in the dialog, beside the field to fix.
      if (willSign && saved === 0) setSignError(message);
      else showError(`${saved ? `${saved} of ${copies.length} sheets were saved. ` : ''}The sheet could not be made: ${message}`);
    } finally {
      setProgress(null);
    }
  };

  const print = async () => {
    const copy = copies[0];
    if (!copy) return;
    setProgress({ done: 0, total: 1, step: `Preparing ${nameOf(copy)} for printing…` });
    try {
      const result = await invoke('sheet:print', { sceneId: scene.id, copy, paper, stills });
      if (result.printed) showToast({ tone: 'success', message: 'Sheet sent to the printer' });
    } catch (e) {
      showError(`The sheet could not be printed: ${(e as Error).message}`);
    } finally {
      setProgress(null);
    }
  };

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose} disabled={busy}>
        Cancel
      </button>
      {canPrint() ? (
        <button type="button" className="btn" onClick={() => void print()} disabled={busy || copies.length !== 1} title={copies.length !== 1 ? 'Print one copy at a time: choose a performer or the director copy' : undefined}>
          Print…
        </button>
      ) : null}
      <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={busy || copies.length === 0 || !ready}>
        {`${willSign ? 'Sign and save' : 'Save'} ${copies.length > 1 ? `${copies.length} PDFs` : 'PDF'}`}
      </button>
    </>
  );

  return (
    <Dialog title={`Export sheets — scene ${scene.number}`} open={open} onClose={() => (busy ? undefined : onClose())} footer={footer} className="sheets-dialog">
      <div className="sheets-dialog__form" aria-describedby={ids.note}>
        <div className="field">
          <label htmlFor={ids.copy} className="field__label">
            Copy
          </label>
          <select id={ids.copy} className="input input--select" value={choice} disabled={busy} onChange={(e) => setChoice(e.target.value as Choice)}>
            {cast.length ? <option value="all">Every performer (one sheet each)</option> : null}
            {cast.map((p) => (
              <option key={p.id} value={`performer:${p.id}`}>
                {p.character ? `${p.name} (${p.character})` : p.name}
              </option>
            ))}
            <option value="director">Director / crew copy (staging only)</option>
          </select>
        </div>
        <fieldset className="sheets-dialog__paper" disabled={busy}>
          <legend className="field__label">Paper</legend>
          {PAPERS.map((p) => (
            <label key={p} className="sheets-dialog__radio">
              <input type="radio" name={ids.paper} value={p} checked={paper === p} onChange={() => setPaper(p)} /> {PAPER_LABELS[p]}
            </label>
          ))}
        </fieldset>
        <label className="sheets-dialog__check" htmlFor={ids.stills}>
          <input id={ids.stills} type="checkbox" checked={stills} disabled={busy} onChange={(e) => setStills(e.target.checked)} /> A 3D still of each beat (slower)
        </label>
        <p id={ids.note} className="field__hint">
          A performer’s sheet holds their own consent and the shared choreography, nobody else’s.{' '}
          {versionNumber
            ? `Made from v${versionNumber}, the scene’s latest issued version (later edits are not on it).`
            : 'No version of this scene is issued yet, so the sheets show the working draft, marked as such, and cannot be signed.'}
        </p>
        {versionNumber ? (
          <fieldset className="sheets-dialog__signing" disabled={busy}>
            <legend className="field__label">Signature</legend>
            {signing === null ? (
              <p className="field__hint">Looking for the signing certificate…</p>
            ) : certificate ? (
              <label className="sheets-dialog__check" htmlFor={ids.sign}>
                <input id={ids.sign} type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} /> Sign with {certificate.subjectName}’s certificate
              </label>
            ) : (
              <div className="notice" role="note">
                <span>
                  {signing === 'failed' ? 'The signing certificate could not be read, ' : 'There is no signing certificate on this computer yet, '}so these sheets cannot be signed.{' '}
                  <button
                    type="button"
                    className="link-btn"
                    onClick={() => {
                      onClose();
                      openSigningCertificate();
                    }}
                  >
                    Open File ▸ Signing certificate…
                  </button>
                </span>
              </div>
            )}
            {needsPassphrase ? (
              <div className="field">
                <label htmlFor={ids.passphrase} className="field__label">
                  Passphrase for the signing key
                </label>
                <input
                  id={ids.passphrase}
                  className="input"
                  type="password"
                  autoComplete="off"
                  value={passphrase}
                  aria-describedby={signError ? ids.signError : undefined}
                  aria-invalid={signError ? true : undefined}
                  onChange={(e) => {
                    setPassphrase(e.target.value);
                    setSignError('');
                  }}
                />
                <span className="field__hint">Used for this export only; it is not kept.</span>
              </div>
            ) : null}
            {signing !== null && !certificate ? (
              <label className="sheets-dialog__check">
                <input type="checkbox" checked={unsignedAck} onChange={(e) => setUnsignedAck(e.target.checked)} /> Save unsigned (no digital signature: nobody can check who issued it)
              </label>
            ) : certificate && !sign ? (
              <p className="field__hint">Saved unsigned: no digital signature, so nobody can check who issued it.</p>
            ) : null}
            {signError ? (
              <p id={ids.signError} className="field__error" role="alert">
                {signError}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {progress ? (
          <div className="sheets-dialog__progress" role="status">
            <progress max={progress.total} value={progress.done} aria-label="Sheets made" />
            <span>{progress.step}</span>
          </div>
        ) : null}
      </div>
    </Dialog>
  );
}
