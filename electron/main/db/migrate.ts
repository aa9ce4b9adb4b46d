import type { Db } from './connection';
import { APPLICATION_ID } from './fileHeader';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/**
 * Brings a file up to LATEST_VERSION, one migration per transaction, each recorded in
 * schema_migrations. Callers have already refused files that are foreign or newer.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, now = () => new Date().toISOString()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const current = db.pragma('user_version', { simple: true }) as number;
  let applied = 0;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.upgrade?.(db, now());
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
      db.pragma(`user_version = ${m.version}`);
      db.pragma(`application_id = ${APPLICATION_ID}`);
    })();
    applied++;
  }
  return applied;
}

export { LATEST_VERSION };
