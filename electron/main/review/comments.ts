import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandOf } from '../../../shared/commands';
import { APPROVAL_STATEMENT, type Approval } from '../../../shared/domain/comment';
import { newId } from '../../../shared/domain/ids';
import type { ChangeSet } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import { docRecordsFrom } from '../../../shared/records/query';
import { COMMENTS_FILE_KIND, CommentsFile, CommentsFileHead, MAX_COMMENTS_FILE_BYTES, type CommentsImportReport } from '../../../shared/review/commentsFile';
import { REVIEW_FORMAT, type ReviewMarker } from '../../../shared/review/marker';
import { mergeComments } from '../../../shared/review/merge';
import { commentAdd, commentEdit } from '../commands/comments';
import { Tx } from '../commands/tx';
import { requireFullPath } from '../services/filePaths';
import type { ProductionDocument } from '../services/productionDocument';
import { canonicalHash } from '../../../shared/versions';
import { stagingHash } from './reviewCopy';

/** The open review copy, or a clear refusal in a production. */
export function requireReviewCopy(doc: ProductionDocument): ReviewMarker {
  if (!doc.review) throw new AppError('invalid-argument', 'This is the production itself, not a review copy: comments here are written in the Comments panel.');
  return doc.review;
}

/**
 * The director writes or edits a comment in the review copy. The copy's staging stays as exported (its
 * hash does not cover comments); no undo history is written.
 */
export function directorComment(doc: ProductionDocument, command: CommandOf<'comment.add'> | CommandOf<'comment.edit'>, now = new Date().toISOString()): ChangeSet {
  requireReviewCopy(doc);
  return writeInReviewLayer(doc, now, (tx) => {
    if (command.type === 'comment.add') commentAdd(tx, command, 'director');
    else commentEdit(tx, command, 'director');
  });
}

/** The director approves a scene's staging as shown in the review copy: bound to the hash of that staging. */
export function directorApprove(doc: ProductionDocument, args: { readonly sceneId: string; readonly approverName: string }, now = new Date().toISOString()): ChangeSet {
  const marker = requireReviewCopy(doc);
  const scene = marker.scenes.find((s) => s.sceneId === args.sceneId);
  if (!scene) throw new AppError('not-found', 'That scene is not part of this review copy.');
  const already = doc.engine.repo.listLive('approval').find((a) => a.sceneId === scene.sceneId && a.versionHash === scene.stagingHash && a.approverName === args.approverName);
  if (already) return { records: [], removed: [] };
  return writeInReviewLayer(doc, now, (tx) => {
    const approval: Approval = {
      kind: 'approval',
      id: newId(),
      sceneId: scene.sceneId as Approval['sceneId'],
      versionId: scene.matchesVersion ? (scene.version?.id ?? null) : null,
      versionHash: scene.stagingHash,
      approverName: args.approverName,
      role: 'director',
      statement: APPROVAL_STATEMENT,
      approvedAt: now,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    tx.put(approval);
  });
}

function writeInReviewLayer(doc: ProductionDocument, now: string, write: (tx: Tx) => void): ChangeSet {
  const tx = new Tx(doc.engine.repo, now);
  doc.db.transaction(() => write(tx))();
  const touched = tx.changes();
  return { records: touched.flatMap((t) => (t.after ? [t.after] : [])), removed: [] };
}

/** Whether each approval still matches the staging it approved (production) or the copy as exported (review copy). */
export function approvalStatuses(doc: ProductionDocument): Record<string, 'current' | 'outdated'> {
  const approvals = doc.engine.repo.listLive('approval');
  if (!approvals.length) return {};
  const full = docRecordsFrom(doc.snapshot());
  const hashes = new Map<string, string | null>();
  const hashOf = (sceneId: string) => {
    if (!hashes.has(sceneId)) {
      const exported = doc.review?.scenes.find((s) => s.sceneId === sceneId);
      hashes.set(sceneId, doc.review ? (exported?.stagingHash ?? null) : full.scenes[sceneId] ? stagingHash(full, sceneId) : null);
    }
    return hashes.get(sceneId);
  };
  return Object.fromEntries(approvals.map((a) => [a.id, hashOf(a.sceneId) === a.versionHash ? 'current' : 'outdated']));
}

/**
 * The director's comments file: their comments and every approval in the copy, which review copy and
 * production they belong to, and the hash of it all. Written to a temporary file, then moved into place.
 */
export function writeCommentsFile(doc: ProductionDocument, dest: string, options: { readonly overwrite?: boolean; readonly now?: string } = {}): { readonly comments: number; readonly approvals: number } {
  const marker = requireReviewCopy(doc);
  checkCommentsTarget(dest, doc.path, options.overwrite ?? false);
  const snapshot = doc.snapshot();
  const body = {
    kind: COMMENTS_FILE_KIND,
    format: REVIEW_FORMAT,
    productionId: marker.productionId,
    productionTitle: marker.productionTitle,
    reviewId: marker.reviewId,
    reviewMadeAt: marker.madeAt,
    exportedAt: options.now ?? new Date().toISOString(),
    comments: snapshot.comments.filter((c) => c.authorRole === 'director'),
    approvals: snapshot.approvals,
  };
  const text = `${JSON.stringify({ ...body, hash: canonicalHash(body).hash }, null, 2)}\n`;
  const temp = `${dest}.saving`;
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'w' });
    renameSync(temp, dest);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new AppError('io', `“${basename(dest)}” could not be written: ${(e as Error).message}. Nothing was written.`);
  }
  return { comments: body.comments.length, approvals: body.approvals.length };
}

