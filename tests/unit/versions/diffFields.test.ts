import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { AnyRecord } from '../../../shared/domain/records';
import type { Barrier, Garment } from '../../../shared/domain/wardrobe';
import type { BoundaryEntry, RiderVersion } from '../../../shared/domain/consent';
import type { Doubling } from '../../../shared/domain/doubling';
import type { Performer } from '../../../shared/domain/people';
import { boundaryOf, riderOf } from '../../../shared/records/consentQuery';
import type { DocRecords } from '../../../shared/records/query';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { diffVersions, signerReader, versionContent, VERSION_LIST_KEYS, type VersionListKey } from '../../../shared/versions';
import { sampleDoc, SCENE, withRecords } from './sampleDoc';

/**
 * Every field of every kind a version holds has a sentence in the diff, or is listed here as not shown,
 * with the reason. The fields come from the zod schemas: a field added later fails "every field is
 * accounted for" until it gets a sentence (and a case here) or a reason.
 */

const LATER = '2027-01-02T09:00:00.000Z';
const MAYA = 'sample-performer-maya';
const DANIEL = 'sample-performer-daniel';

// The sample, plus what its scene 42 lacks: Ana Lima, Ruth's body double, standing in for the whole of beat 5; a barrier; a garment.
const ana: Performer = { kind: 'performer', id: 'performer-ana' as never, name: 'Ana Lima', pronouns: 'she/her', character: '', heightCm: 170, isMinor: false, contact: '', color: '#3fae6a', doublesFor: MAYA as never, createdAt: LATER, updatedAt: LATER, deletedAt: null };
const doubling: Doubling = { kind: 'doubling', id: 'doubling-1' as never, beatId: 'sample-beat-5' as never, performerId: MAYA as never, doubleId: ana.id, cameraId: null, note: 'Lying back only.', createdAt: LATER, updatedAt: LATER, deletedAt: null };
const barrier: Barrier = { kind: 'barrier', id: 'barrier-1' as never, beatId: 'sample-beat-5' as never, type: 'foamPad', position: [0, 0.55, -0.6], rotationY: 0, size: [0.5, 0.02, 0.4], attachedTo: null, notes: '', createdAt: LATER, updatedAt: LATER, deletedAt: null };
const garmentWorn: Garment = { kind: 'garment', id: 'garment-1' as never, beatId: 'sample-beat-5' as never, performerId: MAYA as never, type: 'nippleCovers', notes: '', createdAt: LATER, updatedAt: LATER, deletedAt: null };
const base = withRecords(sampleDoc(), ana, doubling, barrier, garmentWorn);
const held = versionContent(base, SCENE).records;

/** The first record of a kind in the version of `base` (or the one `pick` chooses). */
function first<T>(key: VersionListKey, pick: (r: T) => boolean = () => true): T {
  const found = (held[key] as unknown as T[]).find(pick);
  if (!found) throw new Error(`The test's production has no ${key} in the version`);
  return found;
}
const stored = <T extends { id: string }>(key: keyof DocRecords, r: T) => (base[key] as unknown as Record<string, T>)[r.id]!;

type Change = (doc: DocRecords) => DocRecords;
/** A field that has a sentence: a change to it, and what a sentence of the diff then says. */
interface Case {
  readonly change: Change;
  readonly says: string;
}
/** A field without a sentence of its own: why. */
type Reason = string;

const edit =
  <T extends { id: string }>(key: keyof DocRecords, record: T, patch: Partial<T>): Change =>
  (doc) =>
    withRecords(doc, { ...stored(key, record), ...patch } as unknown as AnyRecord);

// Consent is append-only: a change is a newer entry taking over, with one field different.
const mayaShoulder = boundaryOf(base, MAYA, SCENE, 'leftShoulder', 'receive').entry!;
const newerEntry =
  (patch: Partial<BoundaryEntry>): Change =>
  (doc) =>
    withRecords(doc, { ...mayaShoulder, id: 'boundary-new' as never, recordedAt: LATER, createdAt: LATER, updatedAt: LATER, ...patch });
const mayaRider = riderOf(base, MAYA, SCENE)!;
const newerRider =
  (patch: Partial<RiderVersion>): Change =>
  (doc) =>
    withRecords(doc, { ...mayaRider, id: 'rider-new' as never, version: mayaRider.version + 1, recordedAt: LATER, createdAt: LATER, updatedAt: LATER, ...patch });

