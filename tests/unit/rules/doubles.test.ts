import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Camera, Placement } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { BoundaryEntry, BodyDouble, ConsentChannel, ConsentValue, NudityType, RiderVersion } from '../../../shared/domain/consent';
import type { Contact } from '../../../shared/domain/contact';
import { defaultCamera, defaultContact, defaultPerformer, defaultScene, standingPose } from '../../../shared/domain/defaults';
import type { Doubling } from '../../../shared/domain/doubling';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import { bodyOnCamera } from '../../../shared/records/doubles';
import { docRecordsFrom } from '../../../shared/records/query';
import { runRules } from '../../../shared/rules';
import { CONSENT_RULES } from '../../../shared/rules/consent';
import { DOUBLE_RULES } from '../../../shared/rules/doubles';

const t = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: unknown) => s as T;
const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', ...stamps };
const tom: Performer = { kind: 'performer', id: id('tom'), ...defaultPerformer(1), name: 'Tom', ...stamps };
const ana: Performer = { kind: 'performer', id: id('ana'), ...defaultPerformer(2), name: 'Ana', doublesFor: ruth.id, ...stamps };
const scene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(41), performerIds: id(['ruth', 'tom']), ...stamps };
const b1: Beat = { kind: 'beat', id: id('b1'), sceneId: scene.id, order: 0, description: '', counts: 8, notes: '', checkInAfter: false, ...stamps };
const { name, sensor, aspect, focalLengthMm, shotSize, hidden } = defaultCamera(0);
const aCam: Camera = { kind: 'camera', id: id('cam-a'), sceneId: scene.id, name: 'A cam', sensor, aspect, focalLengthMm, shotSize, ...stamps } as unknown as Camera;
void name;
void hidden;
const placement = (p: Performer, costumeOff: BodyRegionId[] = []): Placement => ({
  kind: 'placement', id: id(`pl-${p.id}`), beatId: b1.id, performerId: p.id, position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], costumeOff, ...stamps,
});
let n = 0;
const entry = (p: Performer, region: BodyRegionId, channel: ConsentChannel, value: ConsentValue): BoundaryEntry => ({
  kind: 'boundary', id: id(`e${++n}`), performerId: p.id, sceneId: null, region, channel, value, previousValue: 'unrecorded', note: '', occasion: 'oneOnOne', recordedBy: 'Sam', recordedAt: t, ...stamps,
});
const APPROVED: BodyDouble = { allowed: true, who: 'Ana', approvedByPerformer: true, form: 'real' };
const rider = (p: Performer, nudityTypes: NudityType[], bodyDouble: BodyDouble = { allowed: false, who: '', approvedByPerformer: false, form: 'real' }): RiderVersion => ({
  kind: 'rider', id: id(`r-${p.id}`), performerId: p.id, sceneId: scene.id, version: 1, nudityTypes, simulatedActs: '', bodyDouble,
  footageLimits: '', description: '', datePresented: '2026-11-20', dateSigned: '2026-11-25', presentAtSigning: '', negotiatedBy: '', occasion: 'riderNegotiation', recordedBy: 'Sam', recordedAt: t, ...stamps,
});
/** Tom's right hand rests on Ruth's left hand. */
const tomTouchesRuth: Contact = {
  kind: 'contact', id: id('c1'), beatId: b1.id, ...defaultContact(), type: 'handRest',
  initiator: { performerId: tom.id, region: 'rightHand', offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: ruth.id, region: 'leftHand', offset: [0, 0, 0] }, ...stamps,
};
const doubling = (cameraId: string | null = null): Doubling => ({ kind: 'doubling', id: id(`d-${cameraId}`), beatId: b1.id, performerId: ruth.id, doubleId: ana.id, cameraId: id(cameraId), note: '', ...stamps });
const TOPLESS: BodyRegionId[] = ['leftBreast', 'rightBreast'];
const showTopless = (p: Performer, value: ConsentValue = 'agreed') => (['leftBreast', 'rightBreast', 'leftNipple', 'rightNipple'] as const).map((r) => entry(p, r, 'show', value));
const hands = (value: ConsentValue = 'agreed') => [entry(tom, 'leftHand', 'give', 'agreed'), entry(ruth, 'leftHand', 'receive', 'agreed'), entry(ana, 'leftHand', 'receive', value)];

