import { describe, expect, it } from 'vitest';
import { beatsOfScene, camerasOfBeat, docRecordsFrom, placementsOfBeat } from '../../shared/records/query';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

/** A scene with two performers, two beats, a set piece and a camera. */
function staged() {
  const d = newDocument(tempDir());
  const { apply, created } = d;
  const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth' } }), 'performer');
  const tom = created(apply({ type: 'performer.create', fields: { name: 'Tom' } }), 'performer');
  const scene = created(apply({ type: 'scene.create', fields: { number: '42', performerIds: [ruth.id, tom.id] } }), 'scene');
  const beat1 = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
  apply({ type: 'setPiece.add', sceneId: scene.id, pieceType: 'doubleBed' });
  const camera = created(apply({ type: 'camera.add', beatId: beat1.id, fields: { name: 'A cam', focalLengthMm: 40 } }), 'camera');
  const beat2 = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
  return { ...d, ruth, tom, scene, beat1, beat2, camera };
}

const liveRows = (doc: ReturnType<typeof staged>['doc']) => {
  const s = doc.snapshot();
  return { beats: s.beats.length, placements: s.placements.length, setPieces: s.setPieces.length, cameras: s.cameras.length, cameraPlacements: s.cameraPlacements.length };
};

describe('deletes cascade in one transaction and undo restores everything', () => {
  it('deleting a scene retires its beats, placements, set pieces and cameras; undo brings them all back', () => {
    const { doc, apply, scene } = staged();
    const before = liveRows(doc);
    expect(before).toEqual({ beats: 2, placements: 4, setPieces: 1, cameras: 1, cameraPlacements: 2 });
    const result = apply({ type: 'scene.delete', id: scene.id });
    expect(liveRows(doc)).toEqual({ beats: 0, placements: 0, setPieces: 0, cameras: 0, cameraPlacements: 0 });
    // The renderer is told about every retired record in the same change.
    expect(result.changes.records.filter((r) => 'deletedAt' in r && r.deletedAt)).toHaveLength(1 + 2 + 4 + 1 + 1 + 2);
    doc.engine.undo();
    expect(liveRows(doc)).toEqual(before);
    doc.engine.redo();
    expect(liveRows(doc)).toEqual({ beats: 0, placements: 0, setPieces: 0, cameras: 0, cameraPlacements: 0 });
    doc.close();
  });

  it('deleting a performer retires their placements in every beat and takes them out of the scene', () => {
    const { doc, apply, tom, scene } = staged();
    apply({ type: 'performer.delete', id: tom.id });
    const s = doc.snapshot();
    expect(s.placements.map((p) => p.performerId)).not.toContain(tom.id);
    expect(s.scenes.find((x) => x.id === scene.id)!.performerIds).not.toContain(tom.id);
    doc.engine.undo();
    expect(doc.snapshot().placements.filter((p) => p.performerId === tom.id)).toHaveLength(2);
    doc.close();
  });

  it('deleting a beat retires its placements and camera placements, and not the other beat’s', () => {
    const { doc, apply, beat1, beat2 } = staged();
    apply({ type: 'beat.delete', id: beat2.id });
    const s = doc.snapshot();
    expect(new Set(s.placements.map((p) => p.beatId))).toEqual(new Set([beat1.id]));
    expect(new Set(s.cameraPlacements.map((p) => p.beatId))).toEqual(new Set([beat1.id]));
    doc.close();
  });
});