function checkCommentsTarget(dest: string, openPath: string, overwrite: boolean): void {
  requireFullPath(dest);
  const name = basename(dest);
  if (dest === openPath || /\.closedset(-wal|-shm|-journal)?$/i.test(name)) throw new AppError('invalid-argument', `“${name}” is a name for a production. Choose a name ending in .closedset-comments.`);
  if (!existsSync(dest)) return;
  if (!statSync(dest).isFile() || !isCommentsFile(dest)) throw new AppError('invalid-argument', `“${name}” already exists and is not a comments file, so Closed Set will not write over it. Choose another name.`);
  if (!overwrite) throw new AppError('invalid-argument', `“${name}” already exists. Choose another name.`);
}

function isCommentsFile(path: string): boolean {
  try {
    return statSync(path).size <= MAX_COMMENTS_FILE_BYTES && CommentsFileHead.safeParse(JSON.parse(readFileSync(path, 'utf8'))).success;
  } catch {
    return false;
  }
}

/**
 * Reads and checks a comments file for the open production, changing nothing: another kind of file, a
 * newer format, a changed (tampered) file, a damaged one, or one from another production is refused
 * with a sentence saying which.
 */
export function readCommentsFile(path: string, production: { readonly id: string; readonly title: string }): CommentsFile {
  requireFullPath(path);
  const name = basename(path);
  const refuse = (code: 'file-foreign' | 'file-newer' | 'file-tampered' | 'file-damaged' | 'file-missing', why: string) =>
    new AppError(code, `“${name}” ${why} Nothing was imported; the production was not changed.`);
  if (!existsSync(path) || !statSync(path).isFile()) throw refuse('file-missing', 'was not found.');
  if (statSync(path).size > MAX_COMMENTS_FILE_BYTES) throw refuse('file-foreign', 'is far larger than a comments file, so it is not one.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw refuse('file-foreign', 'is not a Closed Set comments file.');
  }
  const head = CommentsFileHead.safeParse(raw);
  if (!head.success) throw refuse('file-foreign', 'is not a Closed Set comments file.');
  if (head.data.format > REVIEW_FORMAT) throw refuse('file-newer', `was written by a newer version of Closed Set (comments format ${head.data.format}; this version reads up to ${REVIEW_FORMAT}). Update Closed Set to import it.`);
  const { hash, ...body } = raw as Record<string, unknown>;
  if (typeof hash !== 'string' || canonicalHash(body).hash !== hash) throw refuse('file-tampered', 'has been changed since the director exported it, so it cannot be trusted. Ask for the file again.');
  const parsed = CommentsFile.safeParse(raw);
  if (!parsed.success) throw refuse('file-damaged', 'is damaged: some of its comments cannot be read.');
  if (parsed.data.productionId !== production.id) {
    throw refuse('file-foreign', `holds comments on a review copy of “${parsed.data.productionTitle}”, another production than the one open (“${production.title}”).`);
  }
  return parsed.data;
}

/** Merges a checked comments file into the production in one transaction (shared/review/merge.ts says how). */
export function importComments(doc: ProductionDocument, file: CommentsFile, now = new Date().toISOString()): { readonly changes: ChangeSet; readonly report: CommentsImportReport } {
  if (doc.review) throw new AppError('read-only', 'Comments are imported into the production, not into a review copy.');
  const repo = doc.engine.repo;
  return doc.db.transaction(() => {
    const full = docRecordsFrom(doc.snapshot());
    const existing = new Map(repo.listLive('comment').map((c) => [c.id, c]));
    const approvals = new Set(repo.listLive('approval').map((a) => a.id));
    const merged = mergeComments(full, existing, approvals, file, now);
    for (const r of [...merged.comments, ...merged.approvals]) repo.put(r);
    return { changes: { records: [...merged.comments, ...merged.approvals], removed: [] }, report: merged.report };
  })();
}
