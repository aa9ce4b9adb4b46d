import { describe, expect, it } from 'vitest';
import { posePresetById } from '../../shared/blocking/posePresets';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

describe('main puts a body on what it rests on, as the stage does with snapping on', () => {
  function onBed() {
    const d = newDocument(tempDir());
    const { apply, created, doc } = d;
    const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth', heightCm: 168 } }), 'performer');
    const scene = created(apply({ type: 'scene.create', fields: { performerIds: [ruth.id] } }), 'scene');
    created(apply({ type: 'beat.create', sceneId: scene.id }), 'beat');
    apply({ type: 'setPiece.add', sceneId: scene.id, pieceType: 'doubleBed', fields: { position: [0, 0, 0] } });
    const placement = doc.snapshot().placements[0]!;
    return { ...d, placement };
  }
  const lying = posePresetById('builtin:lying-back')!.pose;

  it('a lying body sent to the bed with snapping on is stored on the mattress, not at the height sent', () => {
    const { doc, apply, placement } = onBed();
    apply({ type: 'placement.update', id: placement.id, patch: { position: [0, 0, 0], pose: lying }, snap: true });
    const stored = doc.snapshot().placements[0]!;
    expect(stored.position[1]).toBeGreaterThan(0.4); // the mattress top of a 55 cm bed, not the floor
    // Sending back what was stored changes nothing: the view and main agree, nothing jumps.
    const again = apply({ type: 'placement.update', id: placement.id, patch: { position: stored.position, pose: stored.pose }, snap: true });
    expect(again.changes.records).toEqual([]);
    doc.close();
  });

  it('with snapping off, the height typed is kept (a body raised on purpose stays raised)', () => {
    const { doc, apply, placement } = onBed();
    apply({ type: 'placement.update', id: placement.id, patch: { position: [0, 0.2, 0], pose: lying }, snap: false });
    expect(doc.snapshot().placements[0]!.position).toEqual([0, 0.2, 0]);
    doc.close();
  });
});
