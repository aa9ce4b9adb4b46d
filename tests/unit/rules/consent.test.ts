import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Placement } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { BoundaryEntry, ConsentChannel, ConsentValue, NudityType, RiderVersion } from '../../../shared/domain/consent';
import type { Contact } from '../../../shared/domain/contact';
import { defaultContact, defaultPerformer, defaultScene, standingPose } from '../../../shared/domain/defaults';
import type { Crew, Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import type { Garment } from '../../../shared/domain/wardrobe';
import { docRecordsFrom } from '../../../shared/records/query';
import { runRules } from '../../../shared/rules';
import { CONSENT_RULES } from '../../../shared/rules/consent';

const t = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: t, updatedAt: t, deletedAt: null };
const id = <T>(s: unknown) => s as T;
const ruth: Performer = { kind: 'performer', id: id('ruth'), ...defaultPerformer(0), name: 'Ruth', ...stamps };
const tom: Performer = { kind: 'performer', id: id('tom'), ...defaultPerformer(1), name: 'Tom', ...stamps };
const baseScene: Scene = { kind: 'scene', id: id('sc'), order: 0, ...defaultScene(41), performerIds: id(['ruth', 'tom']), shootDate: '2026-12-10', callTime: '07:00', pauseWord: 'Hold', closedSetCrewIds: id(['ic']), ...stamps };
const ic = { kind: 'crew' as const, id: id<Crew['id']>('ic'), name: 'Sam', role: 'coordinator' as const, contact: '', ...stamps };
const beat = (order: number, checkInAfter = false): Beat => ({ kind: 'beat', id: id(`b${order}`), sceneId: baseScene.id, order, description: '', counts: 8, notes: '', checkInAfter, ...stamps });
const placement = (p: Performer, b: Beat, costumeOff: BodyRegionId[] = []): Placement => ({
  kind: 'placement', id: id(`pl-${p.id}-${b.id}`), beatId: b.id, performerId: p.id, position: [0, 0, 0], rotationY: 0, pose: standingPose(), hidden: false, pins: [], costumeOff, ...stamps,
});
let n = 0;
const entry = (p: Performer, region: BodyRegionId, channel: ConsentChannel, value: ConsentValue): BoundaryEntry => ({
  kind: 'boundary', id: id(`e${++n}`), performerId: p.id, sceneId: null, region, channel, value, previousValue: 'unrecorded', note: '', occasion: 'oneOnOne', recordedBy: 'Sam', recordedAt: t, ...stamps,
});
const touch = (b: Beat, type: Contact['type'], from: BodyRegionId, to: BodyRegionId, extra: Partial<Contact> = {}): Contact => ({
  kind: 'contact', id: id(`c-${b.id}-${type}`), beatId: b.id, ...defaultContact(), type,
  initiator: { performerId: ruth.id, region: from, offset: [0, 0, 0] }, receiver: { kind: 'performer', performerId: tom.id, region: to, offset: [0, 0, 0] }, ...stamps, ...extra,
});
const rider = (p: Performer, nudityTypes: NudityType[], dateSigned: string | null): RiderVersion => ({
  kind: 'rider', id: id(`r-${p.id}`), performerId: p.id, sceneId: baseScene.id, version: 1, nudityTypes, simulatedActs: '', bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' },
  footageLimits: '', description: '', datePresented: '2026-11-20', dateSigned, presentAtSigning: '', negotiatedBy: '', occasion: 'riderNegotiation', recordedBy: 'Sam', recordedAt: t, ...stamps,
});
const handOnHand = [entry(tom, 'leftHand', 'receive', 'agreed'), entry(ruth, 'leftHand', 'give', 'agreed')];
const b1 = beat(0);

function run(more: { scene?: Partial<Scene>; beats?: Beat[]; placements?: Placement[]; contacts?: Contact[]; boundaries?: BoundaryEntry[]; riders?: RiderVersion[]; garments?: Garment[] }) {
  const beats = more.beats ?? [b1];
  const doc = docRecordsFrom({
    scenes: [{ ...baseScene, ...more.scene }],
    performers: [ruth, tom],
    crew: [ic],
    beats,
    placements: more.placements ?? beats.flatMap((b) => [placement(ruth, b), placement(tom, b)]),
    contacts: more.contacts ?? [],
    boundaries: more.boundaries ?? [],
    riders: more.riders ?? [],
    garments: more.garments ?? [],
  });
  return runRules(doc, [baseScene.id], CONSENT_RULES).map((f) => `${f.severity} ${f.code}`);
}

