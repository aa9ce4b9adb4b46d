import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/main/db/fileHeader';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import type { DocumentSnapshot } from '../../shared/domain/records';
import { beatsOfScene, camerasOfBeat, docRecordsFrom, placementsOfBeat, scenesInOrder } from '../../shared/records/query';
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

  it('0004_scene_cameras upgrades a format-3 production: one camera per scene and name, in every beat, orphans retired, history kept', () => {
    const path = join(tempDir(), 'format-3.closedset');
    copyFileSync(join(FIXTURES, 'format-3.closedset'), path);
    const raw = new Database(path, { readonly: true });
    const oldCameras = raw.prepare('SELECT c.id, c.name, c.focal_length_mm AS mm, c.deleted_at, b.sort_order FROM camera c JOIN beat b ON b.id = c.beat_id').all() as {
      id: string;
      name: string;
      mm: number;
      deleted_at: string | null;
      sort_order: number;
    }[];
    raw.close();
    const doc = ProductionDocument.open(path);
    const snap = doc.snapshot();
    expect(snap.production.title).toBe('Format 3 fixture');
    const scene = snap.scenes.find((s) => s.number === '9')!;
    // "A cam" of beat 1 and "A cam" of beat 2 are one camera now; B and C keep their names.
    expect(snap.cameras.map((c) => c.name).sort()).toEqual(['A cam', 'B cam', 'C cam']);
    const beats = snap.beats.filter((b) => b.sceneId === scene.id).sort((a, b) => a.order - b.order);
    expect(beats).toHaveLength(3);
    const setup = (name: string, beatIndex: number) => {
      const camera = snap.cameras.find((c) => c.name === name)!;
      return snap.cameraPlacements.find((p) => p.cameraId === camera.id && p.beatId === beats[beatIndex]!.id);
    };
    // Every camera has a setup in every beat; each old row kept its id, lens and position.
    for (const name of ['A cam', 'B cam', 'C cam']) for (const i of [0, 1, 2]) expect(setup(name, i), `${name} in beat ${i + 1}`).toBeDefined();
    const oldA2 = oldCameras.find((c) => c.name === 'A cam' && c.sort_order === 1)!;
    expect(setup('A cam', 1)).toMatchObject({ id: oldA2.id, focalLengthMm: 85, position: [0.5, 1.4, 2.5], hidden: false });
    expect(setup('A cam', 0)).toMatchObject({ focalLengthMm: 35, hidden: false });
    // B cam was added in beat 2: not used in beat 1; C cam was deleted in beat 2: hidden there.
    expect(setup('B cam', 0)).toMatchObject({ hidden: true, focalLengthMm: 50 });
    expect(setup('B cam', 1)).toMatchObject({ hidden: false });
    expect(setup('C cam', 0)).toMatchObject({ hidden: false, focalLengthMm: 24 });
    expect(setup('C cam', 1)).toMatchObject({ hidden: true });
    // The orphan beat of the deleted scene 10 is retired with its placements.
    expect(snap.beats.every((b) => snap.scenes.some((s) => s.id === b.sceneId))).toBe(true);
    expect(snap.placements.every((p) => snap.beats.some((b) => b.id === p.beatId))).toBe(true);
    // Undo history upgraded: the steps before the upgrade undo as cameras of the scene. The redo step of a
    // camera whose row no longer exists ("D cam", added and undone) cannot be replayed and is gone.
    expect(doc.engine.history()).toMatchObject({ canRedo: false, undoLabel: 'Delete scene' });
    let steps = 0;
    while (doc.engine.history().undoLabel !== 'Edit camera' && steps++ < 20) doc.engine.undo();
    doc.engine.undo();
    expect(doc.snapshot().cameraPlacements.find((p) => p.id === oldA2.id)).toMatchObject({ focalLengthMm: 35, position: [0, 1.5, 4] });
    // The whole upgraded history undoes to the empty production and redoes to where it was.
    while (doc.engine.undo());
    expect(doc.snapshot()).toMatchObject({ scenes: [], beats: [], cameras: [], cameraPlacements: [], placements: [] });
    while (doc.engine.redo());
    // (Redoing format 3's "Delete scene" deletes the scene only; its orphan beat stays hidden by the query layer.)
    const live = (s: DocumentSnapshot) => {
      const d = docRecordsFrom(s);
      const beats = scenesInOrder(d).flatMap((sc) => beatsOfScene(d, sc.id));
      return { scenes: s.scenes, beats, placements: beats.flatMap((b) => placementsOfBeat(d, b.id)), cameras: beats.flatMap((b) => camerasOfBeat(d, b.id)) };
    };
    expect(live(doc.snapshot())).toEqual(live(snap));
    doc.close();
    expect(existsSync(`${path}.format-3.bak`)).toBe(true);
  });

  it('0008_body_doubles upgrades a format-7 production: nobody is a double yet, consent and undo history intact, doubles can be added', () => {
    const path = join(tempDir(), 'format-7.closedset');
    copyFileSync(join(FIXTURES, 'format-7.closedset'), path);
    const doc = ProductionDocument.open(path);
    const snap = doc.snapshot();
    expect(snap.production.title).toBe('Format 7 fixture');
    expect(snap.performers.map((p) => [p.name, p.doublesFor]).sort()).toEqual([
      ['Daniel Reyes', null],
      ['Maya Okafor', null],
    ]);
    expect(snap.doublings).toEqual([]);
    expect(snap.riderAttachments).toEqual([]);
    expect(snap.boundaries.length).toBe(236);
    expect(snap.riders.length).toBe(1);
    // The two format-7 edits still undo, to the values the fixture had before them.
    expect(doc.engine.history().undoLabel).toBe('Edit beat');
    doc.engine.undo();
    expect(doc.snapshot().beats.find((b) => b.id === 'sample-beat-1')!.description).toMatch(/^Ruth sits on the left edge of the bed/);
    doc.engine.undo();
    expect(doc.snapshot().production.title).toBe('The Quiet Hours');
    // A double of Maya can be recorded and put in her place in a beat.
    const maya = snap.performers.find((p) => p.name === 'Maya Okafor')!;
    const ana = doc.engine.apply({ type: 'performer.create', fields: { name: 'Ana Lima', doublesFor: maya.id } }).changes.records[0]!;
    const beat = snap.beats.find((b) => b.id === 'sample-beat-1')!;
    doc.engine.apply({ type: 'doubling.add', beatId: beat.id, performerId: maya.id, doubleId: ana.id, cameraId: null });
    expect(doc.snapshot().doublings.map((d) => [d.performerId, d.doubleId])).toEqual([[maya.id, ana.id]]);
    doc.close();
    expect(existsSync(`${path}.format-7.bak`)).toBe(true);
  });

  it('0001_init turns an empty database into a production file', () => {
    const db = new Database(join(tempDir(), 'v0.closedset'));
    migrate(db, MIGRATIONS.slice(0, 1));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['beat', 'crew', 'history', 'performer', 'production', 'scene', 'scene_performer', 'schema_migrations']));
    db.close();
  });
});
