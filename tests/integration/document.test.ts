import { copyFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { posePresetById } from '../../shared/blocking';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

describe('a production file', () => {
  it('keeps what was created and edited after closing and reopening', () => {
    const { path, doc, apply, created } = newDocument(tempDir());
    apply({ type: 'production.update', patch: { title: '  The Quiet Hours  ', company: 'Northlight' } });
    const maya = created(apply({ type: 'performer.create', fields: { name: 'Maya Okafor', heightCm: 168 } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { number: '42', performerIds: [maya.id] } }), 'scene');
    const beat = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
    apply({ type: 'beat.update', id: beat.id, patch: { description: 'Closed-mouth kiss, 3 counts', counts: 4, checkInAfter: true } });
    doc.close();

    const reopened = ProductionDocument.open(path);
    const snap = reopened.snapshot();
    expect(snap.production.title).toBe('The Quiet Hours'); // trimmed by the schema
    expect(snap.production.company).toBe('Northlight');
    expect(snap.performers.map((p) => p.name)).toEqual(['Maya Okafor']);
    expect(snap.scenes[0]).toMatchObject({ number: '42', performerIds: [maya.id] });
    expect(snap.beats[0]).toMatchObject({ description: 'Closed-mouth kiss, 3 counts', counts: 4, checkInAfter: true, order: 0 });
    // The performer in the scene got a mannequin placement in the new beat.
    expect(snap.placements.filter((p) => p.beatId === beat.id).map((p) => p.performerId)).toEqual([maya.id]);
    reopened.close();
  });

  it('orders beats densely and moves, duplicates and deletes them', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const scene = created(apply({ type: 'scene.create' }), 'scene');
    const ids = [1, 2, 3].map((n) => created(apply({ type: 'beat.create', sceneId: scene.id, fields: { description: `beat ${n}` } }), 'beat').id);
    const order = () => doc.snapshot().beats.map((b) => b.description);

    apply({ type: 'beat.move', id: ids[2]!, toIndex: 0 });
    expect(order()).toEqual(['beat 3', 'beat 1', 'beat 2']);

    apply({ type: 'beat.duplicate', id: ids[0]! });
    expect(order()).toEqual(['beat 3', 'beat 1', 'beat 1', 'beat 2']);

    apply({ type: 'beat.delete', id: ids[2]! });
    expect(order()).toEqual(['beat 1', 'beat 1', 'beat 2']);
    expect(doc.snapshot().beats.map((b) => b.order)).toEqual([0, 1, 2]);

    // Inserting after the first beat puts the new one second.
    const first = doc.snapshot().beats[0]!;
    apply({ type: 'beat.create', sceneId: scene.id, afterBeatId: first.id, fields: { description: 'inserted' } });
    expect(order()).toEqual(['beat 1', 'inserted', 'beat 1', 'beat 2']);
    doc.close();
  });

  it('keeps a deleted performer in the file but takes them out of every scene', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const a = created(apply({ type: 'performer.create', fields: { name: 'A' } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { performerIds: [a.id] } }), 'scene');
    apply({ type: 'performer.delete', id: a.id });
    expect(doc.snapshot().performers).toEqual([]);
    expect(doc.snapshot().scenes.find((s) => s.id === scene.id)!.performerIds).toEqual([]);
    // Still in the file, with their details, marked with when they were deleted.
    const kept = doc.engine.repo.get('performer', a.id)!;
    expect(kept).toMatchObject({ name: 'A', deletedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/) });
    expect(Date.parse(kept.deletedAt!)).toBeGreaterThanOrEqual(Date.parse(kept.createdAt));
    doc.close();
  });

  it('writes a complete copy without undo history with Save a Copy As and keeps editing the original', () => {
    const { path, doc, apply } = newDocument(tempDir());
    apply({ type: 'production.update', patch: { title: 'Original' } });
    const copyPath = `${path}.copy.closedset`;
    doc.saveCopyAs(copyPath);
    apply({ type: 'production.update', patch: { title: 'Changed after copy' } });
    const copy = ProductionDocument.open(copyPath);
    expect(copy.snapshot().production.title).toBe('Original');
    expect(doc.snapshot().production.title).toBe('Changed after copy');
    // The copy is for handing over: it carries no undo history (and so no earlier values of fields).
    expect(copy.engine.history().canUndo).toBe(false);
    expect(copy.db.prepare('SELECT COUNT(*) FROM history').pluck().get()).toBe(0);
    expect(doc.engine.history().canUndo).toBe(true);
    copy.close();
    doc.close();
  });

  it('replaces an existing production with Save a Copy As only when asked, and its stale -wal does not leak into the copy', () => {
    const dir = tempDir();
    const { doc, apply } = newDocument(dir, 'original.closedset');
    apply({ type: 'performer.create', fields: { name: 'Maya Okafor' } });
    // Another production whose last session crashed: its -wal still holds edits of *that* file.
    const other = newDocument(dir, 'other.closedset');
    other.apply({ type: 'performer.create', fields: { name: 'Tom Reyes' } });
    other.doc.db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 0; i < 5; i++) other.apply({ type: 'scene.create', fields: { number: `S${i}` } });
    copyFileSync(`${other.path}-wal`, `${dir}/stale-wal`);
    other.doc.close();
    copyFileSync(`${dir}/stale-wal`, `${other.path}-wal`);

    expect(() => doc.saveCopyAs(other.path)).toThrow(/“other\.closedset” already exists/);
    const untouched = ProductionDocument.open(other.path);
    expect(untouched.snapshot().scenes).toHaveLength(5);
    untouched.close();
    copyFileSync(`${dir}/stale-wal`, `${other.path}-wal`);

    doc.saveCopyAs(other.path, { overwrite: true });
    expect(existsSync(`${other.path}-wal`)).toBe(false);
    const copy = ProductionDocument.open(other.path);
    expect(copy.snapshot().performers.map((p) => p.name)).toEqual(['Maya Okafor']);
    expect(copy.snapshot().scenes).toEqual([]);
    copy.close();
    doc.close();
  });

  it('rejects an edit that breaks a rule and leaves the file as it was', () => {
    const { doc, apply } = newDocument(tempDir());
    expect(() => apply({ type: 'performer.create', fields: { name: 'x'.repeat(201) } })).toThrow(/too long/);
    expect(() => apply({ type: 'performer.create', fields: { heightCm: 20 } })).toThrow(/at least 50 cm/);
    expect(() => apply({ type: 'scene.create', fields: { shootDate: '2026-02-31' } })).toThrow(/does not exist/);
    expect(doc.snapshot().performers).toEqual([]);
    expect(doc.engine.history().canUndo).toBe(false);
    doc.close();
  });
});

