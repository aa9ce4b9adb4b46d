import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConnection } from '../../../electron/main/db/connection';
import { migrate } from '../../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/main/db/migrations';
import { Repository } from '../../../electron/main/db/repository';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { ProductionDocument } from '../../../electron/main/services/productionDocument';
import { createSampleProduction } from '../../../electron/main/services/sample';
import { TABLES } from '../../../shared/records/columns';
import { KIND_NAMES } from '../../../shared/records/registry';
import { canonicalHash } from '../../../shared/versions';
import { newSession } from '../../support/session';
import { SAMPLE_PATH, useTempDir } from '../../support/tempDir';

const tempDir = useTempDir();
const SCENE_42 = 'sample-scene-42';
const PREVIOUS = LATEST_VERSION - 1;

/** A review copy of scene 42 of the sample, written by this build, and the session that wrote it. */
async function reviewCopy() {
  const dir = tempDir();
  const production = join(dir, 'sample.closedset');
  createSampleProduction(SAMPLE_PATH, production).close();
  const { session, handlers } = newSession(dir);
  session.open(production);
  const call = (channel: string, args: unknown) => dispatch(handlers, channel, args);
  const dest = join(dir, 'review.closedset');
  expect(await call('review:exportCopy', { path: dest, sceneId: SCENE_42 })).toMatchObject({ ok: true });
  return { dir, production, dest, session, call };
}

/** Tables and columns of an empty file of `format`. */
function schemaOf(format: number): Map<string, Set<string>> {
  const db = createConnection(':memory:');
  migrate(db, MIGRATIONS.slice(0, format));
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const schema = new Map(tables.map((t) => [t, new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[])]));
  db.close();
  return schema;
}

/**
 * The copy as the previous format's build would have written it: the latest migration's tables and
 * columns taken out, the file marked as that format, and its hash as that build took it — through the
 * repository over the record kinds and fields that format has (every record kind but comments and approvals).
 */
function downgrade(path: string): void {
  const previous = schemaOf(PREVIOUS);
  const db = new Database(path);
  const repo = new Repository(db);
  const marker = JSON.parse(db.prepare('SELECT marker FROM review_copy').pluck().get() as string);
  const records = Object.fromEntries(
    KIND_NAMES.filter((k) => k !== 'comment' && k !== 'approval' && previous.has(TABLES[k].table)).map((k) => {
      const kept = new Set(TABLES[k].columns.filter((c) => previous.get(TABLES[k].table)!.has(c.column)).map((c) => c.field));
      return [k, repo.listLive(k).map((r) => Object.fromEntries(Object.entries(r).filter(([f]) => f === 'kind' || kept.has(f) || !!TABLES[k].links?.[f])))];
    }),
  );
  const hash = canonicalHash({ marker, records }).hash;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const t of tables) {
    if (!previous.has(t)) db.exec(`DROP TABLE ${t}`);
    else for (const c of db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]) if (!previous.get(t)!.has(c)) db.exec(`ALTER TABLE ${t} DROP COLUMN ${c}`);
  }
  db.prepare('DELETE FROM schema_migrations WHERE version > ?').run(PREVIOUS);
  db.pragma(`user_version = ${PREVIOUS}`);
  db.prepare('UPDATE review_copy SET content_hash = ?').run(`f${PREVIOUS}:${hash}`);
  db.close();
}

describe('review copy in an older file format', () => {
  it('this build tags its hash with the file format, and its hash is the one the repository gives (as the untagged copies of format 12 were hashed); an untagged copy opens', async () => {
    const s = await reviewCopy();
    const db = new Database(s.dest);
    const stored = db.prepare('SELECT content_hash FROM review_copy').pluck().get() as string;
    const repo = new Repository(db);
    const marker = JSON.parse(db.prepare('SELECT marker FROM review_copy').pluck().get() as string);
    const records = Object.fromEntries(KIND_NAMES.filter((k) => k !== 'comment' && k !== 'approval').map((k) => [k, repo.listLive(k)]));
    expect(stored).toBe(`f${LATEST_VERSION}:${canonicalHash({ marker, records }).hash}`);
    if (LATEST_VERSION === 12) db.prepare('UPDATE review_copy SET content_hash = ?').run(stored.slice(4));
    db.close();
    const opened = await s.call('document:open', { path: s.dest });
    expect(opened).toMatchObject({ ok: true, value: { info: { review: { sceneId: SCENE_42 } } } });
  });

  it(`a copy written in format ${PREVIOUS} is checked before it is migrated: unchanged, it opens (and again after its migration); changed, it is refused byte-identical and not migrated`, async () => {
    const s = await reviewCopy();
    downgrade(s.dest);
    expect(new Database(s.dest, { readonly: true }).pragma('user_version', { simple: true })).toBe(PREVIOUS);

    // Changed before it is opened: refused with today's message, not a byte changed, no upgrade backup made.
    const tampered = join(s.dir, 'tampered.closedset');
    const t = new Database(s.dest);
    t.prepare('VACUUM INTO ?').run(tampered);
    t.close();
    const e = new Database(tampered);
    e.prepare("UPDATE beat SET description = 'Ruth lies back (changed)' WHERE sort_order = 0").run();
    e.close();
    const bytes = readFileSync(tampered);
    const refused = await s.call('document:open', { path: tampered });
    expect(refused).toEqual({ ok: false, error: { code: 'file-tampered', message: `“tampered.closedset” is a review copy of “${s.session.requireDocument().snapshot().production.title}” whose content has been changed since it was exported, so Closed Set will not open it. Ask the coordinator for a new review copy. The file was not changed.` } });
    expect(readFileSync(tampered).equals(bytes)).toBe(true);
    expect(existsSync(`${tampered}.format-${PREVIOUS}.bak`)).toBe(false);
    expect(s.session.requireDocument().path).toBe(s.production);

    // Unchanged: it opens as a review copy (migrated, the previous format kept as a backup), read-only.
    const opened = await s.call('document:open', { path: s.dest });
    expect(opened).toMatchObject({ ok: true, value: { info: { review: { sceneId: SCENE_42 } } } });
    expect(existsSync(`${s.dest}.format-${PREVIOUS}.bak`)).toBe(true);
    expect(await s.call('command:apply', { command: { type: 'scene.update', id: SCENE_42, patch: { title: 'x' } } })).toMatchObject({ ok: false, error: { code: 'read-only' } });
    s.session.close();
    // Migrated now, it still matches the content as it was written, so it opens again.
    expect(new Database(s.dest, { readonly: true }).pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(() => ProductionDocument.open(s.dest).close()).not.toThrow();
    // And a change made after its migration is still caught.
    const later = new Database(s.dest);
    later.prepare("UPDATE beat SET counts = 99 WHERE sort_order = 0").run();
    later.close();
    expect(() => ProductionDocument.open(s.dest)).toThrow(/whose content has been changed since it was exported/);
  });
});