interface Input {
  scene?: Partial<Scene>;
  ana?: Partial<Performer>;
  ruthOff?: BodyRegionId[];
  contacts?: Contact[];
  boundaries?: BoundaryEntry[];
  riders?: RiderVersion[];
  doublings?: Doubling[];
}
function docOf(i: Input) {
  return docRecordsFrom({
    scenes: [{ ...scene, ...i.scene }],
    performers: [ruth, tom, { ...ana, ...i.ana }],
    beats: [b1],
    cameras: [aCam],
    placements: [placement(ruth, i.ruthOff), placement(tom)],
    contacts: i.contacts ?? [],
    boundaries: i.boundaries ?? hands(),
    riders: i.riders ?? [rider(ruth, [], APPROVED), rider(ana, [])],
    doublings: i.doublings ?? [doubling()],
  });
}
const run = (i: Input) => runRules(docOf(i), [scene.id], [...CONSENT_RULES, ...DOUBLE_RULES]).map((f) => `${f.severity} ${f.code}`);

const TABLE: { name: string; input: Input; expected: string[] }[] = [
  { name: 'a double the rider allows, approved and named, doing what both agreed', input: { contacts: [tomTouchesRuth] }, expected: [] },
  { name: 'the performer has no rider for the scene', input: { riders: [rider(ana, [])] }, expected: ['error double.not-allowed'] },
  { name: 'the rider does not allow a double', input: { riders: [rider(ruth, [], { ...APPROVED, allowed: false }), rider(ana, [])] }, expected: ['error double.not-allowed'] },
  { name: 'the performer has not approved the double', input: { riders: [rider(ruth, [], { ...APPROVED, approvedByPerformer: false }), rider(ana, [])] }, expected: ['error double.not-allowed'] },
  { name: 'the rider names another double', input: { riders: [rider(ruth, [], { ...APPROVED, who: 'Bea Stone' }), rider(ana, [])] }, expected: ['error double.not-allowed'] },
  { name: 'a rider naming no one allows any double', input: { riders: [rider(ruth, [], { ...APPROVED, who: '' }), rider(ana, [])] }, expected: [] },
  {
    name: 'a whole-beat double shows more than the performer’s rider (the performer’s own rule stays silent)',
    input: { ruthOff: TOPLESS, boundaries: [...hands(), ...showTopless(ruth), ...showTopless(ana)], riders: [rider(ruth, [], APPROVED), rider(ana, ['topless'])] },
    expected: ['error double.beyond-performer'],
  },
  {
    name: 'a whole-beat double shows a region the performer has not agreed to show',
    input: { ruthOff: TOPLESS, boundaries: [...hands(), ...showTopless(ruth, 'notAgreed'), ...showTopless(ana)], riders: [rider(ruth, ['topless'], APPROVED), rider(ana, ['topless'])] },
    expected: ['error double.beyond-performer'],
  },
  {
    name: 'a whole-beat double is touched where the performer has not agreed',
    input: { contacts: [tomTouchesRuth], boundaries: [entry(tom, 'leftHand', 'give', 'agreed'), entry(ruth, 'leftHand', 'receive', 'notAgreed'), entry(ana, 'leftHand', 'receive', 'agreed')] },
    expected: ['error double.beyond-performer'],
  },
  {
    name: 'a double in one shot: the performer’s own findings hold the ceiling',
    input: { ruthOff: TOPLESS, boundaries: [...hands(), ...showTopless(ruth), ...showTopless(ana)], riders: [rider(ruth, [], APPROVED), rider(ana, ['topless'])], doublings: [doubling(aCam.id)] },
    expected: ['error consent.beyond-rider'],
  },
  {
    name: 'the double has not agreed to show what the performer agreed',
    input: { ruthOff: TOPLESS, boundaries: [...hands(), ...showTopless(ruth), ...showTopless(ana, 'notAgreed')], riders: [rider(ruth, ['topless'], APPROVED), rider(ana, ['topless'])] },
    expected: ['error double.own-consent'],
  },
  {
    name: 'the double’s own rider does not include the nudity',
    input: { ruthOff: TOPLESS, boundaries: [...hands(), ...showTopless(ruth), ...showTopless(ana)], riders: [rider(ruth, ['topless'], APPROVED), rider(ana, [])] },
    expected: ['error double.own-consent'],
  },
  {
    name: 'a shot double has not agreed to be touched there',
    input: { contacts: [tomTouchesRuth], boundaries: hands('notAgreed'), doublings: [doubling(aCam.id)] },
    expected: ['error double.own-consent'],
  },
  { name: 'the double’s touch consent needs discussion', input: { contacts: [tomTouchesRuth], boundaries: hands('discuss') }, expected: ['warning double.own-to-discuss'] },
  {
    name: 'what the performer has not yet agreed to, asked of a whole-beat double',
    input: { contacts: [tomTouchesRuth], boundaries: [entry(tom, 'leftHand', 'give', 'agreed'), entry(ruth, 'leftHand', 'receive', 'discuss'), entry(ana, 'leftHand', 'receive', 'agreed')] },
    expected: ['warning double.performer-to-discuss'],
  },
  {
    // The double's rider is held to the 48 hours too (the third rider.notice: Tom has none, Ruth's and Ana's are signed in time).
    name: 'a minor as a double in a nudity scene',
    input: { ana: { isMinor: true }, scene: { contentFlags: ['nudity'], shootDate: '2026-12-10', callTime: '07:00', pauseWord: 'Hold', closedSetCrewIds: [] } },
    expected: ['block minor.double', 'error rider.notice', 'warning safety.closed-set'],
  },
  {
    name: 'a double’s rider signed too late for a nudity scene',
    input: { scene: { contentFlags: ['nudity'], shootDate: '2026-11-26', callTime: '07:00', pauseWord: 'Hold' }, riders: [rider(ruth, [], APPROVED), rider(tom, []), { ...rider(ana, []), dateSigned: '2026-11-25' }] },
    expected: ['error rider.notice', 'error rider.notice', 'error rider.notice', 'warning safety.closed-set'],
  },
];

