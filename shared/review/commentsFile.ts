import { z } from 'zod';
import { Approval, Comment } from '../domain/comment';
import { LIMITS } from '../domain/limits';
import { Timestamp } from '../domain/text';

/** The file's first key says what it is, so another JSON file is recognised and refused. */
export const COMMENTS_FILE_KIND = 'closed-set-review-comments';
export const COMMENTS_EXTENSION = 'closedset-comments';
/** A comments file is small; anything larger is not one (and is refused before it is parsed). */
export const MAX_COMMENTS_FILE_BYTES = 8_000_000;

/** Fields read before anything else, to say clearly why a file is refused (another kind of file, a newer format). */
export const CommentsFileHead = z.object({ kind: z.literal(COMMENTS_FILE_KIND), format: z.number().int().min(1) });

/**
 * What the director sends back: their comments and approvals, which review copy and production they
 * belong to, and the SHA-256 of all of it (canonical JSON without `hash`), so a changed file is refused.
 */
export const CommentsFile = z.strictObject({
  kind: z.literal(COMMENTS_FILE_KIND),
  format: z.number().int().min(1),
  productionId: z.string().min(1).max(64),
  productionTitle: z.string().max(LIMITS.name),
  reviewId: z.string().min(1).max(64),
  reviewMadeAt: Timestamp,
  exportedAt: Timestamp,
  comments: z.array(Comment).max(20_000),
  approvals: z.array(Approval).max(1_000),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CommentsFile = z.infer<typeof CommentsFile>;

/** What an import did, for the coordinator to read (every count is of records in the file). */
export interface CommentsImportReport {
  readonly added: number;
  /** Comments whose text differed from the production's: both texts kept (the newest shown, the other as an earlier text). */
  readonly textsMerged: number;
  /** Already in the production exactly as in the file (a second import of the same file finds only these). */
  readonly alreadyImported: number;
  /** The same comment under another id (same author, time, place and text): not added twice. */
  readonly duplicates: number;
  /** Comments (kept) about a beat, contact or garment deleted since. */
  readonly onDeleted: number;
  readonly approvalsAdded: number;
  readonly approvalsAlreadyImported: number;
}
