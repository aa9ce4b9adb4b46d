import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultProduction } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Production } from '../../../shared/domain/production';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../../shared/records/registry';
import type { DocumentInfo } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { CommandEngine } from '../commands/engine';
import { configureForWriting, createConnection, openConnection, type Db } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { migrate } from '../db/migrate';
import { checkProductionFile } from './fileChecks';
import { checkWriteTarget, describeWriteError } from './filePaths';
import { readReviewMarker } from '../review/reviewCheck';
import type { ReviewMarker } from '../../../shared/review/marker';

export interface DocumentOptions {
  readonly nativeBinding?: string | undefined;
  readonly clock?: () => string;
  readonly isSample?: boolean;
}

/** How a new file may be written: see `checkWriteTarget`. */
export interface WriteOptions {
  /** An existing production at the path may be replaced (a dialog or the caller confirmed it). */
  readonly overwrite?: boolean;
  /** The production open now, which the write must leave alone. */
  readonly openPath?: string | undefined;
}

/** One open production file: its connection, its command engine, and its whole-document reads. */
export class ProductionDocument {
  readonly engine: CommandEngine;
  /** Set when this file is a director's review copy (read-only; electron/main/review/). */
  readonly review: ReviewMarker | null;

  private constructor(
    readonly path: string,
    readonly db: Db,
    private readonly options: DocumentOptions,
  ) {
    this.engine = new CommandEngine(db, options.clock);
    this.review = readReviewMarker(db);
  }

  /** Opens an existing production, refusing foreign, damaged and newer files untouched. */
  static open(path: string, options: DocumentOptions = {}): ProductionDocument {
    const version = checkProductionFile(path, options.nativeBinding);
    if (version < LATEST_VERSION) {
      // Keep the file as it was before upgrading its format, so an older app can still use the copy.
      copyFileSync(path, `${path}.format-${version}.bak`);
    }
    const db = openConnection(path, { nativeBinding: options.nativeBinding });
    try {
      configureForWriting(db);
      migrate(db);
    } catch (e) {
      db.close();
      throw new AppError('io', `“${basename(path)}” could not be prepared for editing: ${(e as Error).message}`);
    }
    return new ProductionDocument(path, db, options);
  }

  /**
   * Creates a new, empty production file. An existing production at the path is replaced only with
   * `overwrite`; a file that is not a production, the open one and its companions never are.
   */
  static create(
    path: string,
    fields: Partial<Pick<Production, 'title' | 'company' | 'episode'>> = {},
    options: DocumentOptions = {},
    write: WriteOptions = {},
  ): ProductionDocument {
    // Built in a temporary file and moved into place, so a crash never leaves a half-made production.
    writeProductionFile(path, '.creating', { ...write, nativeBinding: options.nativeBinding }, (temp) => {
      const db = createConnection(temp, { nativeBinding: options.nativeBinding });
      try {
        migrate(db);
        const now = options.clock?.() ?? new Date().toISOString();
        const production: Production = { kind: 'production', id: newId(), ...defaultProduction(), ...fields, createdAt: now, updatedAt: now };
        new CommandEngine(db).repo.put(production);
      } finally {
        db.close();
      }
    });
    return ProductionDocument.open(path, options);
  }

  static exists(path: string): boolean {
    return existsSync(path);
  }

  /** The time a write is stamped with (the document's clock: tests give a fixed one). */
  now(): string {
    return this.options.clock?.() ?? new Date().toISOString();
  }

  info(): DocumentInfo {
    const production = this.engine.repo.listLive('production')[0];
    return { path: this.path, fileName: basename(this.path), title: production?.title ?? '', isSample: !!this.options.isSample, review: this.review };
  }

  snapshot(): DocumentSnapshot {
    const repo = this.engine.repo;
    const production = repo.listLive('production')[0];
    if (!production) throw new AppError('file-damaged', 'The production record is missing from this file. Open a backup copy.');
    // One read transaction, so the snapshot is consistent.
    return this.db.transaction(() => {
      const lists = Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, repo.listLive(k)]));
      return { production, ...lists } as unknown as DocumentSnapshot;
    })();
  }

  /**
   * Writes a compact, consistent copy of the production to another file (the original stays open).
   * The copy starts without undo history: a copy is usually handed to someone, and the history holds
   * earlier values of fields (an old contact, a reworded note) that were deliberately changed.
   */
  saveCopyAs(dest: string, write: Pick<WriteOptions, 'overwrite'> = {}): void {
    writeProductionFile(dest, '.saving', { overwrite: write.overwrite, openPath: this.path, nativeBinding: this.options.nativeBinding }, (temp) => {
      this.db.prepare('VACUUM INTO ?').run(temp);
      const copy = openConnection(temp, { nativeBinding: this.options.nativeBinding });
      try {
        copy.exec('DELETE FROM history; VACUUM;');
      } finally {
        copy.close();
      }
    });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Writes a whole production file at `dest` once `checkWriteTarget` allows it: `build` fills a
 * temporary file beside it, which then replaces `dest` (and any -wal/-shm a crashed session left for
 * the file it replaces). On failure the temporary files go and the error says what stopped the write.
 */
export function writeProductionFile(
  dest: string,
  tempSuffix: string,
  target: WriteOptions & { readonly nativeBinding?: string | undefined },
  build: (temp: string) => void,
): void {
  const temp = `${dest}${tempSuffix}`;
  const tempFiles = ['', '-journal', '-wal', '-shm'].map((suffix) => `${temp}${suffix}`);
  const staleFiles = ['-wal', '-shm'].map((suffix) => `${dest}${suffix}`);
  checkWriteTarget(dest, { ...target, overwrite: target.overwrite ?? false, sideFiles: [...tempFiles, ...staleFiles] });
  const removeTemp = () => {
    for (const file of tempFiles) rmSync(file, { force: true });
  };
  try {
    removeTemp();
    build(temp);
    for (const file of staleFiles) rmSync(file, { force: true });
    renameSync(temp, dest);
  } catch (e) {
    removeTemp();
    throw describeWriteError(e, dest);
  }
}
