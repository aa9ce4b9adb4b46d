import { describe, expect, it } from 'vitest';
import { barriersOfBeat, beatsOfScene, contactsOfBeat, docRecordsFrom, garmentsOfBeat } from '../../shared/records/query';
import { newDocument } from '../support/doc';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

function twoPerformers() {
  const d = newDocument(tempDir());
  const { apply, created } = d;
  const ruth = created(apply({ type: 'performer.create', fields: { name: 'Ruth' } }), 'performer');
  const tom = created(apply({ type: 'performer.create', fields: { name: 'Tom' } }), 'performer');
  const scene = created(apply({ type: 'scene.create', fields: { number: '42', performerIds: [ruth.id, tom.id], contentFlags: ['kiss'] } }), 'scene');
  const beat = created(apply({ type: 'beat.create', sceneId: scene.id, fields: { counts: 8 } }), 'beat');
  const bed = created(apply({ type: 'setPiece.add', sceneId: scene.id, pieceType: 'doubleBed' }), 'setPiece');
  return { ...d, ruth, tom, scene, beat, bed };
}

describe('contacts', () => {
  it('adds a kiss with its specification, edits it, carries it into the next beat, and undoes', () => {
    const { doc, apply, created, ruth, tom, scene, beat } = twoPerformers();
    const kiss = created(
      apply({
        type: 'contact.add',
        beatId: beat.id,
        fields: { type: 'kiss', initiator: { performerId: ruth.id, region: 'lips', offset: [0, 0.04, 0.09] }, receiver: { kind: 'performer', performerId: tom.id, region: 'lips', offset: [0, 0.04, 0.09] }, fromCount: 3, toCount: 4 },
      }),
      'contact',
    );
    // A kiss always carries its specification: mouth closed, no tongue unless the coordinator says otherwise.
    expect(kiss).toMatchObject({ type: 'kiss', kiss: { mouth: 'closed', noTongue: true, headTilt: 'none' }, pressure: 'light', alternative: 'none' });
    apply({ type: 'contact.update', id: kiss.id, patch: { kiss: { mouth: 'closed', noTongue: true, headTilt: 'left' } } });
    apply({ type: 'beat.create', sceneId: scene.id });
    const d = docRecordsFrom(doc.snapshot());
    const [b1, b2] = beatsOfScene(d, scene.id);
    expect(contactsOfBeat(d, b2!.id)).toMatchObject([{ type: 'kiss', kiss: { headTilt: 'left' }, initiator: { performerId: ruth.id, region: 'lips' } }]);
    expect(contactsOfBeat(d, b1!.id)[0]!.id).not.toBe(contactsOfBeat(d, b2!.id)[0]!.id);
    doc.engine.undo();
    doc.engine.undo();
    expect(contactsOfBeat(docRecordsFrom(doc.snapshot()), b1!.id)[0]!.kiss).toMatchObject({ headTilt: 'none' });
    doc.close();
  });

  it('changing a kiss into a hand rest drops the kiss specification', () => {
    const { apply, created, ruth, tom, beat, doc } = twoPerformers();
    const c = created(apply({ type: 'contact.add', beatId: beat.id, fields: { type: 'kiss', initiator: { performerId: ruth.id, region: 'lips', offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: tom.id, region: 'face', offset: [0, 0, 0] } } }), 'contact');
    const next = apply({ type: 'contact.update', id: c.id, patch: { type: 'handRest' } }).changes.records[0]!;
    expect(next).toMatchObject({ type: 'handRest', kiss: null });
    doc.close();
  });

  it('refuses counts in the wrong order, an unknown region, and a set piece of another scene, changing nothing', () => {
    const { doc, apply, created, ruth, tom, beat } = twoPerformers();
    const point = { performerId: ruth.id, region: 'rightHand' as const, offset: [0, 0, 0] as [number, number, number] };
    expect(() => apply({ type: 'contact.add', beatId: beat.id, fields: { initiator: point, receiver: { kind: 'performer', performerId: tom.id, region: 'leftShoulderBlade', offset: [0, 0, 0] }, fromCount: 6, toCount: 3 } })).toThrow(/wrong way round/);
    expect(() => apply({ type: 'contact.add', beatId: beat.id, fields: { initiator: point, receiver: { kind: 'performer', performerId: tom.id, region: 'elbowPit' as never, offset: [0, 0, 0] } } })).toThrow(/not a body region/);
    const other = created(apply({ type: 'scene.create' }), 'scene');
    const chair = created(apply({ type: 'setPiece.add', sceneId: other.id, pieceType: 'chair' }), 'setPiece');
    expect(() => apply({ type: 'contact.add', beatId: beat.id, fields: { initiator: point, receiver: { kind: 'setPiece', setPieceId: chair.id, offset: [0, 0, 0] } } })).toThrow(/another scene/);
    expect(doc.snapshot().contacts).toEqual([]);
    doc.close();
  });
});