describe('body double rules', () => {
  for (const row of TABLE) it(row.name, () => expect(run(row.input)).toEqual(row.expected));

  it('say who doubles whom, where, and why', () => {
    const doc = docOf({ riders: [rider(ruth, [], { ...APPROVED, who: 'Bea Stone' }), rider(ana, [])], doublings: [doubling(aCam.id)] });
    const [f] = runRules(doc, [scene.id], DOUBLE_RULES);
    expect(f!.message).toBe(
      "Ana doubles Ruth in A cam's shot in beat 1 of scene 42, but Ruth's rider (version 1) names Bea Stone as the body double, not Ana: record the double in Ruth's rider with Ruth's approval, or take the double out.",
    );
    expect(f!.subject).toEqual({ kind: 'performer', id: ruth.id });
  });
});

describe('bodyOnCamera: whose body is seen for a performer through a camera', () => {
  it('is the shot double for that camera, the whole-beat double for others, else the performer', () => {
    const bea: Performer = { ...ana, id: id('bea'), name: 'Bea' };
    const doc = docRecordsFrom({
      scenes: [scene], performers: [ruth, tom, ana, bea], beats: [b1], cameras: [aCam], placements: [placement(ruth), placement(tom)],
      doublings: [doubling(null), { ...doubling(aCam.id), doubleId: id(bea.id) }],
    });
    expect(bodyOnCamera(doc, b1.id, ruth.id, aCam.id).personId).toBe('bea');
    expect(bodyOnCamera(doc, b1.id, ruth.id, 'cam-b').personId).toBe('ana');
    expect(bodyOnCamera(doc, b1.id, tom.id, aCam.id)).toEqual({ personId: 'tom', doubling: null });
  });
});
