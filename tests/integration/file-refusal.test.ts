import Database from 'better-sqlite3';
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/main/db/migrations';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { AppError } from '../../shared/ipc/errors';
import { newDocument } from '../support/doc';
import { sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

/** Opening must fail with `code` and a message matching `message`, leaving the file byte-for-byte as it was. */
function expectRefused(path: string, code: string, message: RegExp) {
  const before = sha256(path);
  const filesBefore = readdirSync(join(path, '..')).sort();
  let error: unknown;
  try {
    ProductionDocument.open(path).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
  expect(sha256(path)).toBe(before);
  // No journal, backup or upgrade copy was left next to it.
  expect(readdirSync(join(path, '..')).sort()).toEqual(filesBefore);
}

function closedFile(dir: string): string {
  const { path, doc, apply } = newDocument(dir);
  apply({ type: 'performer.create', fields: { name: 'Maya' } });
  doc.close();
  return path;
}

describe('opening a file that is not a usable production', () => {
  it('refuses a text file, saying it is not a Closed Set production', () => {
    const path = join(tempDir(), 'notes.closedset');
    writeFileSync(path, 'Scene 42 — Ruth and Tom — notes from the read-through\n'.repeat(20));
    expectRefused(path, 'file-foreign', /not a Closed Set production file/);
  });

  it("refuses another application's SQLite database", () => {
    const path = join(tempDir(), 'budget.closedset');
    const db = new Database(path);
    db.exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts (name) VALUES ('cash')");
    db.close();
    expectRefused(path, 'file-foreign', /made by another application/);
  });

  it('refuses a file from a newer version of the app, naming both format versions', () => {
    const path = closedFile(tempDir());
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_VERSION + 3}`);
    db.close();
    expectRefused(path, 'file-newer', new RegExp(`newer version of Closed Set \\(file format ${LATEST_VERSION + 3}; this version reads up to ${LATEST_VERSION}\\)`));
  });

  it('refuses a production whose pages were overwritten, and says to open a backup', () => {
    const path = closedFile(tempDir());
    const size = statSync(path).size;
    expect(size).toBeGreaterThan(8192);
    // Scribble over everything after the first page: the schema and data pages.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    expectRefused(path, 'file-damaged', /is damaged .* Open a backup copy/);
  });

  it('refuses a truncated production', () => {
    const path = closedFile(tempDir());
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, 2048));
    expectRefused(path, 'file-damaged', /is damaged/);
  });

  it('refuses an empty file', () => {
    const path = join(tempDir(), 'empty.closedset');
    writeFileSync(path, '');
    expectRefused(path, 'file-damaged', /is empty/);
  });

  it('says so when the file is missing', () => {
    expect(() => ProductionDocument.open(join(tempDir(), 'gone.closedset'))).toThrow(/was not found/);
  });

  it('upgrades an older production, keeping a copy of the original beside it', () => {
    const path = join(tempDir(), 'old.closedset');
    // A real file written by version 1 of the app (format 1).
    const original = readFileSync(join(import.meta.dirname, '../fixtures/format-1.closedset'));
    writeFileSync(path, original);
    const opened = ProductionDocument.open(path);
    expect(opened.snapshot().placements).toEqual([]);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    opened.close();
    expect(readFileSync(`${path}.format-1.bak`).equals(original)).toBe(true);
  });
});
