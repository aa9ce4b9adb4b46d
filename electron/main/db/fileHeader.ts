import { openSync, readSync, closeSync, statSync } from 'node:fs';

/** "CLST" — written to SQLite's application_id so our files are recognised without opening them. */
export const APPLICATION_ID = 0x434c5354;

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict =
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-sqlite' }
  | { readonly kind: 'sqlite'; readonly applicationId: number; readonly userVersion: number; readonly pageSize: number; readonly sizeBytes: number };

/**
 * Reads the 100-byte SQLite header directly (https://www.sqlite.org/fileformat.html#the_database_header)
 * so a foreign or newer file is recognised without SQLite touching it.
 */
export function readFileHeader(path: string): HeaderVerdict {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { kind: 'not-sqlite' };
    size = st.size;
  } catch {
    return { kind: 'missing' };
  }
  if (size === 0) return { kind: 'empty' };
  const buf = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, buf, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not-sqlite' };
  const rawPageSize = buf.readUInt16BE(16);
  return {
    kind: 'sqlite',
    pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
    userVersion: buf.readUInt32BE(60),
    applicationId: buf.readUInt32BE(68),
    sizeBytes: size,
  };
}
