import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../electron/main/db/fileHeader';
import { migrate } from '../../electron/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/db/migrations';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { attachRiderPdf } from '../../electron/main/services/riderPdf';
import { issueVersion } from '../../electron/main/services/versions';
import type { DocumentSnapshot } from '../../shared/domain/records';
import type { SceneVersion } from '../../shared/domain/versions';
import { beatsOfScene, camerasOfBeat, docRecordsFrom, placementsOfBeat, scenesInOrder } from '../../shared/records/query';
import { draftOf } from '../../shared/versions';
import { sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const FIXTURES = join(import.meta.dirname, '../fixtures');

function schemaOf(db: Database.Database): string {
  const rows = db.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name").pluck().all() as string[];
  return rows.map((s) => `${s.trim()};`).join('\n\n') + '\n';
}

type Tables = Map<string, { readonly columns: readonly string[]; readonly rows: readonly unknown[][] }>;
interface StoredChange {
  readonly kind: string;
  readonly id: string;
  readonly record: Record<string, unknown> | null;
}
interface HistoryRow {
  readonly label: string;
  readonly undone: number;
  readonly before: StoredChange[];
  readonly after: StoredChange[];
}

/**
 * Every row of every table (the undo history apart), column by column, in the order of their values (some tables
 * have no rowid); `like` reads only the tables and columns it has.
 */
function tablesOf(db: Database.Database, like?: Tables): Tables {
  const names = like ? [...like.keys()] : (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'history' ORDER BY name").pluck().all() as string[]);
  return new Map(
    names.map((name) => {
      const columns = like?.get(name)!.columns ?? (db.prepare(`SELECT name FROM pragma_table_info('${name}')`).pluck().all() as string[]);
      const rows = db.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).raw().all() as unknown[][];
      return [name, { columns, rows }];
    }),
  );
}

function historyOf(db: Database.Database): HistoryRow[] {
  return (db.prepare('SELECT label, undone, before, after FROM history ORDER BY id').all() as { label: string; undone: number; before: string; after: string }[]).map((r) => ({
    ...r,
    before: JSON.parse(r.before) as StoredChange[],
    after: JSON.parse(r.after) as StoredChange[],
  }));
}

/** `record` with only the fields `like` has (what the fixture's format knew of it). */
function fieldsOf(record: Record<string, unknown> | null, like: Record<string, unknown> | null): Record<string, unknown> | null {
  return record && like ? Object.fromEntries(Object.keys(like).map((k) => [k, record[k]])) : record;
}

/**
 * Opens a copy of tests/fixtures/format-N.closedset (written by the app when format N was the latest; see
 * tests/tools/format-fixtures.tool.ts) with today's ProductionDocument.open, and checks what every upgrade from
 * it must keep, whatever the migration: each row the file held, column for column (later formats only add rows,
 * columns and tables), and each record stored in its undo history, field for field (later formats only add
 * fields to them, with their defaults).
 */
function openFixture(format: number): { readonly path: string; readonly doc: ProductionDocument; readonly snap: DocumentSnapshot } {
  const path = join(tempDir(), `format-${format}.closedset`);
  copyFileSync(join(FIXTURES, `format-${format}.closedset`), path);
  const raw = new Database(path, { readonly: true });
  expect(raw.pragma('user_version', { simple: true })).toBe(format);
  const tables = tablesOf(raw);
  const history = historyOf(raw);
  raw.close();
  const doc = ProductionDocument.open(path);
  const upgraded = tablesOf(doc.db as unknown as Database.Database, tables);
  for (const [name, { rows }] of tables) expect(upgraded.get(name)!.rows.slice(0, rows.length), `rows of ${name}`).toEqual(rows);
  for (const [name, { rows }] of tables) if (name !== 'schema_migrations') expect(upgraded.get(name)!.rows, `rows of ${name}`).toHaveLength(rows.length);
  const upgradedHistory = historyOf(doc.db as unknown as Database.Database);
  expect(upgradedHistory.map((h) => [h.label, h.undone])).toEqual(history.map((h) => [h.label, h.undone]));
  history.forEach((h, i) => {
    for (const side of ['before', 'after'] as const) {
      const now = upgradedHistory[i]![side];
      expect(now.map((c) => [c.kind, c.id]), `history ${i + 1} ${side}`).toEqual(h[side].map((c) => [c.kind, c.id]));
      h[side].forEach((c, j) => expect(fieldsOf(now[j]!.record, c.record), `history ${i + 1} ${side}: ${c.kind} ${c.id}`).toEqual(c.record));
    }
  });
  return { path, doc, snap: doc.snapshot() };
}

/** Closes the upgraded copy and checks the file as it was is kept beside it, byte for byte. */
function closeUpgraded(path: string, doc: ProductionDocument, format: number): void {
  doc.close();
  expect(sha256(`${path}.format-${format}.bak`)).toBe(sha256(join(FIXTURES, `format-${format}.closedset`)));
}

/** A scene's safety plan as migration 0007 leaves it on a scene made before format 7 (and undo brings back). */
const SAFETY_PLAN_DEFAULTS = { closedSetCrewIds: [], monitorPolicy: '', pauseWord: '', pauseGesture: '', robes: '', checkInCadence: '' };
const MAYA = 'sample-performer-maya';
const DANIEL = 'sample-performer-daniel';
const SCENE_42 = 'sample-scene-42';
const sceneOf = (doc: ProductionDocument, id = SCENE_42) => doc.snapshot().scenes.find((s) => s.id === id)!;
const performerOf = (doc: ProductionDocument, id: string) => doc.snapshot().performers.find((p) => p.id === id)!;

/**
 * The two edits the fixture ended with (the production title, then the first beat's description) undo to the
 * sample's values and redo; `whenUndone` checks the document between. Leaves them undone, so the edit before
 * them is next.
 */
function expectTwoEditsUndo(doc: ProductionDocument, format: number, whenUndone: () => void = () => {}): void {
  const beat1 = () => doc.snapshot().beats.find((b) => b.id === 'sample-beat-1')!;
  expect(beat1().description).toBe(`Format ${format}: first beat, edited before the upgrade`);
  expect(doc.engine.history().undoLabel).toBe('Edit beat');
  doc.engine.undo();
  expect(beat1().description).toMatch(/^Ruth sits on the left edge of the bed/);
  doc.engine.undo();
  expect(doc.snapshot().production.title).toBe('The Quiet Hours');
  whenUndone();
  doc.engine.redo();
  doc.engine.redo();
  expect(doc.snapshot().production.title).toBe(`Format ${format} fixture`);
  expect(beat1().description).toBe(`Format ${format}: first beat, edited before the upgrade`);
  doc.engine.undo();
  doc.engine.undo();
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
    const { path, doc, snap } = openFixture(7);
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
    closeUpgraded(path, doc, 7);
  });

  // Formats 4, 5, 6 and 8–11: one real file each, written by the app when that format was the latest (format 4:
  // an upgrade from format 3 that stopped after 0004). tests/tools/format-fixtures.tool.ts says how, and rewrites them.
  const EMPTY_SINCE_FORMAT_5 = ['contacts', 'garments', 'garmentFittings', 'barriers'] as const;
  const EMPTY_SINCE_FORMAT_6 = ['boundaries', 'riders'] as const;
  const EMPTY_SINCE_FORMAT_8 = ['doublings'] as const;
  const EMPTY_SINCE_FORMAT_9 = ['signingCertificates'] as const;
  const EMPTY_SINCE_FORMAT_10 = ['comments', 'approvals'] as const;
  const EMPTY_SINCE_FORMAT_11 = ['sceneVersions', 'signoffs'] as const;
  const EMPTY_SINCE_FORMAT_12 = ['riderAttachments'] as const;
  const expectEmpty = (snap: DocumentSnapshot, keys: readonly (keyof DocumentSnapshot)[]) => {
    for (const key of keys) expect(snap[key], key).toEqual([]);
  };

  it('0005–0012 upgrade a format-4 production: cameras and blocking intact, the scene, performer and placement edits in its history undo to complete records', () => {
    const { path, doc, snap } = openFixture(4);
    expect(snap.production.title).toBe('Format 4 fixture');
    expect(snap.performers.map((p) => [p.name, p.character, p.doublesFor]).sort()).toEqual([
      ['Daniel Reyes', 'Tom Ames', null],
      ['Maya Okafor', 'Ruth', null],
    ]);
    expect(snap.scenes).toHaveLength(1);
    expect(sceneOf(doc)).toMatchObject({ number: '42', title: 'Ruth and Tom reconcile (revised)', tempoCpm: 48, ...SAFETY_PLAN_DEFAULTS });
    expect(snap.beats).toHaveLength(6);
    expect(snap.setPieces).toHaveLength(5);
    expect(snap.placements).toHaveLength(12);
    expect(snap.placements.every((p) => p.costumeOff.length === 0)).toBe(true);
    expect(snap.cameras.map((c) => c.name).sort()).toEqual(['A cam', 'B cam']);
    expect(snap.cameraPlacements).toHaveLength(12);
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_5, ...EMPTY_SINCE_FORMAT_6, ...EMPTY_SINCE_FORMAT_8, ...EMPTY_SINCE_FORMAT_9, ...EMPTY_SINCE_FORMAT_10, ...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    const maya1 = () => doc.snapshot().placements.find((p) => p.id === 'sample-placement-1-maya')!;
    expect(maya1().position).toEqual([0.45, 0.194, 0.22]);
    // The format-4 history: the placement move and the title, then a performer and a scene edit before them.
    expect(doc.engine.history().undoLabel).toBe('Change blocking');
    doc.engine.undo();
    expect(maya1()).toMatchObject({ position: [0.33, 0.194, 0.22], costumeOff: [] });
    doc.engine.undo();
    expect(doc.snapshot().production.title).toBe('The Quiet Hours');
    expect(doc.engine.history().undoLabel).toBe('Edit performer');
    doc.engine.undo();
    expect(performerOf(doc, DANIEL)).toMatchObject({ character: 'Tom', doublesFor: null });
    doc.engine.undo();
    expect(sceneOf(doc)).toMatchObject({ title: 'Ruth and Tom reconcile', ...SAFETY_PLAN_DEFAULTS });
    while (doc.engine.redo());
    expect(doc.snapshot().production.title).toBe('Format 4 fixture');
    expect(maya1().position).toEqual([0.45, 0.194, 0.22]);
    // Today's commands on the upgraded file: a contact, a boundary, a pause word.
    doc.engine.apply({
      type: 'contact.add',
      beatId: 'sample-beat-2',
      fields: { initiator: { performerId: MAYA, region: 'rightHand', offset: [0, -0.08, 0.04] }, receiver: { kind: 'performer', performerId: DANIEL, region: 'leftHand', offset: [0, -0.08, 0.04] } },
    });
    doc.engine.apply({ type: 'boundary.set', performerId: DANIEL, sceneId: null, entries: [{ region: 'leftHand', channel: 'receive', value: 'agreed' }], occasion: 'oneOnOne', recordedBy: 'Sam Whitfield' });
    doc.engine.apply({ type: 'scene.update', id: SCENE_42, patch: { pauseWord: 'Hold' } });
    const after = doc.snapshot();
    expect(after.contacts.map((c) => [c.beatId, c.initiator.performerId])).toEqual([['sample-beat-2', MAYA]]);
    expect(after.boundaries.map((b) => [b.performerId, b.region, b.value])).toEqual([[DANIEL, 'leftHand', 'agreed']]);
    expect(sceneOf(doc).pauseWord).toBe('Hold');
    closeUpgraded(path, doc, 4);
  });

  it('0006–0012 upgrade a format-5 production: contacts, garment, fitting and barrier intact, its scene edit undoes to a scene with an empty safety plan', () => {
    const { path, doc, snap } = openFixture(5);
    expect(snap.production.title).toBe('Format 5 fixture');
    expect(snap.contacts.map((c) => [c.beatId, c.type, c.initiator.performerId, c.receiver.kind === 'performer' ? c.receiver.region : null, c.fromCount, c.toCount]).sort()).toEqual([
      ['sample-beat-2', 'handRest', MAYA, 'leftHand', 3, 8],
      ['sample-beat-3', 'kiss', MAYA, 'lips', 1, 3],
      ['sample-beat-4', 'embrace', DANIEL, 'leftShoulderBlade', 1, 8],
    ]);
    expect(snap.contacts.find((c) => c.type === 'kiss')!.kiss).toEqual({ mouth: 'closed', noTongue: true, headTilt: 'right' });
    expect(snap.contacts.find((c) => c.type === 'handRest')!.notes).toBe('Palm on the back of the hand only.');
    expect(snap.garments.map((g) => [g.beatId, g.performerId, g.type])).toEqual([['sample-beat-5', MAYA, 'nippleCovers']]);
    expect(snap.garmentFittings.map((f) => [f.performerId, f.type, f.status, f.notes])).toEqual([[MAYA, 'nippleCovers', 'approved', 'Silicone, skin tone matched at the fitting.']]);
    expect(snap.barriers.map((b) => [b.beatId, b.type])).toEqual([['sample-beat-5', 'foamPad']]);
    expect(snap.placements).toHaveLength(12);
    expect(snap.performers.map((p) => p.doublesFor)).toEqual([null, null]);
    expect(sceneOf(doc)).toMatchObject({ title: 'Ruth and Tom reconcile (revised)', ...SAFETY_PLAN_DEFAULTS });
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_6, ...EMPTY_SINCE_FORMAT_8, ...EMPTY_SINCE_FORMAT_9, ...EMPTY_SINCE_FORMAT_10, ...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    expect(doc.engine.history().undoLabel).toBe('Edit scene');
    doc.engine.undo();
    expect(sceneOf(doc)).toMatchObject({ title: 'Ruth and Tom reconcile', ...SAFETY_PLAN_DEFAULTS });
    doc.engine.undo();
    expect(doc.snapshot().production.title).toBe('The Quiet Hours');
    // The format-5 records' own edits undo too (the barrier was the edit before).
    expect(doc.engine.history().undoLabel).toBe('Add barrier');
    doc.engine.undo();
    expect(doc.snapshot().barriers).toEqual([]);
    while (doc.engine.redo());
    expect(doc.snapshot().barriers).toHaveLength(1);
    // Today's commands: Maya's boundaries and the scene's pause word.
    doc.engine.apply({ type: 'boundary.set', performerId: MAYA, sceneId: null, entries: [{ region: 'rightHand', channel: 'give', value: 'agreed' }, { region: 'lips', channel: 'give', value: 'agreed' }], occasion: 'oneOnOne', recordedBy: 'Sam Whitfield' });
    doc.engine.apply({ type: 'scene.update', id: SCENE_42, patch: { pauseWord: 'Hold', robes: 'Two, by the bed' } });
    expect(doc.snapshot().boundaries).toHaveLength(2);
    expect(sceneOf(doc)).toMatchObject({ pauseWord: 'Hold', robes: 'Two, by the bed' });
    closeUpgraded(path, doc, 5);
  });

  it('0007–0012 upgrade a format-6 production: consent history and rider intact, performer and scene edits undo to complete records', () => {
    const { path, doc, snap } = openFixture(6);
    expect(snap.production.title).toBe('Format 6 fixture');
    expect(snap.scenes.map((s) => s.number).sort()).toEqual(['42', '57']);
    expect(snap.scenes.every((s) => Object.entries(SAFETY_PLAN_DEFAULTS).every(([k, v]) => JSON.stringify(s[k as keyof typeof s]) === JSON.stringify(v)))).toBe(true);
    expect(snap.boundaries).toHaveLength(237);
    expect(snap.boundaries.filter((b) => b.performerId === MAYA)).toHaveLength(118);
    expect(snap.boundaries.find((b) => b.note === 'Old injury: ask first.')).toMatchObject({
      performerId: DANIEL,
      sceneId: null,
      region: 'leftKnee',
      channel: 'receive',
      value: 'discuss',
      occasion: 'rehearsalCheckIn',
      recordedBy: 'Sam Whitfield',
    });
    expect(snap.riders.map((r) => [r.performerId, r.sceneId, r.version, r.nudityTypes, r.dateSigned])).toEqual([[MAYA, 'sample-scene-57', 1, ['implied'], null]]);
    expect(snap.contacts).toHaveLength(8);
    expect(snap.garments).toHaveLength(2);
    expect(snap.garmentFittings).toHaveLength(2);
    expect(performerOf(doc, DANIEL)).toMatchObject({ character: 'Tom Ames', doublesFor: null });
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_8, ...EMPTY_SINCE_FORMAT_9, ...EMPTY_SINCE_FORMAT_10, ...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    expect(doc.engine.history().undoLabel).toBe('Edit scene');
    doc.engine.undo();
    expect(sceneOf(doc)).toMatchObject({ title: 'Ruth and Tom reconcile', ...SAFETY_PLAN_DEFAULTS });
    doc.engine.undo();
    expect(doc.snapshot().production.title).toBe('The Quiet Hours');
    doc.engine.undo();
    expect(performerOf(doc, DANIEL)).toMatchObject({ character: 'Tom', doublesFor: null });
    while (doc.engine.redo());
    // Today's commands: a body double of Maya in her place in beat 1, and a pause word.
    const ana = doc.engine.apply({ type: 'performer.create', fields: { name: 'Ana Lima', doublesFor: MAYA } }).changes.records[0]!;
    doc.engine.apply({ type: 'doubling.add', beatId: 'sample-beat-1', performerId: MAYA, doubleId: ana.id, cameraId: null });
    doc.engine.apply({ type: 'scene.update', id: SCENE_42, patch: { pauseWord: 'Hold' } });
    expect(doc.snapshot().doublings.map((d) => [d.performerId, d.doubleId])).toEqual([[MAYA, ana.id]]);
    expect(sceneOf(doc).pauseWord).toBe('Hold');
    closeUpgraded(path, doc, 6);
  });

  it('0009–0012 upgrade a format-8 production: the body double and where she stands in intact, history undoes', () => {
    const { path, doc, snap } = openFixture(8);
    expect(snap.production.title).toBe('Format 8 fixture');
    const ana = snap.performers.find((p) => p.name === 'Ana Lima')!;
    expect(ana.doublesFor).toBe(MAYA);
    expect(snap.performers.filter((p) => p.id !== ana.id).map((p) => p.doublesFor)).toEqual([null, null]);
    expect(snap.doublings.map((d) => [d.beatId, d.performerId, d.doubleId, d.cameraId, d.note])).toEqual([['sample-beat-1', MAYA, ana.id, null, 'Wide shot only.']]);
    expect(snap.boundaries).toHaveLength(236);
    expect(snap.riders).toHaveLength(1);
    expect(snap.contacts).toHaveLength(8);
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_9, ...EMPTY_SINCE_FORMAT_10, ...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    expectTwoEditsUndo(doc, 8);
    expect(doc.engine.history().undoLabel).toBe('Add body double');
    doc.engine.undo();
    expect(doc.snapshot().doublings).toEqual([]);
    while (doc.engine.redo());
    expect(doc.snapshot().doublings).toHaveLength(1);
    // Today's: a comment on the doubled beat, and version 1 of the scene, which holds the doubling.
    doc.engine.apply({ type: 'comment.add', sceneId: SCENE_42, beatId: 'sample-beat-1', target: { kind: 'beat' }, parentId: null, authorName: 'Sam Whitfield', body: 'Ana stands in for the wide shot.' });
    const v1 = issueVersion(doc, { sceneId: sceneOf(doc).id, note: '', issuedBy: 'Sam Whitfield' }).changes.records[0] as SceneVersion;
    expect(v1.number).toBe(1);
    expect(v1.canonical).toContain('Wide shot only.');
    expect(doc.snapshot().comments).toHaveLength(1);
    closeUpgraded(path, doc, 8);
  });

  it('0010–0012 upgrade a format-9 production: the coordinator’s certificate intact and still trusted, history undoes', () => {
    const { path, doc, snap } = openFixture(9);
    expect(snap.production.title).toBe('Format 9 fixture');
    expect(snap.signingCertificates).toHaveLength(1);
    const certificate = snap.signingCertificates[0]!;
    expect(certificate.subjectName).toContain('Sam Whitfield');
    expect(certificate.fingerprint).toBe(createHash('sha256').update(Buffer.from(certificate.certificate, 'base64')).digest('hex'));
    expect(snap.boundaries).toHaveLength(236);
    expect(snap.performers.map((p) => p.doublesFor)).toEqual([null, null]);
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_10, ...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    expectTwoEditsUndo(doc, 9);
    // The certificate is outside the undo history: undoing everything leaves it.
    while (doc.engine.undo());
    expect(doc.snapshot().signingCertificates).toEqual(snap.signingCertificates);
    while (doc.engine.redo());
    // Today's: a version of the scene and a comment.
    const v1 = issueVersion(doc, { sceneId: sceneOf(doc).id, note: 'After the upgrade', issuedBy: 'Sam Whitfield' }).changes.records[0] as SceneVersion;
    doc.engine.apply({ type: 'comment.add', sceneId: SCENE_42, beatId: null, target: { kind: 'scene' }, parentId: null, authorName: 'Sam Whitfield', body: 'Version 1 issued.' });
    expect(doc.snapshot().sceneVersions.map((v) => [v.id, v.number])).toEqual([[v1.id, 1]]);
    closeUpgraded(path, doc, 9);
  });

  it('0011–0012 upgrade a format-10 production: the comment thread intact, history undoes, the thread can be resolved', () => {
    const { path, doc, snap } = openFixture(10);
    expect(snap.production.title).toBe('Format 10 fixture');
    const thread = snap.comments.find((c) => c.parentId === null)!;
    expect(thread).toMatchObject({ sceneId: SCENE_42, beatId: 'sample-beat-3', target: { kind: 'beat' }, authorName: 'Director', body: 'Can the kiss hold for four counts?', resolvedAt: null });
    expect(snap.comments.filter((c) => c.parentId === thread.id).map((c) => [c.authorName, c.body])).toEqual([['Sam Whitfield', 'Three counts, as agreed with both performers.']]);
    expect(snap.approvals).toEqual([]);
    expect(snap.boundaries).toHaveLength(236);
    expectEmpty(snap, [...EMPTY_SINCE_FORMAT_11, ...EMPTY_SINCE_FORMAT_12]);
    expectTwoEditsUndo(doc, 10);
    expect(doc.engine.history().undoLabel).toBe('Reply to comment');
    doc.engine.undo();
    expect(doc.snapshot().comments).toHaveLength(1);
    while (doc.engine.redo());
    // Today's: the thread resolved, and a version of the scene.
    doc.engine.apply({ type: 'comment.resolve', id: thread.id, resolved: true, by: 'Sam Whitfield' });
    expect(doc.snapshot().comments.find((c) => c.id === thread.id)).toMatchObject({ resolvedBy: 'Sam Whitfield' });
    expect(issueVersion(doc, { sceneId: sceneOf(doc).id, note: '', issuedBy: 'Sam Whitfield' }).changes.records[0]).toMatchObject({ number: 1 });
    closeUpgraded(path, doc, 10);
  });

  it('0012 upgrades a format-11 production: version 1 and its sign-off intact, its hash still the scene’s once the later edit is undone', async () => {
    const { path, doc, snap } = openFixture(11);
    expect(snap.production.title).toBe('Format 11 fixture');
    expect(snap.sceneVersions.map((v) => [v.sceneId, v.number, v.note, v.issuedBy])).toEqual([[SCENE_42, 1, 'For the table read', 'Sam Whitfield']]);
    const v1 = snap.sceneVersions[0]!;
    expect(snap.signoffs.map((s) => [s.versionId, s.versionHash, s.versionNumber, s.role, s.performerId, s.typedName, s.action])).toEqual([[v1.id, v1.hash, 1, 'performer', MAYA, 'Maya Okafor', 'signed']]);
    expect(snap.boundaries).toHaveLength(236);
    expectEmpty(snap, EMPTY_SINCE_FORMAT_12);
    // The beat edit came after v1, so the draft differs from it; undone, the scene is v1's again, hash for hash.
    expect(draftOf(docRecordsFrom(snap), SCENE_42).hash).not.toBe(v1.hash);
    expectTwoEditsUndo(doc, 11, () => expect(draftOf(docRecordsFrom(doc.snapshot()), SCENE_42).hash).toBe(v1.hash));
    // Today's: the signed rider attached as a PDF.
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    const pdfPath = join(tempDir(), 'rider.pdf');
    writeFileSync(pdfPath, await pdf.save());
    const rider = snap.riders[0]!;
    attachRiderPdf(doc, { riderId: rider.id, path: pdfPath, recordedBy: 'Sam Whitfield' });
    expect(doc.snapshot().riderAttachments.map((a) => [a.riderId, a.fileName])).toEqual([[rider.id, 'rider.pdf']]);
    closeUpgraded(path, doc, 11);
  });

  it('0001_init turns an empty database into a production file', () => {
    const db = new Database(join(tempDir(), 'v0.closedset'));
    migrate(db, MIGRATIONS.slice(0, 1));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['beat', 'crew', 'history', 'performer', 'production', 'scene', 'scene_performer', 'schema_migrations']));
    db.close();
  });
});
