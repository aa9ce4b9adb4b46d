import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Placement } from '../../../shared/domain/blocking';
import { defaultPerformer, defaultScene, standingPose } from '../../../shared/domain/defaults';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import { docRecordsFrom } from '../../../shared/records/query';
import { checkScene, runRules, whatToRecheck, type BeatRecheck, type TouchedRecord } from '../../../shared/rules';
import type { Contact } from '../../../shared/domain/contact';
import { defaultContact } from '../../../shared/domain/defaults';

const t = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: unknown) => s as T;
const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', ...stamps };
const scene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(1), performerIds: id(['ruth']), ...stamps };
const beat = (order: number): Beat => ({ kind: 'beat', id: id(`b${order}`), sceneId: scene.id, order, description: '', counts: 8, notes: '', checkInAfter: false, ...stamps });
const [b0, b1, b2] = [beat(0), beat(1), beat(2)];
const placement = (b: Beat): Placement => ({ kind: 'placement', id: id(`pl-${b.id}`), beatId: b.id, performerId: ruth.id, position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], costumeOff: [], ...stamps });
const doc = docRecordsFrom({ scenes: [scene], performers: [ruth], beats: [b0, b1, b2], placements: [b0, b1, b2].map(placement) });
const edit = <T extends TouchedRecord['before']>(before: T, after: T): TouchedRecord => ({ kind: (after ?? before)!.kind, before, after });

const elsewhere: Beat = { ...b0, id: id('other'), sceneId: id('sc2') };

describe('whatToRecheck: the beats and kinds of beat record a change can alter', () => {
  const cases: { name: string; changes: TouchedRecord[]; beats: 'all' | Record<string, BeatRecheck>; kinds?: string[] }[] = [
    { name: 'a performer moved in beat 1: the rules reading geometry, in beat 1 and the move into beat 2', changes: [edit(placement(b1), { ...placement(b1), rotationY: 90 })], beats: { b1: 'geometry', b2: 'geometry' }, kinds: [] },
    { name: 'the last beat’s placement moved: that beat only', changes: [edit(placement(b2), { ...placement(b2), position: [1, 0, 0] })], beats: { b2: 'geometry' }, kinds: [] },
    { name: 'someone taken off stage in beat 1: every rule there and in beat 2', changes: [edit(placement(b1), { ...placement(b1), hidden: true })], beats: { b1: 'all', b2: 'all' }, kinds: ['placement'] },
    { name: 'moved and undressed in one change: every rule', changes: [edit(placement(b0), { ...placement(b0), rotationY: 45, costumeOff: ['leftBreast'] })], beats: { b0: 'all', b1: 'all' }, kinds: ['placement'] },
    { name: 'a beat’s length in counts (contacts are checked against it)', changes: [edit(b0, { ...b0, counts: 4 })], beats: { b0: 'all', b1: 'all' }, kinds: ['beat'] },
    { name: 'a beat’s description and notes: no rule reads them', changes: [edit(b0, { ...b0, description: 'Ruth sits.', notes: 'Slow.', updatedAt: '2026-12-02T09:00:00.000Z' })], beats: {}, kinds: [] },
    { name: 'the check-in after a beat: no beat’s own findings, the scene-level rules reading beats', changes: [edit(b0, { ...b0, checkInAfter: true })], beats: {}, kinds: ['beat'] },
    { name: 'a beat of another scene: nothing here', changes: [edit(elsewhere, { ...elsewhere, counts: 2, order: 5 })], beats: {}, kinds: [] },
    { name: 'a beat moved (its number is in the sentences)', changes: [edit(b0, { ...b0, order: 2 })], beats: 'all' },
    { name: 'a beat added', changes: [edit(null, beat(3))], beats: 'all' },
    { name: 'the scene edited', changes: [edit(scene, { ...scene, title: 'Hallway' })], beats: 'all' },
    { name: 'a performer edited', changes: [edit(ruth, { ...ruth, name: 'Ruth O.' })], beats: 'all' },
    { name: 'a saved pose preset: nothing', changes: [{ kind: 'posePreset', before: null, after: { kind: 'posePreset', id: id('pp'), name: 'Lean', pose: standingPose(), ...stamps } }], beats: {}, kinds: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = whatToRecheck(c.changes, doc, scene.id);
      if (c.beats === 'all') return expect(got).toBe('all');
      expect(got === 'all' ? 'all' : { beats: Object.fromEntries(got.beats), kinds: [...got.kinds].sort() }).toEqual({ beats: c.beats, kinds: c.kinds });
    });
  }
});

describe('checkScene reusing the previous check', () => {
  it('with nothing to re-check gives back the previous check, in the full check’s order', () => {
    const full = checkScene(doc, scene.id);
    const again = checkScene(doc, scene.id, { previous: full, recheck: { beats: new Map(), kinds: new Set() } });
    expect(again).toBe(full);
    expect(again.findings).toEqual(runRules(doc, [scene.id]));
  });

  // Ruth kisses in beat 0 and embraces in beat 2: the embrace is new, with no check-in after beat 1 (info).
  const contact = (b: Beat, type: Contact['type']): Contact => ({
    kind: 'contact', id: id(`ct-${b.id}`), beatId: b.id, ...defaultContact(), type,
    initiator: { performerId: ruth.id, region: 'rightHand', offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: ruth.id, region: 'leftShoulder', offset: [0, 0, 0] }, ...stamps,
  });
  const withContacts = docRecordsFrom({ scenes: [scene], performers: [ruth], beats: [b0, b1, b2], placements: [b0, b1, b2].map(placement), contacts: [contact(b0, 'handRest'), contact(b2, 'embrace')] });
  const checkIn = (d: typeof withContacts) => checkScene(d, scene.id).findings.filter((f) => f.code === 'checkin.new-contact-type');

  it('a check-in added after a beat runs the scene-level rule that reads it again, and its finding goes', () => {
    const before = checkScene(withContacts, scene.id);
    expect(checkIn(withContacts).map((f) => f.beatId)).toEqual(['b2']);
    const b1In = { ...b1, checkInAfter: true };
    const after = { ...withContacts, beats: { ...withContacts.beats, b1: b1In } };
    const next = checkScene(after, scene.id, { previous: before, recheck: whatToRecheck([edit(b1, b1In)], after, scene.id) });
    expect(next.findings.filter((f) => f.code === 'checkin.new-contact-type')).toEqual([]);
    expect(next.findings).toEqual(runRules(after, [scene.id]));
  });

  it('a description edited keeps every finding, the check-in reminder included', () => {
    const before = checkScene(withContacts, scene.id);
    const b2Words = { ...b2, description: 'They hold each other.' };
    const after = { ...withContacts, beats: { ...withContacts.beats, b2: b2Words } };
    const next = checkScene(after, scene.id, { previous: before, recheck: whatToRecheck([edit(b2, b2Words)], after, scene.id) });
    expect(next).toBe(before);
    expect(next.findings).toEqual(runRules(after, [scene.id]));
  });
});
