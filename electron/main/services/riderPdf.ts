import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { RIDER_PDF_MAX_BYTES, type RiderAttachment } from '../../../shared/domain/consent';
import { newId } from '../../../shared/domain/ids';
import type { ChangeSet } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import type { ProductionDocument } from './productionDocument';

/**
 * The signed rider as a PDF inside the production file (issue 9: "a rider can be attached as a file").
 * Attaching reads the file main was given (its own dialog in the desktop app), checks it is a PDF of a
 * sensible size, and adds the record and its bytes in one transaction — history, like the rider versions:
 * outside undo, never changed or deleted. Saving a copy writes the bytes back out, never over a file.
 */

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;

/** Reads and checks a rider PDF: a file, not empty, not too large, and a PDF by its first bytes. */
export function readRiderPdf(path: string): { readonly fileName: string; readonly bytes: Buffer } {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new AppError('not-found', `“${name}” could not be read: check that the file exists and is not a folder. Nothing was attached.`);
  }
  if (size === 0) throw new AppError('invalid-argument', `“${name}” is empty, so it cannot be the signed rider. Nothing was attached.`);
  if (size > RIDER_PDF_MAX_BYTES) {
    throw new AppError('too-large', `“${name}” is ${MB(size)}; a rider PDF can be at most ${MB(RIDER_PDF_MAX_BYTES)}. Save a smaller PDF (a scan at a lower resolution) and attach that. Nothing was attached.`);
  }
  const bytes = readFileSync(path);
  // A PDF starts with "%PDF-" (within the first 1024 bytes, after any junk some scanners write).
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    throw new AppError('invalid-argument', `“${name}” is not a PDF: attach the signed rider as a PDF file (scan or export it as PDF first). Nothing was attached.`);
  }
  return { fileName: name.slice(0, 200), bytes };
}

/** Attaches a PDF to a rider version (the rider in force, usually the signed one). */
export function attachRiderPdf(doc: ProductionDocument, args: { riderId: string; path: string; recordedBy: string; now?: string }): ChangeSet {
  const rider = doc.engine.repo.get('rider', args.riderId);
  if (!rider) throw new AppError('not-found', 'That rider version no longer exists; reload the production. Nothing was attached.');
  const { fileName, bytes } = readRiderPdf(args.path);
  const now = args.now ?? new Date().toISOString();
  const attachment: RiderAttachment = {
    kind: 'riderAttachment',
    id: newId(),
    performerId: rider.performerId,
    sceneId: rider.sceneId,
    riderId: rider.id,
    fileName,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    recordedBy: args.recordedBy,
    recordedAt: now,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  doc.db.transaction(() => {
    doc.engine.repo.put(attachment);
    doc.db.prepare('INSERT INTO rider_attachment_data (attachment_id, bytes) VALUES (?, ?)').run(attachment.id, bytes);
  })();
  return { records: [attachment], removed: [] };
}

/** The attached PDF's bytes, checked against the hash recorded when it was attached. */
export function riderPdfBytes(doc: ProductionDocument, attachmentId: string): { readonly attachment: RiderAttachment; readonly bytes: Buffer } {
  const attachment = doc.engine.repo.get('riderAttachment', attachmentId);
  const row = attachment ? (doc.db.prepare('SELECT bytes FROM rider_attachment_data WHERE attachment_id = ?').get(attachmentId) as { bytes: Buffer } | undefined) : undefined;
  if (!attachment || !row) throw new AppError('not-found', 'That rider attachment is not in this production file.');
  if (createHash('sha256').update(row.bytes).digest('hex') !== attachment.sha256) {
    throw new AppError('file-damaged', `The copy of “${attachment.fileName}” in this production file is damaged (it no longer matches what was attached). Attach the signed rider again.`);
  }
  return { attachment, bytes: row.bytes };
}

/** Writes a copy of an attached PDF; never replaces an existing file unless the save dialog asked first. */
export function saveRiderPdfCopy(doc: ProductionDocument, attachmentId: string, dest: string, overwrite: boolean): void {
  const { bytes } = riderPdfBytes(doc, attachmentId);
  if (!overwrite && existsSync(dest)) throw new AppError('invalid-argument', `“${basename(dest)}” already exists and was left as it is: choose another name.`);
  // 'wx' refuses a file that appeared in the meantime; 'w' only after the dialog's own confirmation.
  const fd = openSync(dest, overwrite ? 'w' : 'wx');
  try {
    writeFileSync(fd, bytes);
  } finally {
    closeSync(fd);
  }
}
