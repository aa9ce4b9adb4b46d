import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { openConnection } from '../db/connection';
import { APPLICATION_ID, readFileHeader } from '../db/fileHeader';
import { LATEST_VERSION } from '../db/migrations';
import { checkReviewCopy } from '../review/reviewCheck';

const REQUIRED_TABLES = ['production', 'performer', 'scene', 'beat', 'history', 'schema_migrations'];

/**
 * Decides whether a file may be opened, without changing a byte of it: the header is read
 * directly, then SQLite looks at it read-only. Throws an AppError that says which problem it is
 * and what to do. Returns the file's format version.
 */
export function checkProductionFile(path: string, nativeBinding?: string): number {
  const name = basename(path);
  const header = readFileHeader(path);
  switch (header.kind) {
    case 'missing':
      throw new AppError('file-missing', `“${name}” was not found. It may have been moved, renamed or deleted.`);
    case 'empty':
      throw new AppError('file-damaged', `“${name}” is empty (0 bytes), so it holds no production. Open a backup copy of it instead.`);
    case 'not-sqlite':
      throw new AppError('file-foreign', `“${name}” is not a Closed Set production file. Choose a file ending in .closedset. The file was not changed.`);
  }
  if (header.applicationId !== APPLICATION_ID) {
    throw new AppError(
      'file-foreign',
      `“${name}” is a database made by another application, not a Closed Set production. The file was not changed.`,
    );
  }
  if (header.userVersion > LATEST_VERSION) {
    throw new AppError(
      'file-newer',
      `“${name}” was saved by a newer version of Closed Set (file format ${header.userVersion}; this version reads up to ${LATEST_VERSION}). ` +
        'Update Closed Set to open it. The file was not changed.',
    );
  }
  const damaged = (detail: string) =>
    new AppError('file-damaged', `“${name}” is damaged (${detail}) and cannot be opened. Open a backup copy; the damaged file was not changed.`);
  // A read-only look at a WAL file makes SQLite create -wal/-shm companions; remove the ones we caused.
  const companions = ['-wal', '-shm'].map((suffix) => `${path}${suffix}`).filter((p) => !existsSync(p));
  let db;
  try {
    db = openConnection(path, { readonly: true, nativeBinding });
  } catch (e) {
    for (const p of companions) rmSync(p, { force: true });
    throw damaged(sqliteReason(e));
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw damaged(`integrity check: ${String(check)}`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw damaged(`missing ${missing.join(', ')}`);
    if ((db.prepare('SELECT COUNT(*) FROM production').pluck().get() as number) !== 1) throw damaged('no production record');
    // A review copy must still match its integrity hash, checked before an older one is migrated (electron/main/review/reviewCheck.ts).
    checkReviewCopy(db, name, nativeBinding);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw damaged(sqliteReason(e));
  } finally {
    db.close();
    for (const p of companions) rmSync(p, { force: true });
  }
  return header.userVersion;
}

function sqliteReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'its database pages are corrupt';
  return e instanceof Error ? e.message : String(e);
}
