import { useId, useMemo, useState } from 'react';
import type { CommentTarget } from '../../../../shared/domain/comment';
import { describeCommentTarget } from '../../../../shared/review/about';
import { useDocumentStore } from '../../store/documentStore';
import { useContactsOfBeat, useGarmentsOfBeat } from '../../scene/selectors';
import { writeComment } from './reviewActions';
import { setPinning, useReviewStore } from './reviewStore';

type AboutChoice = 'beat' | 'scene' | 'point' | `contact:${string}` | `garment:${string}`;

/** A new comment on the beat, the scene, one of the beat's contacts or garments, or a point picked in the 3D view. */
export function NewCommentForm({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const id = useId();
  const author = useReviewStore((s) => s.authorName);
  const pinning = useReviewStore((s) => s.pinning);
  const point = useReviewStore((s) => s.pinnedPoint);
  const contacts = useContactsOfBeat(beatId);
  const garments = useGarmentsOfBeat(beatId);
  const [about, setAbout] = useState<AboutChoice>(beatId ? 'beat' : 'scene');
  const [body, setBody] = useState('');
  const [sending, setSending] = useState(false);
  const choice: AboutChoice = !beatId ? 'scene' : about;

  const labels = useMemo(() => {
    const doc = useDocumentStore.getState();
    const words = (target: CommentTarget) => describeCommentTarget(doc, sceneId, beatId, target).split(' · ').slice(1).join(' · ');
    return {
      contacts: contacts.map((c) => ({ value: `contact:${c.id}` as const, label: words({ kind: 'contact', contactId: c.id as never }) })),
      garments: garments.map((g) => ({ value: `garment:${g.id}` as const, label: words({ kind: 'garment', garmentId: g.id as never }) })),
    };
  }, [contacts, garments, sceneId, beatId]);

  const target = (): CommentTarget | null => {
    if (choice === 'beat' || choice === 'scene') return { kind: choice };
    if (choice === 'point') return point ? { kind: 'point', position: point } : null;
    const [kind, itemId] = choice.split(':') as ['contact' | 'garment', string];
    return kind === 'contact' ? { kind, contactId: itemId as never } : { kind, garmentId: itemId as never };
  };
  const ready = !!author.trim() && !!body.trim() && !!target() && !sending;
  const why = !author.trim() ? 'Enter your name above first.' : choice === 'point' && !point ? 'Pick the point in the 3D view first.' : !body.trim() ? 'Write the comment first.' : '';

  const send = async () => {
    const t = target();
    if (!t || !ready) return;
    setSending(true);
    const ok = await writeComment({ type: 'comment.add', sceneId, beatId: choice === 'scene' ? null : beatId, target: t, parentId: null, authorName: author, body });
    setSending(false);
    if (ok) {
      setBody('');
      setPinning(false);
    }
  };

  return (
    <form
      className="new-comment"
      aria-label="New comment"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-about`}>
          About
        </label>
        <select id={`${id}-about`} className="input" value={choice} onChange={(e) => setAbout(e.target.value as AboutChoice)}>
          {beatId ? <option value="beat">This beat</option> : null}
          <option value="scene">The whole scene</option>
          {labels.contacts.map((o) => (
            <option key={o.value} value={o.value}>
              Contact: {o.label}
            </option>
          ))}
          {labels.garments.map((o) => (
            <option key={o.value} value={o.value}>
              Garment: {o.label}
            </option>
          ))}
          {beatId ? <option value="point">A point on the stage (pin)</option> : null}
        </select>
      </div>
      {choice === 'point' ? (
        <div className="new-comment__pin">
          <button type="button" className={`btn btn--sm${pinning ? ' btn--active' : ''}`} aria-pressed={pinning} onClick={() => setPinning(!pinning)}>
            {pinning ? 'Click the stage floor…' : point ? 'Pick another point' : 'Pick the point in 3D'}
          </button>
          <span className="field__hint" data-testid="pinned-point">
            {point ? `Pinned at ${point.map((v) => v.toFixed(2)).join(', ')} m` : 'No point picked yet'}
          </span>
        </div>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-body`}>
          Comment
        </label>
        <textarea id={`${id}-body`} className="input new-comment__body" rows={3} maxLength={2000} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="new-comment__send">
        <button type="submit" className="btn btn--primary btn--sm" disabled={!ready}>
          Add comment
        </button>
        {why ? <span className="field__hint">{why}</span> : null}
      </div>
    </form>
  );
}
