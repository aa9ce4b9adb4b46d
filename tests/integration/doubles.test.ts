import { describe, expect, it } from 'vitest';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();
const oneOnOne = { occasion: 'oneOnOne' as const, recordedBy: 'Sam Whitfield' };

/** Ruth and Tom in scene 42 (two beats, a camera), Ana recorded as Ruth's double, and scene 57 with a camera of its own. */
function world() {
  const d = newDocument(tempDir());
  const { apply, created } = d;
  const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth' } }), 'performer');
  const tom = created(apply({ type: 'performer.create', fields: { name: 'Tom' } }), 'performer');
  const ana = created(apply({ type: 'performer.create', fields: { name: 'Ana', doublesFor: ruth.id } }), 'performer');
  const scene = created(apply({ type: 'scene.create', fields: { number: '42', performerIds: [ruth.id, tom.id], contentFlags: ['kiss'] } }), 'scene');
  const beat = created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
  const camera = created(apply({ type: 'camera.add', beatId: beat.id }), 'camera');
  const other = created(apply({ type: 'scene.create', fields: { number: '57', performerIds: [tom.id] } }), 'scene');
  const otherBeat = created(apply({ type: 'beat.create', sceneId: other.id }), 'beat');
  const otherCamera = created(apply({ type: 'camera.add', beatId: otherBeat.id }), 'camera');
  return { ...d, ruth, tom, ana, scene, beat, camera, other, otherBeat, otherCamera };
}

describe('body doubles, enforced in main', () => {
  it('refuse a double who is not recorded as that performer’s double, outside the cast, or on another scene’s camera — and change nothing', () => {
    const w = world();
    const before = w.doc.snapshot();
    const add = (over: object) => () => w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null, ...over });
    expect(add({ performerId: w.tom.id })).toThrow('Ana is not recorded as a body double for Tom: set "Body double for" in Ana\'s details first.');
    expect(add({ doubleId: w.tom.id })).toThrow('Tom is not recorded as a body double for Ruth');
    expect(add({ beatId: w.otherBeat.id })).toThrow('Ruth is not in this scene, so no one can double them in it.');
    expect(add({ cameraId: w.otherCamera.id })).toThrow(/is a camera of another scene/);
    expect(add({ doubleId: 'no-such-person' })).toThrow('That body double no longer exists');
    expect(w.doc.snapshot()).toEqual(before);
  });

  it('refuse the same double twice in the same place, but take a whole beat and a shot', () => {
    const w = world();
    w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null });
    expect(() => w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null })).toThrow('Ana already doubles Ruth in the whole of beat 1: remove that body double first.');
    w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: w.camera.id });
    expect(w.doc.snapshot().doublings.map((d) => d.cameraId)).toEqual([null, w.camera.id]);
  });

  it('refuse a performer as their own double, a double of a double, and a new "doubles for" while the double still stands in', () => {
    const w = world();
    expect(() => w.apply({ type: 'performer.update', id: w.ruth.id, patch: { doublesFor: w.ruth.id } })).toThrow('Ruth cannot be their own body double.');
    expect(() => w.apply({ type: 'performer.create', fields: { name: 'Bea', doublesFor: w.ana.id } })).toThrow('Ana is a body double themselves');
    expect(() => w.apply({ type: 'performer.update', id: w.ruth.id, patch: { doublesFor: w.tom.id } })).toThrow('Ruth has a body double of their own, so cannot be recorded as a double.');
    w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null });
    expect(() => w.apply({ type: 'performer.update', id: w.ana.id, patch: { doublesFor: w.tom.id } })).toThrow('Ana still stands in as a body double in a beat: remove those body doubles from the blocking first.');
  });

  it('check the scene where the double stands in when the double’s own consent changes, and copy the double into a new beat', () => {
    const w = world();
    w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null });
    const result = w.apply({ type: 'boundary.set', performerId: w.ana.id, sceneId: null, entries: [{ region: 'leftHand', channel: 'receive', value: 'agreed' }], ...oneOnOne });
    expect(result.checkedScenes).toEqual([w.scene.id]);
    // Ruth's rider does not allow a double yet.
    expect(result.findings.map((f) => f.code)).toContain('double.not-allowed');
    w.apply({ type: 'beat.create', sceneId: w.scene.id });
    expect(w.doc.snapshot().doublings).toHaveLength(2);
  });

  it('refuse a minor as a double in a nudity scene (a hard block)', () => {
    const w = world();
    w.apply({ type: 'scene.update', id: w.scene.id, patch: { contentFlags: ['nudity'] } });
    w.apply({ type: 'performer.update', id: w.ana.id, patch: { isMinor: true } });
    expect(() => w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null })).toThrow(/Ana is marked as a minor and would double Ruth in beat 1 of scene 42, which is flagged for nudity/);
    expect(w.doc.snapshot().doublings).toEqual([]);
  });

  it('retire a double’s doublings when the double is deleted; undo brings them back', () => {
    const w = world();
    w.apply({ type: 'doubling.add', beatId: w.beat.id, performerId: w.ruth.id, doubleId: w.ana.id, cameraId: null });
    w.apply({ type: 'performer.delete', id: w.ana.id });
    expect(w.doc.snapshot().doublings.filter((d) => !d.deletedAt)).toEqual([]);
    w.doc.engine.undo();
    expect(w.doc.snapshot().doublings.filter((d) => !d.deletedAt)).toHaveLength(1);
  });
});
