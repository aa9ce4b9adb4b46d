import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Placement, SetPiece } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { Contact, ContactTarget } from '../../../shared/domain/contact';
import { defaultBarrier, defaultContact, defaultPerformer, defaultScene, defaultSetPiece, standingPose } from '../../../shared/domain/defaults';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import type { Barrier, BarrierFields } from '../../../shared/domain/wardrobe';
import { docRecordsFrom } from '../../../shared/records/query';
import { runRules } from '../../../shared/rules';
import { CONTACT_RULES } from '../../../shared/rules/contacts';

const t = '2027-01-10T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: string | string[]) => s as T;

const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', heightCm: 168, ...stamps };
const tom: Performer = { kind: 'performer', id: id('tom'), ...defaultPerformer(1), name: 'Tom', heightCm: 181, ...stamps };
const sam: Performer = { kind: 'performer', id: id('sam'), ...defaultPerformer(2), name: 'Sam', ...stamps };
const scene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(41), title: 'Reconcile', performerIds: id(['ruth', 'tom']), ...stamps };
const beat: Beat = { kind: 'beat', id: id('b1'), sceneId: scene.id, order: 2, description: '', counts: 4, notes: '', checkInAfter: false, ...stamps };
const bed: SetPiece = { kind: 'setPiece', id: id('bed'), sceneId: scene.id, ...defaultSetPiece('doubleBed'), ...stamps };
// Ruth at the origin facing +z, Tom 40 cm in front of her facing her.
const place = (p: Performer, z: number, rotationY: number, hidden = false): Placement => ({
  kind: 'placement',
  id: id(`pl-${p.id}`),
  beatId: beat.id,
  performerId: p.id,
  position: [0, 0, z],
  rotationY,
  pose: standingPose(),
  hidden,
  pins: [],
  costumeOff: [],
  ...stamps,
});
const contact = (from: BodyRegionId, to: ContactTarget, extra: Partial<Contact> = {}): Contact => ({
  kind: 'contact',
  id: id('c1'),
  beatId: beat.id,
  ...defaultContact(),
  initiator: { performerId: ruth.id, region: from, offset: [0, 0, 0] },
  receiver: to,
  ...stamps,
  ...extra,
});
const toTom = (region: BodyRegionId): ContactTarget => ({ kind: 'performer', performerId: tom.id, region, offset: [0, 0, 0] });
const barrier = (fields: Partial<BarrierFields>): Barrier => ({ kind: 'barrier', id: id('pad'), beatId: beat.id, ...defaultBarrier('foamPad'), ...fields, ...stamps });

function check(c: Contact, more: { barriers?: Barrier[]; tomHidden?: boolean; cast?: string[]; setPieces?: SetPiece[] } = {}) {
  const doc = docRecordsFrom({
    scenes: [{ ...scene, performerIds: id(more.cast ?? ['ruth', 'tom']) }],
    performers: [ruth, tom, sam],
    beats: [beat],
    placements: [place(ruth, 0, 0), place(tom, 0.4, 180, more.tomHidden), place(sam, 2, 0)],
    setPieces: more.setPieces ?? [bed],
    contacts: [c],
    barriers: more.barriers ?? [],
  });
  return runRules(doc, [scene.id], CONTACT_RULES).map((f) => `${f.severity} ${f.code}`);
}

const TABLE: { name: string; contact: Contact; more?: Parameters<typeof check>[1]; expected: string[] }[] = [
  { name: 'a hand on a shoulder, both in the scene and on stage', contact: contact('rightHand', toTom('leftShoulder')), expected: [] },
  { name: 'a hand on the groin with no barrier', contact: contact('rightHand', toTom('groin')), expected: ['block contact.genital-without-barrier'] },
  { name: 'groin to groin with no barrier', contact: contact('groin', toTom('groin'), { type: 'simulatedThrusting' }), expected: ['block contact.genital-without-barrier'] },
  {
    name: 'groin to groin with a pad resting against one of them',
    contact: contact('groin', toTom('groin'), { type: 'simulatedThrusting' }),
    more: { barriers: [barrier({ attachedTo: { kind: 'region', performerId: tom.id, region: 'groin' } })] },
    expected: [],
  },
  {
    name: 'groin to groin with a pad placed between the bodies (not attached)',
    contact: contact('groin', toTom('groin'), { type: 'simulatedThrusting' }),
    more: { barriers: [barrier({ position: [0, 0.85, 0.2] })] },
    expected: [],
  },
  {
    name: 'groin to groin with a pad placed across the room',
    contact: contact('groin', toTom('groin'), { type: 'simulatedThrusting' }),
    more: { barriers: [barrier({ position: [3, 0.025, 3] })] },
    expected: ['block contact.genital-without-barrier'],
  },
  { name: 'a hover over the groin instead of touch', contact: contact('rightHand', toTom('groin'), { alternative: 'hover' }), expected: [] },
  { name: 'touching one’s own groin is no contact between two bodies', contact: contact('rightHand', { kind: 'self', region: 'groin', offset: [0, 0, 0] }), expected: [] },
  { name: 'a partner off stage in this beat', contact: contact('rightHand', toTom('leftHand')), more: { tomHidden: true }, expected: ['error contact.performer-hidden'] },
  { name: 'a partner not in the scene’s cast', contact: contact('rightHand', toTom('leftHand')), more: { cast: ['ruth'] }, expected: ['error contact.not-in-scene'] },
  {
    name: 'a set piece no longer in the set',
    contact: contact('rightHand', { kind: 'setPiece', setPieceId: id('bed'), offset: [0, 0, 0] }),
    more: { setPieces: [] },
    expected: ['error contact.set-piece-gone'],
  },
  { name: 'counts past the end of a 4-count beat', contact: contact('rightHand', toTom('leftHand'), { fromCount: 3, toCount: 6 }), expected: ['warning contact.counts-beyond-beat'] },
];

describe('contact rules', () => {
  for (const row of TABLE) it(row.name, () => expect(check(row.contact, row.more)).toEqual(row.expected));

  it('say who, where, and what to do, in clinical words', () => {
    const doc = docRecordsFrom({ scenes: [scene], performers: [ruth, tom], beats: [beat], placements: [place(ruth, 0, 0), place(tom, 0.4, 180)], contacts: [contact('rightHand', toTom('groin'))] });
    const [finding] = runRules(doc, [scene.id], CONTACT_RULES);
    expect(finding).toMatchObject({ beatId: beat.id, subject: { kind: 'contact', id: 'c1' } });
    expect(finding!.message).toBe(
      'In beat 3 of scene 42 “Reconcile”, Ruth\'s right hand meets Tom\'s groin / genitals with no barrier between them. Contact with the groin / genitals always needs a physical barrier (a foam or neoprene pad, a cushion): add one at the point of contact, or change the contact.',
    );
  });
});
