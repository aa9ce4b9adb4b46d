// The only importer of better-sqlite3 (docs/architecture.md). Everything else receives a `Db`.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type Statement = Database.Statement;

export interface OpenOptions {
  readonly readonly?: boolean;
  /**
   * Path to a better_sqlite3.node built for the running runtime. Electron needs one built for its
   * ABI while the Node test run uses the default build; see electron/main/nativeBinding.ts.
   */
  readonly nativeBinding?: string | undefined;
}

/** Opens an existing file (never creates one by accident) with our connection settings. */
export function openConnection(path: string, options: OpenOptions = {}): Db {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('foreign_keys = ON');
  }
  return db;
}

/** Creates a brand-new, empty database file. */
export function createConnection(path: string, options: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Settings for a file we own and write: write-ahead log, durable commits, FK checks. */
export function configureForWriting(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: a commit survives power loss, not only a process crash; commands are small, so the cost is low.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}
