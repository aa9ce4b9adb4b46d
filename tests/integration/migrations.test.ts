import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/main/db/fileHeader';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../fixtures');

function schemaOf(db: Database.Database): string {
  const rows = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name").pluck().all() as string[];
  return rows.map((s) => `${s.trim()};`).join('\n\n') + '\n';
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('build exactly the committed schema snapshot from an empty file', async () => {
    const db = new Database(join(tempDir(), 'empty.closedset'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    await expect(schemaOf(db)).toMatchFileSnapshot('../../electron/main/db/schema.snapshot.sql');
    db.close();
  });

  it('do nothing the second time', () => {
    const db = new Database(join(tempDir(), 'twice.closedset'));
    migrate(db);
    expect(migrate(db)).toBe(0);
    db.close();
  });

  it('roll a failing migration back completely', () => {
    const db = new Database(join(tempDir(), 'fail.closedset'));
    migrate(db, MIGRATIONS.slice(0, 1));
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (id TEXT); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  // One fixture per migration: a real file written by the previous format, upgraded with its data intact.
  it('0002_blocking upgrades a format-1 production and keeps its people, scenes, beats and undo history', () => {
    const path = join(tempDir(), 'format-1.closedset');
    copyFileSync(join(FIXTURES, 'format-1.closedset'), path);
    const doc = ProductionDocument.open(path);
    const snap = doc.snapshot();
    expect(snap.production.title).toBe('Format 1 fixture');
    expect(snap.performers.map((p) => p.name)).toEqual(['Alex Doe', 'Blake Roe']);
    expect(snap.scenes[0]).toMatchObject({ number: '12', contentFlags: ['kiss'], performerIds: ['perf-a', 'perf-b'] });
    expect(snap.beats.map((b) => b.description)).toEqual(['A and B stand facing, 50 cm apart.', 'Closed-mouth kiss, 2 counts.']);
    expect(snap.setPieces).toEqual([]);
    expect(doc.engine.history().undoLabel).toBe('Edit beat');
    // The new tables work: a set piece can be added to the upgraded scene.
    doc.engine.apply({ type: 'setPiece.add', sceneId: 'sc1', pieceType: 'doubleBed' });
    expect(doc.snapshot().setPieces).toHaveLength(1);
    doc.close();
    expect(existsSync(`${path}.format-1.bak`)).toBe(true);
  });

  it('0003_scene_tempo upgrades a format-2 production: scenes play at 60 cpm, blocking and undo history intact', () => {
    const path = join(tempDir(), 'format-2.closedset');
    copyFileSync(join(FIXTURES, 'format-2.closedset'), path);
    const doc = ProductionDocument.open(path);
    const snap = doc.snapshot();
    expect(snap.production.title).toBe('Format 2 fixture');
    expect(snap.scenes).toHaveLength(1);
    expect(snap.scenes[0]).toMatchObject({ number: '7', title: 'The couch (revised)', tempoCpm: 60 });
    expect(snap.setPieces.map((p) => p.type)).toEqual(['sofa']);
    expect(snap.placements).toHaveLength(2);
    expect(snap.cameras).toHaveLength(1);
    // Undo the last format-2 edit (a scene title): the restored record is a complete format-3 scene.
    expect(doc.engine.history().undoLabel).toBe('Edit scene');
    doc.engine.undo();
    expect(doc.snapshot().scenes[0]).toMatchObject({ title: 'The couch', tempoCpm: 60 });
    doc.engine.redo();
    doc.engine.apply({ type: 'scene.update', id: snap.scenes[0]!.id, patch: { tempoCpm: 72 } });
    expect(doc.snapshot().scenes[0]!.tempoCpm).toBe(72);
    doc.close();
    expect(existsSync(`${path}.format-2.bak`)).toBe(true);
  });

  it('0001_init turns an empty database into a production file', () => {
    const db = new Database(join(tempDir(), 'v0.closedset'));
    migrate(db, MIGRATIONS.slice(0, 1));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['beat', 'crew', 'history', 'performer', 'production', 'scene', 'scene_performer', 'schema_migrations']));
    db.close();
  });
});
