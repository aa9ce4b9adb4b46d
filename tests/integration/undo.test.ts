import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

describe('undo and redo', () => {
  it('undoes and redoes each kind of edit, with labels for the Edit menu', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const scene = created(apply({ type: 'scene.create', fields: { number: '7' } }), 'scene');
    const beat = created(apply({ type: 'beat.create', sceneId: scene.id, fields: { description: 'first' } }), 'beat');
    apply({ type: 'beat.update', id: beat.id, patch: { description: 'renamed' } });
    expect(doc.engine.history()).toMatchObject({ canUndo: true, undoLabel: 'Edit beat', canRedo: false });

    const undone = doc.engine.undo()!;
    expect(undone.changes.records.find((r) => r.id === beat.id)).toMatchObject({ description: 'first' });
    expect(doc.snapshot().beats[0]!.description).toBe('first');
    expect(doc.engine.history()).toMatchObject({ canRedo: true, redoLabel: 'Edit beat', undoLabel: 'Add beat' });

    doc.engine.redo();
    expect(doc.snapshot().beats[0]!.description).toBe('renamed');

    // Undoing a create removes the record (and its placements) entirely.
    doc.engine.undo();
    const removal = doc.engine.undo()!;
    expect(removal.changes.removed).toContainEqual({ kind: 'beat', id: beat.id });
    expect(doc.snapshot().beats).toEqual([]);
    doc.close();
  });

  it('restores a deleted beat in its old place, with the numbering it had', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const scene = created(apply({ type: 'scene.create' }), 'scene');
    for (const d of ['a', 'b', 'c']) apply({ type: 'beat.create', sceneId: scene.id, fields: { description: d } });
    const b = doc.snapshot().beats[1]!;
    apply({ type: 'beat.delete', id: b.id });
    expect(doc.snapshot().beats.map((x) => `${x.order}:${x.description}`)).toEqual(['0:a', '1:c']);
    doc.engine.undo();
    expect(doc.snapshot().beats.map((x) => `${x.order}:${x.description}`)).toEqual(['0:a', '1:b', '2:c']);
    doc.close();
  });

  it('a new edit after undo clears the redo stack', () => {
    const { doc, apply } = newDocument(tempDir());
    apply({ type: 'production.update', patch: { title: 'One' } });
    doc.engine.undo();
    apply({ type: 'production.update', patch: { title: 'Two' } });
    expect(doc.engine.history().canRedo).toBe(false);
    expect(doc.engine.redo()).toBeNull();
    doc.close();
  });

  it('an edit that changes nothing is not an undo step', () => {
    const { doc, apply } = newDocument(tempDir());
    apply({ type: 'production.update', patch: { title: 'Test production' } });
    expect(doc.engine.history().canUndo).toBe(false);
    doc.close();
  });

  it('survives closing and reopening the file', () => {
    const { path, doc, apply, created } = newDocument(tempDir());
    const p = created(apply({ type: 'performer.create', fields: { name: 'Maya' } }), 'performer');
    apply({ type: 'performer.update', id: p.id, patch: { name: 'Maya Okafor' } });
    doc.engine.undo();
    doc.close();

    const again = ProductionDocument.open(path);
    expect(again.snapshot().performers[0]!.name).toBe('Maya');
    expect(again.engine.history()).toMatchObject({ canUndo: true, undoLabel: 'Add performer', canRedo: true, redoLabel: 'Edit performer' });
    again.engine.redo();
    expect(again.snapshot().performers[0]!.name).toBe('Maya Okafor');
    again.engine.undo();
    again.engine.undo();
    expect(again.snapshot().performers).toEqual([]);
    again.close();
  });

  it('undoes a beat created with copied blocking in one step', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const a = created(apply({ type: 'performer.create' }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { performerIds: [a.id] } }), 'scene');
    const first = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
    const placement = doc.snapshot().placements.find((p) => p.beatId === first.id)!;
    apply({ type: 'placement.update', id: placement.id, patch: { position: [1, 0, 2], rotationY: 90 } });
    apply({ type: 'camera.add', beatId: first.id });
    const second = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
    const snap = doc.snapshot();
    expect(snap.placements.find((p) => p.beatId === second.id)).toMatchObject({ position: [1, 0, 2], rotationY: 90 });
    // The scene's camera is present in the new beat too, where the first beat left it.
    expect(snap.cameras).toHaveLength(1);
    expect(snap.cameraPlacements.filter((c) => c.beatId === second.id)).toMatchObject([{ cameraId: snap.cameras[0]!.id, hidden: false }]);
    doc.engine.undo();
    const after = doc.snapshot();
    expect(after.beats.map((b) => b.id)).toEqual([first.id]);
    expect(after.placements.filter((p) => p.beatId === second.id)).toEqual([]);
    expect(after.cameraPlacements.filter((c) => c.beatId === second.id)).toEqual([]);
    expect(after.cameras).toHaveLength(1);
    doc.close();
  });
});

describe('history', () => {
  it('keeps reaching back after many edits without growing without bound', () => {
    const { doc, apply } = newDocument(tempDir());
    for (let i = 0; i < 520; i++) apply({ type: 'production.update', patch: { notes: `note ${i}` } });
    const rows = doc.db.prepare('SELECT COUNT(*) FROM history').pluck().get() as number;
    expect(rows).toBeLessThanOrEqual(501);
    for (let i = 0; i < 10; i++) doc.engine.undo();
    expect(doc.snapshot().production.notes).toBe('note 509');
    doc.close();
  });
});

