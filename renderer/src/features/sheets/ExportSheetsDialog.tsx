import { useId, useState } from 'react';
import type { Scene } from '../../../../shared/domain/scene';
import { PAPER_LABELS, PAPERS, type Paper } from '../../../../shared/sheet/channels';
import { bytesFromBase64, downloadBlob } from '../../api/download';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useDocumentStore } from '../../store/documentStore';
import { usePerformers } from '../../store/selectors';
import { announce, showError, showToast } from '../../store/uiStore';

type Choice = 'all' | 'director' | `performer:${string}`;
type Copy = { kind: 'performer'; performerId: string } | { kind: 'crew' };

/** Desktop app only: Print opens the system print dialog (the browser host has the download). */
const canPrint = () => typeof window !== 'undefined' && !!window.closedSet;

/**
 * Export sheets… for one scene: whose copy (a performer's, every performer's, the director/crew copy),
 * the paper, 3D stills or not; Save PDF (a download: Electron asks where) and, in the desktop app, Print.
 * Each copy is made by main (shared/sheet → HTML → Chromium → PDF); progress is shown copy by copy.
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
  const ids = { copy: useId(), paper: useId(), stills: useId(), note: useId() };
  const copies: Copy[] = choice === 'all' ? cast.map((p) => ({ kind: 'performer', performerId: p.id })) : choice === 'director' ? [{ kind: 'crew' }] : [{ kind: 'performer', performerId: choice.slice('performer:'.length) }];
  const nameOf = (c: Copy) => (c.kind === 'crew' ? 'the director copy' : `${performers.find((p) => p.id === c.performerId)?.name ?? 'the performer'}’s sheet`);
  const busy = progress !== null;

  const save = async () => {
    let saved = 0;
    try {
      for (const [i, copy] of copies.entries()) {
        const step = `Making ${nameOf(copy)} (${i + 1} of ${copies.length})…`;
        setProgress({ done: i, total: copies.length, step });
        announce(step);
        const sheet = await invoke('sheet:pdf', { sceneId: scene.id, copy, paper, stills });
        downloadBlob(new Blob([bytesFromBase64(sheet.pdfBase64)], { type: 'application/pdf' }), sheet.fileName);
        saved++;
      }
      showToast({ tone: 'success', message: `${saved === 1 ? 'Sheet' : `${saved} sheets`} saved as PDF (${PAPER_LABELS[paper]})` });
      onClose();
    } catch (e) {
      showError(`${saved ? `${saved} of ${copies.length} sheets were saved. ` : ''}The sheet could not be made: ${(e as Error).message}`);
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
      <button type="button" className="btn btn--primary" onClick={() => void save()} disabled={busy || copies.length === 0}>
        {copies.length > 1 ? `Save ${copies.length} PDFs` : 'Save PDF'}
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
            ? `Made from v${versionNumber}, the scene’s latest issued version (later edits are not on it); the PDF is written without a digital signature here.`
            : 'No version of this scene is issued yet, so the sheets show the working draft, marked as such, and cannot be signed.'}
        </p>
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