const TABLE: { name: string; input: Parameters<typeof run>[0]; expected: string[] }[] = [
  { name: 'a hand on a hand both agreed to', input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand')], boundaries: handOnHand }, expected: [] },
  {
    name: 'the receiver has not agreed to be touched there',
    input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand')], boundaries: [entry(tom, 'leftHand', 'receive', 'notAgreed'), entry(ruth, 'leftHand', 'give', 'agreed')] },
    expected: ['error consent.contact-not-agreed'],
  },
  {
    name: 'the giver has not agreed to touch there',
    input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand')], boundaries: [entry(tom, 'leftHand', 'receive', 'agreed'), entry(ruth, 'leftHand', 'give', 'notAgreed')] },
    expected: ['error consent.contact-not-agreed'],
  },
  {
    name: 'needs discussion',
    input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand')], boundaries: [entry(tom, 'leftHand', 'receive', 'discuss'), entry(ruth, 'leftHand', 'give', 'agreed')] },
    expected: ['warning consent.contact-to-discuss'],
  },
  { name: 'nothing recorded for a performer in a contact', input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand')], boundaries: [entry(ruth, 'leftHand', 'give', 'agreed')] }, expected: ['warning consent.contact-to-discuss', 'warning consent.no-boundary-map'] },
  { name: 'look only instead of touch needs no touch consent', input: { contacts: [touch(b1, 'handRest', 'rightHand', 'leftHand', { alternative: 'lookOnly' })], boundaries: handOnHand }, expected: [] },
  {
    name: 'an uncovered region not agreed to show',
    input: { placements: [placement(ruth, b1, ['leftShoulderBlade']), placement(tom, b1)], boundaries: [entry(ruth, 'leftShoulderBlade', 'show', 'notAgreed')] },
    expected: ['error consent.show-not-agreed'],
  },
  {
    name: 'an uncovered region agreed to show',
    input: { placements: [placement(ruth, b1, ['leftShoulderBlade']), placement(tom, b1)], boundaries: [entry(ruth, 'leftShoulderBlade', 'show', 'agreed')] },
    expected: [],
  },
  {
    name: 'topless agreed to show but not in the rider',
    input: {
      placements: [placement(ruth, b1, ['leftBreast', 'rightBreast']), placement(tom, b1)],
      // A bare breast bares its nipple: both agreed to show, so only the rider is in the way.
      boundaries: (['leftBreast', 'rightBreast', 'leftNipple', 'rightNipple'] as const).map((r) => entry(ruth, r, 'show', 'agreed')),
      riders: [rider(ruth, ['implied'], '2026-11-25')],
    },
    expected: ['error consent.beyond-rider'],
  },
  {
    name: 'nipple covers keep a bare breast within a "side" rider',
    input: {
      placements: [placement(ruth, b1, ['leftBreast']), placement(tom, b1)],
      boundaries: [entry(ruth, 'leftBreast', 'show', 'agreed')],
      riders: [rider(ruth, ['side'], '2026-11-25')],
      garments: [{ kind: 'garment', id: id('g1'), beatId: b1.id, performerId: ruth.id, type: 'nippleCovers', notes: '', ...stamps }],
    },
    expected: [],
  },
  { name: 'a nudity scene with both riders signed in time', input: { scene: { contentFlags: ['nudity'] }, riders: [rider(ruth, ['implied'], '2026-12-01'), rider(tom, ['implied'], '2026-11-30')] }, expected: [] },
  { name: 'a nudity scene with a rider not signed', input: { scene: { contentFlags: ['nudity'] }, riders: [rider(ruth, ['implied'], null), rider(tom, ['implied'], '2026-11-30')] }, expected: ['error rider.notice'] },
  { name: 'a rider signed the day before the call', input: { scene: { contentFlags: ['nudity'] }, riders: [rider(ruth, ['implied'], '2026-12-09'), rider(tom, ['implied'], '2026-11-30')] }, expected: ['error rider.notice'] },
  { name: 'a nudity scene without a shoot date', input: { scene: { contentFlags: ['nudity'], shootDate: null }, riders: [rider(ruth, ['implied'], '2026-12-01'), rider(tom, ['implied'], '2026-12-01')] }, expected: ['warning rider.notice', 'warning rider.notice'] },
  {
    name: 'a kiss new in beat 2 without a check-in after beat 1',
    input: {
      beats: [beat(0), beat(1)],
      contacts: [touch(beat(0), 'handRest', 'rightHand', 'leftHand'), touch(beat(1), 'kiss', 'lips', 'lips')],
      boundaries: [...handOnHand, entry(tom, 'lips', 'receive', 'agreed'), entry(ruth, 'lips', 'give', 'agreed'), entry(ruth, 'lips', 'receive', 'agreed'), entry(tom, 'lips', 'give', 'agreed')],
    },
    expected: ['info checkin.new-contact-type'],
  },
  {
    name: 'the same with a check-in after beat 1',
    input: {
      beats: [beat(0, true), beat(1)],
      contacts: [touch(beat(0), 'handRest', 'rightHand', 'leftHand'), touch(beat(1), 'kiss', 'lips', 'lips')],
      boundaries: [...handOnHand, entry(tom, 'lips', 'receive', 'agreed'), entry(ruth, 'lips', 'give', 'agreed'), entry(ruth, 'lips', 'receive', 'agreed'), entry(tom, 'lips', 'give', 'agreed')],
    },
    expected: [],
  },
  { name: 'a nudity scene with no closed set or pause word', input: { scene: { contentFlags: ['nudity'], pauseWord: '', closedSetCrewIds: [] }, riders: [rider(ruth, ['implied'], '2026-12-01'), rider(tom, ['implied'], '2026-11-30')] }, expected: ['warning safety.closed-set'] },
];

describe('consent rules', () => {
  for (const row of TABLE) it(row.name, () => expect(run(row.input)).toEqual(row.expected));
});