describe('cameras keep their identity across beats', () => {
  it('"A cam" is one camera, present in every beat; a new beat starts with its setup from the beat before', () => {
    const { doc, apply, camera, beat1, beat2, scene } = staged();
    apply({ type: 'camera.update', id: camera.id, beatId: beat1.id, patch: { position: [1, 1.6, 3], focalLengthMm: 85 } });
    const beat3 = doc.snapshot().beats.length;
    apply({ type: 'beat.create', sceneId: scene.id, afterBeatId: beat1.id });
    const d = docRecordsFrom(doc.snapshot());
    const beats = beatsOfScene(d, scene.id);
    expect(beats).toHaveLength(beat3 + 1);
    const inserted = beats[1]!;
    expect(camerasOfBeat(d, inserted.id)).toMatchObject([{ id: camera.id, name: 'A cam', focalLengthMm: 85, position: [1, 1.6, 3], hidden: false }]);
    // Beat 2 kept its own setup.
    expect(camerasOfBeat(d, beat2.id)).toMatchObject([{ id: camera.id, focalLengthMm: 40 }]);
    doc.close();
  });

  it('renaming applies in every beat; a lens change only in its beat; "not used here" hides it in one beat', () => {
    const { doc, apply, camera, beat1, beat2 } = staged();
    apply({ type: 'camera.update', id: camera.id, beatId: beat2.id, patch: { name: 'Wide', focalLengthMm: 24, hidden: true } });
    const d = docRecordsFrom(doc.snapshot());
    expect(camerasOfBeat(d, beat1.id)).toMatchObject([{ name: 'Wide', focalLengthMm: 40, hidden: false }]);
    expect(camerasOfBeat(d, beat2.id)).toMatchObject([{ name: 'Wide', focalLengthMm: 24, hidden: true }]);
    doc.close();
  });

  it('a camera added in a later beat is not used in the beats before it', () => {
    const { doc, apply, created, beat1, beat2 } = staged();
    const b = created(apply({ type: 'camera.add', beatId: beat2.id, fields: { name: 'B cam' } }), 'camera');
    const d = docRecordsFrom(doc.snapshot());
    expect(camerasOfBeat(d, beat1.id).find((c) => c.id === b.id)).toMatchObject({ hidden: true });
    expect(camerasOfBeat(d, beat2.id).find((c) => c.id === b.id)).toMatchObject({ hidden: false });
    doc.close();
  });

  it('refuses a setup change for a beat of another scene', () => {
    const { doc, apply, created, camera, ruth } = staged();
    const other = created(apply({ type: 'scene.create', fields: { performerIds: [ruth.id] } }), 'scene');
    const otherBeat = created(apply({ type: 'beat.create', sceneId: other.id }), 'beat');
    expect(() => apply({ type: 'camera.update', id: camera.id, beatId: otherBeat.id, patch: { focalLengthMm: 50 } })).toThrow(/another scene/);
    doc.close();
  });
});

describe('beat copying and the current cast', () => {
  it('copies only the scene’s current cast into a new beat', () => {
    const { doc, apply, scene, ruth, tom } = staged();
    apply({ type: 'scene.update', id: scene.id, patch: { performerIds: [ruth.id] } });
    apply({ type: 'beat.create', sceneId: scene.id });
    const d = docRecordsFrom(doc.snapshot());
    const last = beatsOfScene(d, scene.id).at(-1)!;
    expect(placementsOfBeat(d, last.id).map((p) => p.performerId)).toEqual([ruth.id]);
    // Tom's earlier placements are kept (he may come back) but are not part of the scene's blocking now.
    expect(doc.snapshot().placements.filter((p) => p.performerId === tom.id && p.beatId === last.id)).toEqual([]);
    doc.close();
  });
});

describe('undo and redo validate what they restore', () => {
  it('refuses to restore a record that does not match its schema, and changes nothing', () => {
    const { doc, apply, created, scene } = staged();
    const beat = created(apply({ type: 'beat.create', sceneId: scene.id, fields: { description: 'first' } }), 'beat');
    apply({ type: 'beat.update', id: beat.id, patch: { description: 'second' } });
    // A damaged history step: counts of 5000 is beyond what a beat may hold.
    const row = doc.db.prepare('SELECT id, before FROM history ORDER BY id DESC LIMIT 1').get() as { id: number; before: string };
    const damaged = row.before.replace('"counts":null', '"counts":5000');
    expect(damaged).not.toBe(row.before);
    doc.db.prepare('UPDATE history SET before = ? WHERE id = ?').run(damaged, row.id);
    expect(() => doc.engine.undo()).toThrow(/undo history holds a record Closed Set cannot read/);
    expect(doc.snapshot().beats.find((b) => b.id === beat.id)!.description).toBe('second');
    expect(doc.engine.history().undoLabel).toBe('Edit beat');
    doc.close();
  });
});
