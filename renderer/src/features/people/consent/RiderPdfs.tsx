import { useMemo } from 'react';
import type { RiderVersion } from '../../../../../shared/domain/consent';
import { useDocumentStore } from '../../../store/documentStore';
import { formatWhen } from './consentState';
import { attachRiderPdf, openRiderPdf, saveRiderPdfCopy } from './riderPdfActions';

const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * The signed rider as PDF files kept in the production file, each bound to the rider version it was
 * attached to. Shown only in this performer's consent view (never beside another performer's).
 */
export function RiderPdfs({ performerId, sceneId, current, recordedBy }: { readonly performerId: string; readonly sceneId: string; readonly current: RiderVersion | null; readonly recordedBy: string }) {
  const all = useDocumentStore((s) => s.riderAttachments);
  const riders = useDocumentStore((s) => s.riders);
  const files = useMemo(
    () => Object.values(all).filter((a) => a.performerId === performerId && a.sceneId === sceneId).sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1)),
    [all, performerId, sceneId],
  );
  return (
    <div className="rider__pdfs">
      <div className="rider__pdfs-head">
        <span className="field__label">Signed rider (PDF)</span>
        <button
          type="button"
          className="btn btn--sm"
          disabled={!current}
          title={current ? `Attach a PDF to version ${current.version}` : 'Save a rider version first'}
          onClick={() => current && void attachRiderPdf(current.id, current.version, recordedBy)}
        >
          Attach PDF to version {current?.version ?? 1}…
        </button>
      </div>
      {files.length === 0 ? (
        <p className="muted small">No PDF attached. The signed rider can be kept in the production file as a PDF (up to 20 MB).</p>
      ) : (
        <ul className="rider__pdf-list" aria-label="Rider PDFs">
          {files.map((a) => (
            <li key={a.id} className="rider__pdf">
              <span className="rider__pdf-name" dir="auto" title={a.fileName}>
                {a.fileName}
              </span>
              <span className="muted small rider__pdf-meta">
                {size(a.sizeBytes)} · version {riders[a.riderId]?.version ?? '?'} · attached {formatWhen(a.recordedAt)}
                {a.recordedBy ? ` by ${a.recordedBy}` : ''} ·{' '}
                <span className="rider__pdf-hash" title={`SHA-256 ${a.sha256} (checked before the PDF is opened or saved)`}>
                  SHA-256 {a.sha256.slice(0, 12)}
                </span>
              </span>
              <span className="rider__pdf-actions">
                <button type="button" className="btn btn--sm btn--ghost" aria-label={`Open ${a.fileName}`} onClick={() => void openRiderPdf(a.id, a.fileName)}>
                  Open
                </button>
                <button type="button" className="btn btn--sm btn--ghost" aria-label={`Save a copy of ${a.fileName}`} onClick={() => void saveRiderPdfCopy(a.id, a.fileName)}>
                  Save a copy…
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