const COMMON: Readonly<Record<string, Reason>> = {
  kind: 'the kind of a record never changes',
  id: 'a record with another id is another record: it has the added and removed sentences of its kind',
  createdAt: 'set once when the record is made; it only orders records',
  deletedAt: 'a version holds live records only: a deleted record is absent from the later version, said by its kind’s removed sentence (or its beat’s, or the cast’s)',
};

const scene = first<{ id: string; tempoCpm: number }>('scenes');
const beat5 = first<{ id: string }>('beats', (b) => b.id === 'sample-beat-5');
const placement = first<{ id: string; pose: { bones: Record<string, unknown> } }>('placements', (p) => (p as unknown as { beatId: string }).beatId === 'sample-beat-5' && (p as unknown as { performerId: string }).performerId === MAYA);
const camera = first<{ id: string }>('cameras');
const shot = first<{ id: string; focalLengthMm: number; rollDeg: number }>('cameraPlacements');
const setPiece = first<{ id: string }>('setPieces');
const handRest = first<{ id: string; initiator: { offset: number[] }; receiver: Record<string, unknown> }>('contacts', (c) => (c as unknown as { type: string }).type === 'handRest');
const garment = first<{ id: string }>('garments');
const fitting = first<{ id: string }>('garmentFittings');
const crew = first<{ id: string }>('crew');

