import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultProduction } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Production } from '../../../shared/domain/production';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import type { DocumentInfo } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { CommandEngine } from '../commands/engine';
import { configureForWriting, createConnection, openConnection, type Db } from '../db/connection';
import { LATEST_VERSION } from '../db/migrations';
import { migrate } from '../db/migrate';
import { checkProductionFile } from './fileChecks';

export interface DocumentOptions {
  readonly nativeBinding?: string | undefined;
  readonly clock?: () => string;
  readonly isSample?: boolean;
}

/** One open production file: its connection, its command engine, and its whole-document reads. */
export class ProductionDocument {
  readonly engine: CommandEngine;

  private constructor(
    readonly path: string,
    readonly db: Db,
    private readonly options: DocumentOptions,
  ) {
    this.engine = new CommandEngine(db, options.clock);
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

  /** Creates a new, empty production file (replacing any file at that path, as the save dialog confirmed). */
  static create(path: string, fields: Partial<Pick<Production, 'title' | 'company' | 'episode'>> = {}, options: DocumentOptions = {}): ProductionDocument {
    // Build in a temporary file and move it into place, so a crash never leaves a half-made production.
    const temp = `${path}.creating`;
    rmSync(temp, { force: true });
    const db = createConnection(temp, { nativeBinding: options.nativeBinding });
    try {
      migrate(db);
      const now = options.clock?.() ?? new Date().toISOString();
      const production: Production = { kind: 'production', id: newId(), ...defaultProduction(), ...fields, createdAt: now, updatedAt: now };
      new CommandEngine(db).repo.put(production);
    } finally {
      db.close();
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    renameSync(temp, path);
    return ProductionDocument.open(path, options);
  }

  static exists(path: string): boolean {
    return existsSync(path);
  }

  info(): DocumentInfo {
    const production = this.engine.repo.listLive('production')[0];
    return { path: this.path, fileName: basename(this.path), title: production?.title ?? '', isSample: !!this.options.isSample };
  }

  snapshot(): DocumentSnapshot {
    const repo = this.engine.repo;
    const production = repo.listLive('production')[0];
    if (!production) throw new AppError('file-damaged', 'The production record is missing from this file. Open a backup copy.');
    // One read transaction, so the snapshot is consistent.
    return this.db.transaction(() => ({
      production,
      performers: repo.listLive('performer'),
      crew: repo.listLive('crew'),
      scenes: repo.listLive('scene'),
      beats: repo.listLive('beat'),
      setPieces: repo.listLive('setPiece'),
      placements: repo.listLive('placement'),
      cameras: repo.listLive('camera'),
      posePresets: repo.listLive('posePreset'),
    }))();
  }

  /**
   * Writes a compact, consistent copy of the production to another file (the original stays open).
   * The copy starts without undo history: a copy is usually handed to someone, and the history holds
   * earlier values of fields (an old contact, a reworded note) that were deliberately changed.
   */
  saveCopyAs(dest: string): void {
    if (dest === this.path) throw new AppError('invalid-argument', 'Choose a different file name for the copy.');
    const temp = `${dest}.saving`;
    rmSync(temp, { force: true });
    this.db.prepare('VACUUM INTO ?').run(temp);
    const copy = openConnection(temp, { nativeBinding: this.options.nativeBinding });
    try {
      copy.exec('DELETE FROM history; VACUUM;');
    } finally {
      copy.close();
    }
    renameSync(temp, dest);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
