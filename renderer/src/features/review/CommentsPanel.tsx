import { useId, useMemo, useState } from 'react';
import { useDocumentStore } from '../../store/documentStore';
import { ApprovalSection } from './ApprovalSection';
import { CommentThread } from './CommentThread';
import { threadsOf } from './commentWords';
import { NewCommentForm } from './NewCommentForm';
import { useReviewInfo } from './readOnly';
import { setAuthorName, useReviewStore } from './reviewStore';
import { formatWhen } from './commentWords';

/**
 * Comments on the scene shown (Inspector tab "Comments"): in a review copy, what it is and what staging
 * needs of consent, the director's approval, and the threads; in the production the same threads, with
 * replies and Resolve for the coordinator.
 */
export function CommentsPanel({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const id = useId();
  const review = useReviewInfo();
  const author = useReviewStore((s) => s.authorName);
  const all = useDocumentStore((s) => s.comments);
  const [onlyBeat, setOnlyBeat] = useState(!!beatId);
  const [hideResolved, setHideResolved] = useState(false);
  const showBeat = onlyBeat && !!beatId;
  const shown = useMemo(() => {
    const ofScene = Object.values(all).filter((c) => c.sceneId === sceneId);
    return threadsOf(ofScene).filter((t) => !showBeat || t.root.beatId === beatId);
  }, [all, sceneId, beatId, showBeat]);
  // Resolving is how a comment is set aside (an imported one cannot be undone): hidden here, never deleted.
  const threads = hideResolved ? shown.filter((t) => !t.root.resolvedAt) : shown;
  const hidden = shown.length - threads.length;
  const exported = review?.scenes.find((s) => s.sceneId === sceneId) ?? null;
  const lines = exported?.stagingLines ?? null;

  return (
    <div className="inspector__content comments-panel">
      {review ? (
        <section className="review-about" aria-label="About this review copy">
          <p>
            Review copy of <bdi>“{review.productionTitle}”</bdi>, made {formatWhen(review.madeAt)}. You can look, play the beats, look through the cameras, comment and approve.
          </p>
          {exported ? (
            <>
              <h3 className="section-label">Version and sign-off</h3>
              <p data-testid="review-version">
                {exported.version
                  ? `Version ${exported.version.number}, issued ${formatWhen(exported.version.issuedAt)}${exported.version.issuedBy ? ` by ${exported.version.issuedBy}` : ''}: ${exported.matchesVersion ? 'the staging shown is exactly this version.' : 'the staging shown has changed since this version (a draft).'}`
                  : 'No version of this scene has been issued yet: the staging shown is a draft.'}
              </p>
              {exported.signoffs.length ? (
                <ul className="staging-lines" aria-label="Sign-off">
                  {exported.signoffs.map((s) => (
                    <li key={`${s.role}-${s.name}`}>
                      {s.name} ({s.role}): {s.reason}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
          {lines ? (
            <>
              <h3 className="section-label">Staging limits from the cast’s consent</h3>
              <ul className="staging-lines" aria-label="Staging limits">
                {lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <ApprovalSection sceneId={sceneId} />
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Your name
        </label>
        <input id={`${id}-name`} className="input" value={author} maxLength={200} placeholder={review ? 'e.g. the director’s name' : 'e.g. the coordinator’s name'} onChange={(e) => setAuthorName(e.target.value)} />
      </div>
      <section className="comments" aria-labelledby={`${id}-threads`}>
        <div className="comments__head">
          <h3 id={`${id}-threads`} className="section-label">
            Comments
          </h3>
          <div className="comments__filters">
            {beatId ? (
              <label className="comments__filter">
                <input type="checkbox" checked={onlyBeat} onChange={(e) => setOnlyBeat(e.target.checked)} /> This beat only
              </label>
            ) : null}
            <label className="comments__filter">
              <input type="checkbox" checked={hideResolved} onChange={(e) => setHideResolved(e.target.checked)} /> Hide resolved
            </label>
          </div>
        </div>
        {hidden ? <p className="field__hint">{hidden === 1 ? '1 resolved thread hidden.' : `${hidden} resolved threads hidden.`}</p> : null}
        {threads.length ? (
          <ol className="comments__list" aria-label="Comment threads">
            {threads.map((t) => (
              <CommentThread key={t.root.id} root={t.root} replies={t.replies} />
            ))}
          </ol>
        ) : hidden ? null : (
          <p className="field__hint">{showBeat ? 'No comments on this beat yet.' : 'No comments on this scene yet.'}</p>
        )}
      </section>
      <NewCommentForm key={`${sceneId}-${beatId ?? ''}`} sceneId={sceneId} beatId={beatId} />
    </div>
  );
}