const FIELDS: Readonly<Record<VersionListKey, Readonly<Record<string, Case | Reason>>>> = {
  scenes: {
    number: { change: edit('scenes', scene, { number: '42A' } as never), says: 'Scene number: “42” → “42A”' },
    title: { change: edit('scenes', scene, { title: 'Another title' } as never), says: '→ “Another title”' },
    scriptPages: { change: edit('scenes', scene, { scriptPages: '31–33' } as never), says: 'Script pages:' },
    setLocation: { change: edit('scenes', scene, { setLocation: 'Stage 2' } as never), says: 'Set / location:' },
    shootDate: { change: edit('scenes', scene, { shootDate: '2027-02-03' } as never), says: '→ “2027-02-03”' },
    callTime: { change: edit('scenes', scene, { callTime: '06:30' } as never), says: '→ “06:30”' },
    contentFlags: { change: edit('scenes', scene, { contentFlags: ['kiss', 'dance'] } as never), says: 'Content: sensual dance added' },
    toneNotes: { change: edit('scenes', scene, { toneNotes: 'Quiet, tender.' } as never), says: 'Tone notes:' },
    guardianNote: { change: edit('scenes', scene, { guardianNote: 'None needed.' } as never), says: 'Guardian / chaperone note:' },
    closedSetCrewIds: { change: edit('scenes', scene, { closedSetCrewIds: ['sample-crew-1'] } as never), says: 'Closed set: Lena Hartmann removed' },
    monitorPolicy: { change: edit('scenes', scene, { monitorPolicy: 'Director only.' } as never), says: 'Monitor policy:' },
    pauseWord: { change: edit('scenes', scene, { pauseWord: 'Stop' } as never), says: 'Pause word:' },
    pauseGesture: { change: edit('scenes', scene, { pauseGesture: 'Raised hand' } as never), says: 'Pause gesture:' },
    robes: { change: edit('scenes', scene, { robes: 'Wardrobe, after every take' } as never), says: 'Robes:' },
    checkInCadence: { change: edit('scenes', scene, { checkInCadence: 'After every take' } as never), says: 'Check-in cadence:' },
    status: { change: edit('scenes', scene, { status: 'wrapped' } as never), says: '→ Wrapped' },
    tempoCpm: { change: edit('scenes', scene, { tempoCpm: scene.tempoCpm + 10 } as never), says: `→ ${scene.tempoCpm + 10} counts per minute` },
    performerIds: { change: edit('scenes', scene, { performerIds: [MAYA] } as never), says: 'Cast: Tom removed' },
  },
  beats: {
    description: { change: edit('beats', beat5, { description: 'Both sit up.' } as never), says: 'Beat 5: description changed' },
    counts: { change: edit('beats', beat5, { counts: 12 } as never), says: 'Beat 5: counts 8 → 12' },
    notes: { change: edit('beats', beat5, { notes: 'Slowly.' } as never), says: 'Beat 5: notes changed' },
    checkInAfter: { change: edit('beats', beat5, { checkInAfter: true } as never), says: 'Beat 5: check-in after this beat added' },
    order: { change: edit('beats', beat5, { order: 0 } as never), says: 'Beat 5 moved before beat' },
    sceneId: { change: edit('beats', beat5, { sceneId: 'sample-scene-57' } as never), says: 'Beat 5 removed' },
  },
  placements: {
    position: { change: edit('placements', placement, { position: [1, 0, 1] } as never), says: 'Beat 5: Ruth — position changed' },
    rotationY: { change: edit('placements', placement, { rotationY: 45 } as never), says: 'position changed' },
    pose: { change: edit('placements', placement, { pose: { ...placement.pose, bones: { ...placement.pose.bones, head: [0, 0.258819, 0, 0.965926] } } } as never), says: 'Beat 5: Ruth — pose changed' },
    hidden: { change: edit('placements', placement, { hidden: true } as never), says: 'off stage in this beat' },
    pins: { change: edit('placements', placement, { pins: [{ bone: 'leftHand', target: [0.2, 0.6, -0.4] }] } as never), says: 'pose changed' },
    costumeOff: { change: edit('placements', placement, { costumeOff: ['leftFoot'] } as never), says: 'costume now leaves bare the left foot' },
    beatId: 'a placement is one performer’s in one beat; placement.update cannot move it (another beat’s placement is another record)',
    performerId: 'a placement is one performer’s in one beat; placement.update cannot give it to someone else',
  },
  contacts: {
    initiator: { change: edit('contacts', handRest, { initiator: { ...handRest.initiator, offset: [0.01, 0, 0] } } as never), says: 'the point of contact moved on the same region' },
    receiver: { change: edit('contacts', handRest, { receiver: { ...handRest.receiver, region: 'leftForearm' } } as never), says: 'rests on left forearm' },
    type: { change: edit('contacts', handRest, { type: 'handHold' } as never), says: 'holds left hand' },
    kiss: { change: edit('contacts', handRest, { kiss: { mouth: 'closed', noTongue: true, headTilt: 'none' } } as never), says: 'kiss details changed, unused in this contact' },
    pressure: { change: edit('contacts', handRest, { pressure: 'firm' } as never), says: 'rests on left hand, firm' },
    fromCount: { change: edit('contacts', handRest, { fromCount: 2 } as never), says: 'counts 2–8' },
    toCount: { change: edit('contacts', handRest, { toCount: 6 } as never), says: 'counts 3–6' },
    alternative: { change: edit('contacts', handRest, { alternative: 'hover' } as never), says: 'hover over left hand instead of touch' },
    notes: { change: edit('contacts', handRest, { notes: 'Palm only.' } as never), says: 'contact notes changed' },
    beatId: { change: edit('contacts', handRest, { beatId: 'sample-beat-4' } as never), says: 'Beat 4: contact changed' },
  },
  garments: {
    type: { change: edit('garments', garment, { type: 'bodyTape' } as never), says: 'was nipple covers' },
    notes: { change: edit('garments', garment, { notes: 'Check at lunch.' } as never), says: 'notes changed' },
    beatId: 'a garment is worn in one beat; garment.update changes its notes only',
    performerId: 'a garment is worn by one performer; garment.update changes its notes only',
  },
  barriers: {
    type: { change: edit('barriers', barrier, { type: 'yogaMat' }), says: 'was a foam pad' },
    position: { change: edit('barriers', barrier, { position: [0.2, 0.55, -0.6] }), says: 'Beat 5: foam pad moved' },
    rotationY: { change: edit('barriers', barrier, { rotationY: 30 }), says: 'moved' },
    size: { change: edit('barriers', barrier, { size: [0.6, 0.02, 0.4] }), says: 'resized' },
    attachedTo: { change: edit('barriers', barrier, { attachedTo: { kind: 'region', performerId: MAYA as never, region: 'abdomen' } }), says: 'now rests against Ruth’s abdomen' },
    notes: { change: edit('barriers', barrier, { notes: 'Between the hips.' }), says: 'notes changed' },
    beatId: 'a barrier is in one beat; barrier.update cannot move it to another',
  },
  setPieces: {
    type: { change: edit('setPieces', setPiece, { type: 'chair' } as never), says: 'type changed' },
    label: { change: edit('setPieces', setPiece, { label: 'Hotel bed' } as never), says: 'renamed from' },
    position: { change: edit('setPieces', setPiece, { position: [1, 0, -0.6] } as never), says: 'moved' },
    rotationY: { change: edit('setPieces', setPiece, { rotationY: 90 } as never), says: 'moved' },
    size: { change: edit('setPieces', setPiece, { size: [1.5, 0.55, 2] } as never), says: 'resized' },
    color: { change: edit('setPieces', setPiece, { color: '#123456' } as never), says: 'colour changed' },
    sceneId: { change: edit('setPieces', setPiece, { sceneId: 'sample-scene-57' } as never), says: 'Set piece removed' },
  },
  cameras: {
    name: { change: edit('cameras', camera, { name: 'Main cam' } as never), says: 'Camera Main cam: renamed from “A cam”' },
    sensor: { change: edit('cameras', camera, { sensor: { preset: 'fullFrame', widthMm: 36, heightMm: 24 } } as never), says: 'sensor 24.89 × 18.66 mm → 36 × 24 mm' },
    aspect: { change: edit('cameras', camera, { aspect: '16:9' } as never), says: 'aspect ratio 2.39:1 → 16:9' },
    sceneId: { change: edit('cameras', camera, { sceneId: 'sample-scene-57' } as never), says: 'Camera removed — A cam' },
  },
  cameraPlacements: {
    focalLengthMm: { change: edit('cameraPlacements', shot, { focalLengthMm: shot.focalLengthMm + 10 } as never), says: `lens ${shot.focalLengthMm} → ${shot.focalLengthMm + 10} mm` },
    position: { change: edit('cameraPlacements', shot, { position: [0, 1.5, 4] } as never), says: 'moved or re-aimed' },
    target: { change: edit('cameraPlacements', shot, { target: [0, 1, 0] } as never), says: 'moved or re-aimed' },
    rollDeg: { change: edit('cameraPlacements', shot, { rollDeg: shot.rollDeg + 5 } as never), says: 'moved or re-aimed' },
    shotSize: { change: edit('cameraPlacements', shot, { shotSize: 'closeUp' } as never), says: '→ closeUp' },
    hidden: { change: edit('cameraPlacements', shot, { hidden: true } as never), says: 'not used in this beat' },
    beatId: 'a camera’s setup for one beat; camera.update edits it in place, never moves it to another beat',
    cameraId: 'the setup of one camera; another camera’s setup is another record',
  },
  doublings: {
    beatId: { change: edit('doublings', doubling, { beatId: 'sample-beat-4' as never }), says: 'Beat 4: body double changed — Ana Lima doubles Ruth for the whole beat in beat 5 → Ana Lima doubles Ruth for the whole beat' },
    performerId: { change: edit('doublings', doubling, { performerId: DANIEL as never }), says: 'Beat 5: body double changed — Ana Lima doubles Ruth for the whole beat → Ana Lima doubles Tom for the whole beat' },
    doubleId: { change: edit('doublings', doubling, { doubleId: DANIEL as never }), says: '→ Tom doubles Ruth for the whole beat' },
    cameraId: { change: edit('doublings', doubling, { cameraId: 'sample-camera-a' as never }), says: 'Ana Lima doubles Ruth for the whole beat → Ana Lima doubles Ruth in A cam’s shot' },
    note: { change: edit('doublings', doubling, { note: 'Lying back, head supported.' }), says: 'Beat 5: body double changed — Ana Lima doubles Ruth for the whole beat, note “Lying back only.” → “Lying back, head supported.”' },
  },
  performers: {
    name: { change: edit('performers', ana, { name: 'Ana Lima Sousa' }), says: 'name “Ana Lima” → “Ana Lima Sousa”' },
    pronouns: { change: edit('performers', ana, { pronouns: 'they/them' }), says: 'Ana Lima: pronouns “she/her” → “they/them”' },
    character: { change: edit('performers', ana, { character: 'Ruth (double)' }), says: 'character (empty) → “Ruth (double)”' },
    heightCm: { change: edit('performers', ana, { heightCm: 168 }), says: 'Ana Lima: height 170 → 168 cm' },
    isMinor: { change: edit('performers', ana, { isMinor: true }), says: 'Ana Lima: now marked as a minor' },
    color: { change: edit('performers', ana, { color: '#123456' }), says: 'Ana Lima: label colour of their mannequin changed' },
    doublesFor: { change: edit('performers', ana, { doublesFor: DANIEL as never }), says: 'Ana Lima: now a body double for Tom, no longer for Ruth' },
  },
  crew: {
    name: { change: edit('crew', crew, { name: 'Sam Whitfield-Jones' } as never), says: 'name “Sam Whitfield” → “Sam Whitfield-Jones”' },
    role: { change: edit('crew', crew, { role: 'other' } as never), says: 'role Intimacy coordinator → Other' },
  },
  garmentFittings: {
    status: { change: edit('garmentFittings', fitting, { status: 'declined' } as never), says: 'Ruth’s fitting of nipple covers: approved by the performer → declined by the performer' },
    notes: { change: edit('garmentFittings', fitting, { notes: 'Refit needed.' } as never), says: 'fitting notes for' },
    performerId: 'one fitting per performer and garment type; it is in a version only with that garment worn, so another performer’s is another record',
    type: 'one fitting per performer and garment type; another type’s fitting is another record, in a version only with that garment worn',
  },
  boundaries: {
    value: { change: newerEntry({ value: 'notAgreed', previousValue: 'agreed' }), says: 'Ruth’s boundary: left shoulder, be touched — agreed → not agreed' },
    note: { change: newerEntry({ note: 'Fingertips only.' }), says: 'Ruth’s boundary: left shoulder, be touched — note (empty) → “Fingertips only.”' },
    occasion: { change: newerEntry({ occasion: 'rehearsalCheckIn' }), says: 'Ruth’s boundary: left shoulder, be touched — agreed, recorded again by Sam Whitfield on 2027-01-02 (rehearsal check-in)' },
    recordedBy: { change: newerEntry({ recordedBy: 'Alex Kim' }), says: 'recorded again by Alex Kim' },
    recordedAt: { change: newerEntry({}), says: 'recorded again by Sam Whitfield on 2027-01-02' },
    sceneId: { change: newerEntry({ sceneId: SCENE as never }), says: 'Ruth’s boundary: left shoulder, be touched — agreed, now recorded for this scene' },
    region: { change: newerEntry({ region: 'rightShoulder' }), says: 'Ruth’s boundary: right shoulder, be touched' },
    channel: { change: newerEntry({ channel: 'show' }), says: 'Ruth’s boundary: left shoulder, show on camera' },
    performerId: { change: newerEntry({ performerId: DANIEL as never }), says: 'Tom’s boundary: left shoulder, be touched' },
    previousValue: 'the value in force just before the entry, kept for undo; the sentence says before → after from the two versions themselves',
  },
  riders: {
    version: { change: newerRider({}), says: `Ruth’s rider: version ${mayaRider.version} → version ${mayaRider.version + 1}, recorded by Sam Whitfield on 2027-01-02 (rider negotiation) — terms unchanged` },
    nudityTypes: { change: newerRider({ nudityTypes: ['implied'] }), says: 'implied nudity agreed; no nudity no longer agreed' },
    simulatedActs: { change: newerRider({ simulatedActs: 'Simulated pelvic movement, clothed, with a foam pad between.' }), says: 'simulated acts (empty) → “Simulated pelvic movement, clothed, with a foam pad between.”' },
    footageLimits: { change: newerRider({ footageLimits: 'Not in trailers.' }), says: 'footage and stills limits “No stills of the kiss in promotion.” → “Not in trailers.”' },
    description: { change: newerRider({ description: 'A kiss, clothed.' }), says: 'scene description “' },
    datePresented: { change: newerRider({ datePresented: '2026-11-17' }), says: 'date presented 2026-11-18 → 2026-11-17' },
    dateSigned: { change: newerRider({ dateSigned: '2026-11-22' }), says: 'date signed 2026-11-21 → 2026-11-22' },
    presentAtSigning: { change: newerRider({ presentAtSigning: 'Sam Whitfield and Maya Okafor' }), says: 'present at signing “Sam Whitfield, Maya Okafor and her agent” → “Sam Whitfield and Maya Okafor”' },
    negotiatedBy: { change: newerRider({ negotiatedBy: 'Sam Whitfield' }), says: 'negotiated by “Sam Whitfield with Maya Okafor and her agent” → “Sam Whitfield”' },
    occasion: { change: newerRider({ occasion: 'oneOnOne' }), says: 'recorded by Sam Whitfield on 2027-01-02 (one-on-one meeting)' },
    recordedBy: { change: newerRider({ recordedBy: 'Alex Kim' }), says: 'recorded by Alex Kim on 2027-01-02' },
    recordedAt: { change: newerRider({}), says: 'on 2027-01-02' },
    'bodyDouble.allowed': { change: newerRider({ bodyDouble: { ...mayaRider.bodyDouble, allowed: true } }), says: 'a body double now allowed' },
    'bodyDouble.approvedByPerformer': { change: newerRider({ bodyDouble: { ...mayaRider.bodyDouble, approvedByPerformer: true } }), says: 'the body double now approved by the performer' },
    'bodyDouble.who': { change: newerRider({ bodyDouble: { ...mayaRider.bodyDouble, who: 'Ana Lima' } }), says: 'body double named (empty) → “Ana Lima”' },
    'bodyDouble.form': { change: newerRider({ bodyDouble: { ...mayaRider.bodyDouble, form: 'digital' } }), says: 'body double a person → digital' },
    performerId: 'whose rider it is: another performer’s rider is their rider, said in their own rider sentence',
    sceneId: 'a version holds only the riders for its own scene: a rider for another scene is not in it',
  },
};

