import { createHash } from 'node:crypto';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { RiderAttachment } from '../../../shared/domain/consent';
import type { RiderPdfOpened } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { ProductionDocument } from './productionDocument';
import { riderPdfBytes } from './riderPdf';

/**
 * "Open" for an attached rider PDF. The bytes are checked against the hash recorded at attachment first
 * (riderPdfBytes). In the desktop app a read-only copy goes into main's own folder in the user-data
 * folder, named by main (never by the window), and the system's PDF viewer opens it; in the browser
 * host the bytes go back to the page, which shows them in a new tab.
 */

/** The folder, inside the user-data folder, that holds the copies opened in the system viewer. */
export const VIEWER_COPIES_DIR = 'Opened rider PDFs';
/** Copies older than this are removed at the next Open: a signed rider is personal data, not left lying around. */
const KEEP_COPIES_MS = 24 * 60 * 60 * 1000;
const COPY_NAME = / \([0-9a-f]{8}\)\.pdf$/;

/**
 * A file name that is safe on every OS for an attachment's copy: no path separators, control or bidi
 * characters, reserved characters or device names, not hidden, at most 80 characters before the
 * hash prefix (which keeps two different PDFs of the same name apart), and always ending in .pdf.
 */
export function viewerCopyName(fileName: string, sha256: string): string {
  const stem = fileName
    .replace(/\.pdf$/i, '')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 80)
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const safe = !stem || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(stem) ? 'Rider' : stem;
  return `${safe} (${sha256.slice(0, 8)}).pdf`;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Removes this folder's own old copies (only names it writes); one the viewer still holds is left for next time. */
function removeOldCopies(dir: string, now: number): void {
  for (const name of readdirSync(dir)) {
    if (!COPY_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (now - stat.mtimeMs < KEEP_COPIES_MS) continue;
      if (stat.isFile()) chmodSync(path, 0o600); // Windows refuses to delete a read-only file
      unlinkSync(path);
    } catch {
      // In use or already gone: nothing is lost by trying again at the next Open.
    }
  }
}

/** Writes (or reuses, when identical) the read-only copy of an attachment in `dir`; returns its path. */
export function writeViewerCopy(dir: string, attachment: RiderAttachment, bytes: Buffer, now = Date.now()): string {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeOldCopies(dir, now);
    const path = join(dir, viewerCopyName(attachment.fileName, attachment.sha256));
    const existing = lstatOrNull(path);
    if (existing?.isFile() && sha256(readFileSync(path)) === attachment.sha256) return path;
    if (existing) {
      // Our folder, our name, but not the right bytes (or not a plain file): replace it.
      if (existing.isFile()) chmodSync(path, 0o600);
      unlinkSync(path);
    }
    // 'wx' never follows or replaces anything that appeared in the meantime; 0o400: read-only for the viewer.
    const fd = openSync(path, 'wx', 0o400);
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    chmodSync(path, 0o400);
    return path;
  } catch (e) {
    throw new AppError('io', `“${attachment.fileName}” could not be copied for the PDF viewer (${(e as NodeJS.ErrnoException).code ?? 'write failed'}). Use “Save a copy…” and open the copy instead.`);
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** What opening needs from the host: where copies go, and the system viewer (absent: the page shows the PDF). */
export interface ViewerHost {
  readonly copiesDir: string;
  /** Electron's shell.openPath: resolves to '' when the viewer opened the file, else a reason. */
  readonly openInSystemViewer?: ((path: string) => Promise<string>) | undefined;
}

export async function openRiderPdf(doc: ProductionDocument, attachmentId: string, host: ViewerHost): Promise<RiderPdfOpened> {
  const { attachment, bytes } = riderPdfBytes(doc, attachmentId);
  if (!host.openInSystemViewer) return { fileName: attachment.fileName, shownBy: 'page', pdfBase64: bytes.toString('base64') };
  const copy = writeViewerCopy(host.copiesDir, attachment, bytes);
  const problem = await host.openInSystemViewer(copy);
  if (problem) {
    throw new AppError('io', `“${attachment.fileName}” could not be opened in the system’s PDF viewer (${problem}). Check that a PDF viewer is installed, or use “Save a copy…” and open the copy.`);
  }
  return { fileName: attachment.fileName, shownBy: 'system-viewer', pdfBase64: null };
}
