import { useState } from 'react';
import type { Comment } from '../../../../shared/domain/comment';
import { commentTargetGone } from '../../../../shared/review/about';
import { useDocumentStore } from '../../store/documentStore';
import { byline, formatWhen } from './commentWords';
import { useReadOnly } from './readOnly';
import { resolveThread, writeComment } from './reviewActions';
import { focusThread, useReviewStore } from './reviewStore';

/** One thread: its first comment (what it is about, resolved or not), the replies, a reply box; the coordinator resolves. */
export function CommentThread({ root, replies }: { readonly root: Comment; readonly replies: readonly Comment[] }) {
  const readOnly = useReadOnly();
  const gone = useDocumentStore((s) => commentTargetGone(s, root));
  const author = useReviewStore((s) => s.authorName);
  const focused = useReviewStore((s) => s.focusedThread === root.id);
  const [reply, setReply] = useState('');
  const resolved = !!root.resolvedAt;
  const sendReply = async () => {
    if (!reply.trim() || !author.trim()) return;
    const ok = await writeComment({ type: 'comment.add', sceneId: root.sceneId, beatId: root.beatId, target: root.target, parentId: root.id, authorName: author, body: reply });
    if (ok) setReply('');
  };
  return (
    <li className={`comment-thread${resolved ? ' comment-thread--resolved' : ''}${focused ? ' comment-thread--focused' : ''}`} aria-label={`Comment by ${root.authorName}: ${root.body}`}>
      <div className="comment-thread__about">
        {root.target.kind === 'point' ? (
          <button type="button" className="comment-thread__pin" onClick={() => focusThread(focused ? null : root.id)} aria-pressed={focused} title="Show this comment's pin larger in the 3D view">
            Pin
          </button>
        ) : null}
        <span>{root.about}</span>
        {gone ? <span className="chip chip--warn" data-testid="comment-gone">{gone === 'beat' ? 'Beat deleted since' : gone === 'scene' ? 'Scene deleted since' : 'Item deleted since'}</span> : null}
        {resolved ? <span className="chip chip--ok">Resolved by {root.resolvedBy}</span> : null}
      </div>
      <CommentBody comment={root} />
      {replies.length ? (
        <ol className="comment-thread__replies" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} />
            </li>
          ))}
        </ol>
      ) : null}
      <div className="comment-thread__actions">
        <label className="visually-hidden" htmlFor={`reply-${root.id}`}>
          Reply to {root.authorName}
        </label>
        <input
          id={`reply-${root.id}`}
          className="input comment-thread__reply"
          placeholder={author.trim() ? 'Reply…' : 'Enter your name above to reply'}
          value={reply}
          maxLength={2000}
          disabled={!author.trim()}
          onChange={(e) => setReply(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void sendReply();
          }}
        />
        <button type="button" className="btn btn--sm" disabled={!reply.trim() || !author.trim()} onClick={() => void sendReply()}>
          Reply
        </button>
        {readOnly ? null : (
          <button type="button" className="btn btn--sm" disabled={!author.trim()} title={author.trim() ? undefined : 'Enter your name above first'} onClick={() => void resolveThread(root.id, !resolved, author)}>
            {resolved ? 'Reopen' : 'Resolve'}
          </button>
        )}
      </div>
    </li>
  );
}

function CommentBody({ comment }: { readonly comment: Comment }) {
  return (
    <div className="comment">
      <div className="comment__by">{byline(comment)}</div>
      <p className="comment__text">
        <bdi>{comment.body}</bdi>
      </p>
      {comment.earlierTexts.length ? (
        <details className="comment__earlier">
          <summary>
            {comment.earlierTexts.length === 1 ? 'Earlier text' : `${comment.earlierTexts.length} earlier texts`} (kept)
          </summary>
          <ol>
            {comment.earlierTexts.map((t) => (
              <li key={`${t.editedAt}-${t.body}`}>
                <span className="comment__by">{formatWhen(t.editedAt)}</span> <bdi>{t.body}</bdi>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