/** Object fields whose own fields each need a sentence (a rider's body-double terms). */
const NESTED: Readonly<Partial<Record<VersionListKey, readonly string[]>>> = { riders: ['bodyDouble'] };
/** Fields a version leaves out (shared/versions/content.ts): they never reach the diff. */
const LEFT_OUT: Readonly<Partial<Record<VersionListKey, readonly string[]>>> = { scenes: ['order'], performers: ['contact'], crew: ['contact'] };

function schemaFields(key: VersionListKey): string[] {
  const spec = Object.values(RECORD_KINDS).find((s) => s.snapshotKey === key)!;
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  const out: string[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    if (field === 'updatedAt' || LEFT_OUT[key]?.includes(field)) continue;
    if (NESTED[key]?.includes(field)) out.push(...Object.keys((schema as unknown as z.ZodObject).shape).map((f) => `${field}.${f}`));
    else out.push(field);
  }
  return out.sort();
}

const before = versionContent(base, SCENE);
const diffAfter = (change: Change, reader?: Parameters<typeof diffVersions>[2]) => diffVersions(before, versionContent(change(base), SCENE), reader);

describe('diffVersions covers every field of every kind a version holds', () => {
  it.each(VERSION_LIST_KEYS.map((k) => [k]))('%s: every field of the schema has a sentence here or a reason', (key) => {
    const listed = new Set([...Object.keys(FIELDS[key]), ...Object.keys(COMMON)]);
    const fields = schemaFields(key);
    expect(fields.filter((f) => !listed.has(f)), `fields of ${key} with no sentence case and no reason`).toEqual([]);
    expect([...Object.keys(FIELDS[key])].filter((f) => !fields.includes(f)), `cases for fields ${key} no longer has`).toEqual([]);
    for (const [field, entry] of Object.entries(FIELDS[key])) if (typeof entry === 'string') expect(entry.length, `${key}.${field}: reason`).toBeGreaterThan(20);
  });

  const cases = VERSION_LIST_KEYS.flatMap((key) => Object.entries(FIELDS[key]).flatMap(([field, entry]) => (typeof entry === 'string' ? [] : [[`${key}.${field}`, entry] as const])));
  it.each(cases)('%s changed: a sentence says so', (_, { change, says }) => {
    const sentences = diffAfter(change);
    expect(sentences.some((s) => s.includes(says)), `no sentence says “${says}” in:\n${sentences.join('\n')}`).toBe(true);
    for (const s of sentences) expect(s).not.toMatch(/[{}[\]]|sample-|performer-ana|undefined|null|\bid\b/);
  });

  it('a standing boundary changed under a scene’s own entry is said, with the entry that holds in this scene', () => {
    const sceneEntry = { ...mayaShoulder, id: 'boundary-scene' as never, sceneId: SCENE as never, recordedAt: LATER, createdAt: LATER };
    const withOverride = withRecords(base, sceneEntry);
    const standingChanged = withRecords(withOverride, { ...mayaShoulder, id: 'boundary-standing' as never, value: 'notAgreed', recordedAt: LATER, createdAt: LATER });
    expect(diffVersions(versionContent(withOverride, SCENE), versionContent(standingChanged, SCENE))).toEqual([
      'Ruth’s boundary in other scenes: left shoulder, be touched — agreed → not agreed (this scene keeps its own entry: agreed)',
    ]);
  });

  it('who a body double stands in for: set, changed and cleared each have their words', () => {
    const notADouble = withRecords(base, { ...ana, doublesFor: null });
    const mayas = versionContent(base, SCENE);
    const none = versionContent(notADouble, SCENE);
    expect(diffVersions(none, mayas)).toEqual(['Ana Lima: now a body double for Ruth']);
    expect(diffVersions(mayas, none)).toEqual(['Ana Lima: no longer a body double for Ruth']);
  });

  it('a performer with no character of their own is named once, not “Ana Lima (Ana Lima)”', () => {
    expect(diffAfter(edit('performers', ana, { heightCm: 168 }))).toEqual(['Ana Lima: height 170 → 168 cm']);
  });
});

