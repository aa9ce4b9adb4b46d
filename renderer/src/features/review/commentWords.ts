import { AUTHOR_ROLE_LABELS, type Comment } from '../../../../shared/domain/comment';

/** "2 Dec, 14:05" in the reader's locale. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "Lena Hartmann · Director · 2 Dec, 14:05" (and "edited 14:20" after an edit). */
export function byline(c: Comment): string {
  const edited = c.editedAt !== c.writtenAt ? ` · edited ${formatWhen(c.editedAt)}` : '';
  return `${c.authorName} · ${AUTHOR_ROLE_LABELS[c.authorRole]} · ${formatWhen(c.writtenAt)}${edited}`;
}

/** Threads of a scene (first comments, newest last) with their replies in order; a reply whose thread is missing starts its own. */
export function threadsOf(comments: readonly Comment[]): { readonly root: Comment; readonly replies: Comment[] }[] {
  const ids = new Set(comments.map((c) => c.id));
  const roots = comments.filter((c) => !c.parentId || !ids.has(c.parentId));
  const byWritten = (a: Comment, b: Comment) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : a.id < b.id ? -1 : 1);
  return roots.sort(byWritten).map((root) => ({ root, replies: comments.filter((c) => c.parentId === root.id).sort(byWritten) }));
}
