import { AppError } from '../../../shared/ipc/errors';
import { REVIEW_FORMAT, ReviewMarker } from '../../../shared/review/marker';
import type { Db } from '../db/connection';
import { parseStoredHash, reviewContentHash } from './contentHash';

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
 * read-only connection, before a file of an older format is migrated, so a refused file is not changed
 * by a byte. The hash is taken over the content as the copy's own format wrote it (contentHash.ts), so
 * a copy migrated by an earlier open still matches. A production passes.
 */
export function checkReviewCopy(db: Db, name: string, nativeBinding?: string): void {
  const marker = readReviewMarker(db);
  if (!marker) return;
  if (marker.format > REVIEW_FORMAT) {
    throw new AppError('file-newer', `“${name}” is a review copy made by a newer version of Closed Set (review format ${marker.format}). Update Closed Set to open it. The file was not changed.`);
  }
  const stored = parseStoredHash(db.prepare('SELECT content_hash FROM review_copy WHERE singleton = 1').pluck().get());
  const history = db.prepare('SELECT COUNT(*) FROM history').pluck().get() as number;
  if (history > 0 || !stored || stored.hash !== reviewContentHash(db, marker, stored.format, nativeBinding)) {
    throw new AppError(
      'file-tampered',
      `“${name}” is a review copy of “${marker.productionTitle}” whose content has been changed since it was exported, so Closed Set will not open it. Ask the coordinator for a new review copy. The file was not changed.`,
    );
  }
}