describe('the barrier rule, enforced where the contact is written', () => {
  it('refuses a contact with the groin without a barrier, and accepts it once a pad rests against the partner', () => {
    const { doc, apply, ruth, tom, beat } = twoPerformers();
    const fields = { type: 'simulatedThrusting' as const, initiator: { performerId: ruth.id, region: 'groin' as const, offset: [0, 0, 0] as [number, number, number] }, receiver: { kind: 'performer' as const, performerId: tom.id, region: 'groin' as const, offset: [0, 0, 0] as [number, number, number] } };
    expect(() => apply({ type: 'contact.add', beatId: beat.id, fields })).toThrow(/no barrier between them[\s\S]*Nothing was changed/);
    expect(doc.snapshot().contacts).toEqual([]);
    apply({ type: 'barrier.add', beatId: beat.id, barrierType: 'neoprenePad', fields: { attachedTo: { kind: 'region', performerId: tom.id, region: 'groin' } } });
    apply({ type: 'contact.add', beatId: beat.id, fields });
    expect(doc.snapshot().contacts).toHaveLength(1);
    // Taking the barrier away would leave the contact without one: refused too.
    const pad = doc.snapshot().barriers[0]!;
    expect(() => apply({ type: 'barrier.delete', id: pad.id })).toThrow(/no barrier between them/);
    doc.close();
  });
});

describe('garments and barriers', () => {
  it('dresses a performer in a beat, carries it into the next beat, refuses the same garment twice', () => {
    const { doc, apply, ruth, scene, beat } = twoPerformers();
    apply({ type: 'garment.add', beatId: beat.id, performerId: ruth.id, garmentType: 'nippleCovers' });
    expect(() => apply({ type: 'garment.add', beatId: beat.id, performerId: ruth.id, garmentType: 'nippleCovers' })).toThrow(/already wears nipple covers/);
    apply({ type: 'beat.create', sceneId: scene.id });
    const d = docRecordsFrom(doc.snapshot());
    for (const b of beatsOfScene(d, scene.id)) expect(garmentsOfBeat(d, b.id).map((g) => [g.performerId, g.type])).toEqual([[ruth.id, 'nippleCovers']]);
    doc.close();
  });

  it('refuses to dress someone who is not in the scene', () => {
    const { apply, created, beat, doc } = twoPerformers();
    const extra = created(apply({ type: 'performer.create', fields: { name: 'Sam' } }), 'performer');
    expect(() => apply({ type: 'garment.add', beatId: beat.id, performerId: extra.id, garmentType: 'robe' })).toThrow(/Sam is not in this scene/);
    doc.close();
  });

  it('records one fitting per performer and garment type, updated in place', () => {
    const { apply, ruth, doc } = twoPerformers();
    apply({ type: 'garmentFitting.set', performerId: ruth.id, garmentType: 'nippleCovers', status: 'fitted' });
    apply({ type: 'garmentFitting.set', performerId: ruth.id, garmentType: 'nippleCovers', status: 'approved', notes: 'Silicone, skin tone 3.' });
    expect(doc.snapshot().garmentFittings).toMatchObject([{ performerId: ruth.id, type: 'nippleCovers', status: 'approved', notes: 'Silicone, skin tone 3.' }]);
    doc.close();
  });

  it('adds a barrier of real size on a set piece, carried into the next beat; deleting the beat retires it', () => {
    const { doc, apply, created, scene, beat, bed } = twoPerformers();
    const pad = created(apply({ type: 'barrier.add', beatId: beat.id, barrierType: 'foamPad', fields: { position: [0, 0.6, 0], attachedTo: { kind: 'setPiece', setPieceId: bed.id } } }), 'barrier');
    expect(pad.size).toEqual([0.4, 0.05, 0.3]);
    expect(() => apply({ type: 'barrier.update', id: pad.id, patch: { position: [0, -0.2, 0] } })).toThrow(/below the floor/);
    apply({ type: 'beat.create', sceneId: scene.id });
    const d = docRecordsFrom(doc.snapshot());
    const beats = beatsOfScene(d, scene.id);
    expect(barriersOfBeat(d, beats[1]!.id)).toMatchObject([{ type: 'foamPad', attachedTo: { kind: 'setPiece', setPieceId: bed.id } }]);
    apply({ type: 'beat.delete', id: beat.id });
    expect(doc.snapshot().barriers.map((b) => b.beatId)).toEqual([beats[1]!.id]);
    doc.close();
  });
});
