import { MAX_EARLIER_TEXTS, type Approval, type Comment, type EarlierText } from '../domain/comment';
import type { DocRecords } from '../records/query';
import { commentTargetGone } from './about';
import type { CommentsImportReport } from './commentsFile';

/**
 * Merging a comments file into the production (issue 11): never overwrite, never lose.
 * - A comment not in the production is added, unless the same comment is there under another id (same
 *   author, role, place, time and text): a duplicate, not added twice.
 * - A comment already there with the same texts is left alone, so a second import changes nothing.
 * - A comment already there with a different text (edited in the review copy after an earlier import, or
 *   two edits of it in two copies): every text is kept. The newest (by the time it was written) becomes the
 *   comment's text and the others its earlier texts, oldest first: latest wins, the earlier stays visible.
 * - Resolution is the coordinator's: the production's resolvedAt/resolvedBy are kept as they are.
 * - A comment about a beat, contact or garment deleted since is kept and counted (the UI marks it).
 * - Approvals are only ever added; one already there (same id) is left alone.
 */
export function mergeComments(
  doc: Pick<DocRecords, 'scenes' | 'beats' | 'contacts' | 'garments'>,
  existing: ReadonlyMap<string, Comment>,
  existingApprovals: ReadonlySet<string>,
  incoming: { readonly comments: readonly Comment[]; readonly approvals: readonly Approval[] },
  now: string,
): { readonly comments: Comment[]; readonly approvals: Approval[]; readonly report: CommentsImportReport } {
  const out: Comment[] = [];
  const report = { added: 0, textsMerged: 0, alreadyImported: 0, duplicates: 0, onDeleted: 0, approvalsAdded: 0, approvalsAlreadyImported: 0 };
  const fingerprints = new Set([...existing.values()].map(fingerprint));
  for (const c of incoming.comments) {
    if (commentTargetGone(doc, c)) report.onDeleted++;
    const have = existing.get(c.id);
    if (!have) {
      const print = fingerprint(c);
      if (fingerprints.has(print)) {
        report.duplicates++;
        continue;
      }
      fingerprints.add(print);
      out.push({ ...c, resolvedAt: null, resolvedBy: '', createdAt: now, updatedAt: now, deletedAt: null });
      report.added++;
      continue;
    }
    const texts = mergedTexts(have, c);
    if (texts.body === have.body && texts.editedAt === have.editedAt && sameTexts(texts.earlierTexts, have.earlierTexts)) {
      report.alreadyImported++;
      continue;
    }
    out.push({ ...have, ...texts, updatedAt: now });
    report.textsMerged++;
  }
  const approvals: Approval[] = [];
  for (const a of incoming.approvals) {
    if (existingApprovals.has(a.id)) report.approvalsAlreadyImported++;
    else {
      approvals.push({ ...a, createdAt: now, updatedAt: now, deletedAt: null });
      report.approvalsAdded++;
    }
  }
  return { comments: out, approvals, report };
}

/** Every distinct text of two copies of one comment: the newest as the text, the rest as earlier texts, oldest first. */
export function mergedTexts(a: Comment, b: Comment): Pick<Comment, 'body' | 'editedAt' | 'earlierTexts'> {
  const all = new Map<string, EarlierText>();
  for (const t of [...a.earlierTexts, { body: a.body, editedAt: a.editedAt }, ...b.earlierTexts, { body: b.body, editedAt: b.editedAt }]) {
    all.set(`${t.editedAt}\u0000${t.body}`, t);
  }
  const sorted = [...all.values()].sort((x, y) => (x.editedAt < y.editedAt ? -1 : x.editedAt > y.editedAt ? 1 : x.body < y.body ? -1 : x.body > y.body ? 1 : 0));
  const newest = sorted.pop()!;
  return { body: newest.body, editedAt: newest.editedAt, earlierTexts: sorted.slice(-MAX_EARLIER_TEXTS) };
}

function sameTexts(a: readonly EarlierText[], b: readonly EarlierText[]): boolean {
  return a.length === b.length && a.every((t, i) => t.body === b[i]!.body && t.editedAt === b[i]!.editedAt);
}

/** Same author, role, place, time and first text: the same comment, whatever its id. */
function fingerprint(c: Comment): string {
  return JSON.stringify([c.authorName, c.authorRole, c.sceneId, c.beatId, c.target, c.parentId, c.writtenAt, c.earlierTexts[0]?.body ?? c.body]);
}