describe('diffVersions keeps one performer’s consent out of everyone else’s view', () => {
  const mayas = (['boundaries', 'riders'] as const).flatMap((key) =>
    Object.entries(FIELDS[key]).flatMap(([field, entry]) => (typeof entry === 'string' || field === 'performerId' ? [] : [[`${key}.${field}`, entry] as const])),
  );
  const DANIEL_READS = { reader: { kind: 'performer', performerId: DANIEL } } as const;

  it.each(mayas)('Ruth’s %s changed: in her view and the coordinator’s, never in Daniel’s or the crew’s', (_, { change, says }) => {
    expect(diffAfter(change, { reader: { kind: 'performer', performerId: MAYA } }).some((s) => s.includes(says))).toBe(true);
    expect(diffAfter(change, { reader: { kind: 'coordinator' } }).some((s) => s.includes(says))).toBe(true);
    expect(diffAfter(change, DANIEL_READS)).toEqual([]);
    expect(diffAfter(change, { reader: { kind: 'crew' } })).toEqual([]);
    expect(diffAfter(change, { reader: { kind: 'director' } })).toEqual([]);
  });

  it('with staging and Ruth’s consent changed together, Daniel reads the staging only', () => {
    const all: Change = (doc) => [...mayas.map(([, c]) => c.change), edit('doublings', doubling, { cameraId: 'sample-camera-a' as never })].reduce((d, change) => change(d), doc);
    const danielReads = diffAfter(all, DANIEL_READS);
    expect(danielReads).toEqual(['Beat 5: body double changed — Ana Lima doubles Ruth for the whole beat → Ana Lima doubles Ruth in A cam’s shot']);
    expect(diffAfter(all).filter((s) => /Ruth’s (rider|boundary)/.test(s)).length).toBeGreaterThan(1);
  });

  it('Daniel’s own rider change is in his view, not in Maya’s', () => {
    const danielsRider = riderOf(base, DANIEL, SCENE)!;
    const change: Change = (doc) => withRecords(doc, { ...danielsRider, id: 'rider-daniel-2' as never, version: 2, nudityTypes: ['implied'], recordedAt: LATER, createdAt: LATER });
    expect(diffAfter(change, DANIEL_READS)).toEqual(['Tom’s rider: version 1 → version 2, recorded by Sam Whitfield on 2027-01-02 (rider negotiation) — implied nudity agreed; no nudity no longer agreed']);
    expect(diffAfter(change, { reader: { kind: 'performer', performerId: MAYA } })).toEqual([]);
  });

  it('“What changed since you signed” reads as the signer reads: Maya’s list leaves out Tom’s rider, the coordinator’s has it', () => {
    const danielsRider = riderOf(base, DANIEL, SCENE)!;
    const change: Change = (doc) => withRecords(doc, { ...danielsRider, id: 'rider-daniel-2' as never, version: 2, nudityTypes: ['implied'], recordedAt: LATER, createdAt: LATER });
    expect(diffAfter(change, { reader: signerReader({ role: 'performer', performerId: MAYA }) })).toEqual([]);
    expect(diffAfter(change, { reader: signerReader({ role: 'director', performerId: null }) })).toEqual([]);
    expect(diffAfter(change, { reader: signerReader({ role: 'producer', performerId: null }) })).toEqual([]);
    expect(diffAfter(change, { reader: signerReader({ role: 'coordinator', performerId: null }) })).toHaveLength(1);
  });
});
