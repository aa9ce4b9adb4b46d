import { useEffect, useMemo } from 'react';
import { APPROVAL_STATEMENT } from '../../../../shared/domain/comment';
import { useDocumentStore } from '../../store/documentStore';
import { formatWhen } from './commentWords';
import { useReviewInfo } from './readOnly';
import { approveScene, refreshApprovals } from './reviewActions';
import { useReviewStore } from './reviewStore';

/**
 * The director's approval of a scene's staging, bound to the hash of the staging approved: "Current" while
 * the staging is unchanged, "Outdated" after any change (main compares the hashes). In a review copy the
 * director approves here; in the production the coordinator sees the approvals imported.
 */
export function ApprovalSection({ sceneId }: { readonly sceneId: string }) {
  const review = useReviewInfo();
  const all = useDocumentStore((s) => s.approvals);
  const approvals = useMemo(() => Object.values(all).filter((a) => a.sceneId === sceneId).sort((a, b) => (a.approvedAt < b.approvedAt ? 1 : -1)), [all, sceneId]);
  const statuses = useReviewStore((s) => s.approvals);
  const author = useReviewStore((s) => s.authorName);
  const inCopy = !!review?.scenes.some((s) => s.sceneId === sceneId);
  const loads = useDocumentStore((s) => s.loadCount);
  const history = useDocumentStore((s) => s.history);
  const records = useDocumentStore((s) => s.scenes);
  // The status follows every change main reports (an edit, an undo, a version, an import) and every load.
  useEffect(() => void refreshApprovals(), [loads, history, records, all]);
  const mine = approvals.find((a) => a.approverName === author.trim() && statuses[a.id] === 'current');
  return (
    <section className="approval" aria-label="Director’s approval">
      <h3 className="section-label">Director’s approval</h3>
      {approvals.length ? (
        <ul className="approval__list" aria-label="Approvals of this scene">
          {approvals.map((a) => {
            const status = statuses[a.id];
            return (
              <li key={a.id} className={`approval__item approval__item--${status ?? 'unknown'}`} data-testid="approval">
                <span className={`chip ${status === 'current' ? 'chip--ok' : 'chip--warn'}`}>{status === 'current' ? 'Current' : status === 'outdated' ? 'Outdated' : 'Checking…'}</span>
                <span>
                  Approved by {a.approverName} (director), {formatWhen(a.approvedAt)}.
                  {status === 'outdated' ? ' The staging has changed since: this approval no longer applies to it.' : ''}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field__hint">{review ? 'Not approved yet.' : 'No approval from the director yet. Approvals arrive with an imported comments file.'}</p>
      )}
      {inCopy && !mine ? (
        <div className="approval__give">
          <p className="approval__statement">“{APPROVAL_STATEMENT}”</p>
          <button type="button" className="btn btn--primary btn--sm" disabled={!author.trim()} title={author.trim() ? undefined : 'Enter your name above first'} onClick={() => void approveScene(sceneId, author.trim())}>
            Approve this staging
          </button>
        </div>
      ) : null}
    </section>
  );
}