describe('the minor hard block', () => {
  it('refuses nudity or simulated sex in a scene with a minor, whichever edit comes first', () => {
    const { doc, apply, created } = newDocument(tempDir());
    const minor = created(apply({ type: 'performer.create', fields: { name: 'Jo Park', isMinor: true } }), 'performer');
    const adult = created(apply({ type: 'performer.create', fields: { name: 'Alex Doe' } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { number: '9', performerIds: [minor.id], contentFlags: ['kiss'] } }), 'scene');

    expect(() => apply({ type: 'scene.update', id: scene.id, patch: { contentFlags: ['kiss', 'nudity'] } })).toThrow(
      'Jo Park is marked as a minor and is in the cast of scene 9, which is flagged for nudity: nudity can never be planned for a minor. Remove the flag or take Jo Park out of the scene. Nothing was changed.',
    );
    expect(() => apply({ type: 'scene.create', fields: { performerIds: [minor.id], contentFlags: ['simulatedSex'] } })).toThrow(/simulated sex can never be planned/);

    // An adult's scene with nudity cannot gain a minor, and a performer in it cannot be marked as a minor.
    const adultScene = created(apply({ type: 'scene.create', fields: { number: '10', performerIds: [adult.id], contentFlags: ['nudity'] } }), 'scene');
    expect(() => apply({ type: 'scene.update', id: adultScene.id, patch: { performerIds: [adult.id, minor.id] } })).toThrow(/Jo Park is marked as a minor/);
    expect(() => apply({ type: 'performer.update', id: adult.id, patch: { isMinor: true } })).toThrow(/Alex Doe is marked as a minor/);

    const snap = doc.snapshot();
    expect(snap.scenes.find((s) => s.id === scene.id)!.contentFlags).toEqual(['kiss']);
    expect(snap.scenes.find((s) => s.id === adultScene.id)!.performerIds).toEqual([adult.id]);
    expect(snap.performers.find((p) => p.id === adult.id)!.isMinor).toBe(false);
    expect(snap.scenes).toHaveLength(2);
    doc.close();
  });

  it('keeps what a pose rests on through an edit, undo, a reopen and a saved pose preset', () => {
    const dir = tempDir();
    const { path, doc, apply, created } = newDocument(dir);
    const performer = created(apply({ type: 'performer.create', fields: { name: 'Alex Doe' } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { number: '1' } }), 'scene');
    apply({ type: 'scene.update', id: scene.id, patch: { performerIds: [performer.id] } });
    apply({ type: 'beat.create', sceneId: scene.id });
    const placement = doc.snapshot().placements[0]!;
    const seated = { ...posePresetById('builtin:seated-bed-edge')!.pose };
    expect(seated.support).toBe('seat');
    apply({ type: 'placement.update', id: placement.id, patch: { pose: seated, position: [0, 0.19, 0.8] } });
    apply({ type: 'posePreset.save', name: 'On the edge', pose: seated });
    expect(doc.snapshot().placements[0]!.pose.support).toBe('seat');
    doc.engine.undo(); // the preset
    doc.engine.undo(); // the placement
    expect(doc.snapshot().placements[0]!.pose.support).toBeUndefined();
    doc.engine.redo();
    doc.engine.redo();
    doc.close();
    const reopened = ProductionDocument.open(path);
    expect(reopened.snapshot().placements[0]!.pose.support).toBe('seat');
    expect(reopened.snapshot().posePresets[0]!.pose.support).toBe('seat');
    reopened.close();
  });
});

