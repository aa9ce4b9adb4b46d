import { AppError } from '../../../shared/ipc/errors';
import { KIND_NAMES, type RecordKind } from '../../../shared/records/registry';
import { REVIEW_FORMAT, ReviewMarker } from '../../../shared/review/marker';
import type { Db } from '../db/connection';
import { Repository } from '../db/repository';
import { canonicalHash } from '../../../shared/versions';

/** The review layer: what the director adds to a review copy (comments, approvals), outside its integrity hash. */
const REVIEW_LAYER: readonly RecordKind[] = ['comment', 'approval'];

/** The hash of a review copy's content: its marker and every record outside the review layer. */
export function reviewContentHash(repo: Repository, marker: ReviewMarker): string {
  const kinds = KIND_NAMES.filter((k) => !REVIEW_LAYER.includes(k));
  return canonicalHash({ marker, records: Object.fromEntries(kinds.map((k) => [k, repo.listLive(k)])) }).hash;
}

/** The marker of a review copy, or null for a production (a file without the table is a production too). */
export function readReviewMarker(db: Db): ReviewMarker | null {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'review_copy'").get();
  if (!hasTable) return null;
  const row = db.prepare('SELECT marker FROM review_copy WHERE singleton = 1').get() as { marker: string } | undefined;
  if (!row) return null;
  let parsed;
  try {
    parsed = ReviewMarker.safeParse(JSON.parse(row.marker));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) throw new AppError('file-damaged', 'This review copy’s description is damaged, so it cannot be opened. Ask the coordinator for a new review copy. The file was not changed.');
  return parsed.data;
}

/**
 * Refuses a review copy whose content no longer matches its hash (changed after it was exported, or
 * given an undo history), or made with a newer review format. Called by `checkProductionFile` on its
 * read-only connection, so a refused file is not changed by a byte. A production passes.
 */
export function checkReviewCopy(db: Db, name: string): void {
  const marker = readReviewMarker(db);
  if (!marker) return;
  if (marker.format > REVIEW_FORMAT) {
    throw new AppError('file-newer', `“${name}” is a review copy made by a newer version of Closed Set (review format ${marker.format}). Update Closed Set to open it. The file was not changed.`);
  }
  const stored = db.prepare('SELECT content_hash FROM review_copy WHERE singleton = 1').pluck().get() as string;
  const history = db.prepare('SELECT COUNT(*) FROM history').pluck().get() as number;
  if (history > 0 || stored !== reviewContentHash(new Repository(db), marker)) {
    throw new AppError(
      'file-tampered',
      `“${name}” is a review copy of “${marker.productionTitle}” whose content has been changed since it was exported, so Closed Set will not open it. Ask the coordinator for a new review copy. The file was not changed.`,
    );
  }
}
