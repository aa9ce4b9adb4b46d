import diff from 'microdiff';
import { beatNumber, type Beat } from '../domain/beat';
import type { Camera, CameraPlacement, Placement, SetPiece } from '../domain/blocking';
import { CREW_ROLE_LABELS, type Performer } from '../domain/people';
import { CONTENT_FLAG_LABELS, SCENE_STATUS_LABELS, type Scene } from '../domain/scene';
import type { SceneVersion } from '../domain/versions';
import { BARRIER_CATALOGUE, FITTING_STATUS_LABELS, GARMENT_LABELS, type Barrier, type Garment, type GarmentFitting } from '../domain/wardrobe';
import { contactSentence, type ContactNames } from '../body/contactSentence';
import type { Contact } from '../domain/contact';
import { beatsOfScene, castOfScene, type DocRecords } from '../records/query';
import { visibleTo, type Reader } from '../records/privacy';
import { CONTACT_TYPE_WORDS, listing, regionWords } from '../rules/wording';
import { contentOfVersion, docFromContent, type VersionContent } from './content';
import { consentLines } from './diffConsent';
import { possessive, quote } from './diffWords';

/**
 * What changed between two versions of a scene (or a version and the draft), in sentences a performer can
 * read: "Beat 4: contact added — Tom → Ruth: left hand rests on right shoulder, light"; "Beat 3 moved before
 * beat 2"; "Ruth's boundary: left breast, show on camera — agreed → not agreed". Built per record by id
 * (microdiff on the two states of each record), never as a tree dump. People are named as on stage (their
 * character, else their name), as the contact sentences do. With `reader`, both sides go through
 * `visibleTo` first, so a performer's copy never mentions another performer's consent.
 */
export function diffVersions(a: SceneVersion | VersionContent, b: SceneVersion | VersionContent, options: { readonly reader?: Reader } = {}): string[] {
  const ca = 'canonical' in a ? contentOfVersion(a) : a;
  const cb = 'canonical' in b ? contentOfVersion(b) : b;
  let A = docFromContent(ca);
  let B = docFromContent(cb);
  if (options.reader) {
    A = visibleTo(A, options.reader);
    B = visibleTo(B, options.reader);
  }
  return diffDocs(A, B, cb.sceneId);
}

interface Line {
  readonly group: number;
  readonly beat: number;
  readonly text: string;
}

const sign = (n: number | null | undefined, unit = '') => (n === null || n === undefined ? 'not set' : `${n}${unit}`);
/** The top-level fields that differ between two states of a record (microdiff on the record's fields). */
function changedFields(a: object, b: object): Set<string> {
  return new Set(diff(a as Record<string, unknown>, b as Record<string, unknown>).map((d) => String(d.path[0])));
}

function diffDocs(A: DocRecords, B: DocRecords, sceneId: string): string[] {
  const lines: Line[] = [];
  const add = (group: number, beat: number, text: string) => lines.push({ group, beat, text });
  const personName = (id: string) => {
    const p = B.performers[id] ?? A.performers[id];
    return p ? p.character || p.name : 'a performer no longer in the cast';
  };
  const names: ContactNames = {
    performer: personName,
    setPiece: (id) => ({ label: (B.setPieces[id] ?? A.setPieces[id])?.label || 'a removed set piece' }),
  };

  // The scene itself: its fields, its cast, its closed set.
  const sa = A.scenes[sceneId];
  const sb = B.scenes[sceneId];
  if (sa && sb) sceneLines(sa, sb, A, B, personName).forEach((t) => add(0, 0, t));

  // Set pieces and cameras (the scene's, the same in every beat).
  keyed(A.setPieces, B.setPieces, {
    added: (p) => add(1, 0, `Set piece added — ${pieceName(p)}`),
    removed: (p) => add(1, 0, `Set piece removed — ${pieceName(p)}`),
    changed: (p, q, f) => add(1, 0, `Set piece ${pieceName(q)}: ${listing(pieceChanges(p, q, f))}`),
  });
  keyed(A.cameras, B.cameras, {
    added: (c) => add(1, 0, `Camera added — ${c.name}`),
    removed: (c) => add(1, 0, `Camera removed — ${c.name}`),
    changed: (c, d, f) => add(1, 0, `Camera ${d.name}: ${listing(cameraChanges(c, d, f))}`),
  });

  // Beats: added, removed, moved, and their own fields.
  const beatsA = beatsOfScene(A, sceneId);
  const beatsB = beatsOfScene(B, sceneId);
  const numberOf = (beatId: string) => {
    const beat = B.beats[beatId] ?? A.beats[beatId];
    return beat ? beatNumber(beat) : 0;
  };
  const label = (beatId: string) => `Beat ${numberOf(beatId)}`;
  const inA = new Set<string>(beatsA.map((b) => b.id));
  const inB = new Set<string>(beatsB.map((b) => b.id));
  const castA = new Set<string>(castOfScene(A, sceneId).map((p) => p.id));
  const castB = new Set<string>(castOfScene(B, sceneId).map((p) => p.id));
  // What comes or goes with a whole beat, or with a performer joining or leaving the cast, has that sentence only.
  const both = (beatId: string, performerId?: string) => inA.has(beatId) && inB.has(beatId) && (!performerId || (castA.has(performerId) && castB.has(performerId)));
  for (const b of beatsA) if (!inB.has(b.id)) add(2, beatNumber(b), `Beat ${beatNumber(b)} removed (${quote(b.description)})`);
  for (const b of beatsB) if (!inA.has(b.id)) add(2, beatNumber(b), `Beat ${beatNumber(b)} added: ${quote(b.description)}`);
  for (const t of moves(beatsA.filter((b) => inB.has(b.id)), beatsB.filter((b) => inA.has(b.id)))) add(2, t.beat, t.text);
  for (const b of beatsB) {
    const old = A.beats[b.id];
    if (old) for (const t of beatChanges(old, b)) add(2, beatNumber(b), `Beat ${beatNumber(b)}: ${t}`);
  }

  // What happens in each beat: blocking, contacts, wardrobe, barriers, camera setups.
  keyed(A.contacts, B.contacts, {
    added: (c) => both(c.beatId) && add(2, numberOf(c.beatId), `${label(c.beatId)}: contact added — ${contactSentence(c, names)}`),
    removed: (c) => both(c.beatId) && add(2, numberOf(c.beatId), `${label(c.beatId)}: contact removed — ${contactSentence(c, names)}`),
    changed: (c, d, f) => {
      const before = contactSentence(c, names);
      const after = contactSentence(d, names);
      if (before !== after) add(2, numberOf(d.beatId), `${label(d.beatId)}: contact changed — ${before} → ${after}`);
      else if (c.notes !== d.notes && f.size === 1) add(2, numberOf(d.beatId), `${label(d.beatId)}: contact notes changed — ${after}`);
      // The same words: what changed is a detail the sentence leaves out (a point moved on the same region,
      // or the pressure or kiss of a contact that, as it is now, does not use them). Say which.
      else add(2, numberOf(d.beatId), `${label(d.beatId)}: contact changed — ${after} (${listing(hiddenContactChanges(c, d, f))})`);
    },
  });
  keyed(A.garments, B.garments, {
    added: (g) => both(g.beatId, g.performerId) && add(2, numberOf(g.beatId), `${label(g.beatId)}: ${possessive(personName(g.performerId))} garment added — ${garmentName(g)}`),
    removed: (g) => both(g.beatId, g.performerId) && add(2, numberOf(g.beatId), `${label(g.beatId)}: ${possessive(personName(g.performerId))} garment removed — ${garmentName(g)}`),
    changed: (g, h) => add(2, numberOf(h.beatId), `${label(h.beatId)}: ${possessive(personName(h.performerId))} ${garmentName(h)}: ${g.type !== h.type ? `was ${garmentName(g)}` : 'notes changed'}`),
  });
  keyed(A.barriers, B.barriers, {
    added: (x) => both(x.beatId) && add(2, numberOf(x.beatId), `${label(x.beatId)}: barrier added — ${barrierName(x)}`),
    removed: (x) => both(x.beatId) && add(2, numberOf(x.beatId), `${label(x.beatId)}: barrier removed — ${barrierName(x)}`),
    changed: (x, y, f) => add(2, numberOf(y.beatId), `${label(y.beatId)}: ${barrierName(y)} ${listing(barrierChanges(x, y, f, personName, names))}`),
  });
  keyed(A.placements, B.placements, {
    added: (p) => both(p.beatId, p.performerId) && add(2, numberOf(p.beatId), `${label(p.beatId)}: ${personName(p.performerId)} placed on stage`),
    removed: (p) => both(p.beatId, p.performerId) && add(2, numberOf(p.beatId), `${label(p.beatId)}: ${possessive(personName(p.performerId))} placement removed`),
    changed: (p, q, f) => {
      const words = placementChanges(p, q, f);
      if (words.length) add(2, numberOf(q.beatId), `${label(q.beatId)}: ${personName(q.performerId)} — ${listing(words)}`);
    },
  });
  const doublingWords = (d: { doubleId: string; performerId: string; cameraId: string | null }) =>
    `${personName(d.doubleId)} doubles ${personName(d.performerId)}${d.cameraId ? ` in ${cameraName(d.cameraId)}’s shot` : ' for the whole beat'}`;
  keyed(A.doublings, B.doublings, {
    added: (d) => both(d.beatId) && add(2, numberOf(d.beatId), `${label(d.beatId)}: body double added — ${doublingWords(d)}`),
    removed: (d) => both(d.beatId) && add(2, numberOf(d.beatId), `${label(d.beatId)}: body double removed — ${doublingWords(d)}`),
    changed: (d, e, f) => {
      const words: string[] = [];
      if (f.has('beatId') || f.has('performerId') || f.has('doubleId') || f.has('cameraId')) words.push(`${doublingWords(d)}${f.has('beatId') ? ` in beat ${numberOf(d.beatId)}` : ''} → ${doublingWords(e)}`);
      if (f.has('note')) words.push(`${words.length ? '' : `${doublingWords(e)}, `}note ${quote(d.note)} → ${quote(e.note)}`);
      add(2, numberOf(e.beatId), `${label(e.beatId)}: body double changed — ${words.join('; ')}`);
    },
  });
  function cameraName(id: string): string {
    return (B.cameras[id] ?? A.cameras[id])?.name ?? 'a removed camera';
  }
  keyed(A.cameraPlacements, B.cameraPlacements, {
    // A camera's placements come and go with the camera or the beat, which have their own sentences.
    added: () => {},
    removed: () => {},
    changed: (c, d, f) => {
      const words = shotChanges(c, d, f);
      if (words.length) add(2, numberOf(d.beatId), `${label(d.beatId)}: ${cameraName(d.cameraId)} — ${listing(words)}`);
    },
  });

  // The people: their records, their fittings, and the consent in force for them in this scene.
  keyed(A.performers, B.performers, {
    added: () => {},
    removed: () => {},
    changed: (p, q, f) => {
      const words = performerChanges(p, q, f, personName);
      // "Ruth (Maya Okafor)"; a body double has no character of their own: just their name.
      if (words.length) add(3, 0, `${personName(q.id) === q.name ? q.name : `${personName(q.id)} (${q.name})`}: ${listing(words)}`);
    },
  });
  keyed(A.crew, B.crew, {
    added: () => {},
    removed: () => {},
    changed: (c, d, f) => {
      const words: string[] = [];
      if (f.has('name')) words.push(`name ${quote(c.name)} → ${quote(d.name)}`);
      if (f.has('role')) words.push(`role ${CREW_ROLE_LABELS[c.role]} → ${CREW_ROLE_LABELS[d.role]}`);
      if (words.length) add(3, 0, `Closed-set crew ${d.name}: ${listing(words)}`);
    },
  });
  keyed(A.garmentFittings, B.garmentFittings, {
    // A fitting enters or leaves a version with the garment worn: the garment's sentence says it.
    added: () => {},
    removed: () => {},
    changed: (g, h, f) => {
      if (f.has('status')) add(3, 0, `${possessive(personName(h.performerId))} fitting of ${fittingName(h)}: ${FITTING_STATUS_LABELS[g.status].toLowerCase()} → ${FITTING_STATUS_LABELS[h.status].toLowerCase()}`);
      else if (f.has('notes')) add(3, 0, `${possessive(personName(h.performerId))} fitting notes for ${fittingName(h)} changed`);
    },
  });
  // The consent in force for everyone the version holds — the cast and their body doubles here — on both
  // sides (joining has its own sentence).
  for (const t of consentLines(A, B, sceneId, personName)) add(4, 0, t);

  return lines
    .map((l, i) => ({ ...l, i }))
    .sort((x, y) => x.group - y.group || x.beat - y.beat || x.i - y.i)
    .map((l) => l.text);
}

/** Calls back for each record only in `a`, only in `b`, or in both with different fields. */
function keyed<T extends { readonly id: string }>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  on: { added(r: T): unknown; removed(r: T): unknown; changed(before: T, after: T, fields: Set<string>): unknown },
): void {
  const sorted = (m: Readonly<Record<string, T>>) => Object.values(m).sort((x, y) => ((x as { createdAt?: string }).createdAt ?? '').localeCompare((y as { createdAt?: string }).createdAt ?? '') || x.id.localeCompare(y.id));
  for (const r of sorted(a)) if (!b[r.id]) on.removed(r);
  for (const r of sorted(b)) {
    const old = a[r.id];
    if (!old) on.added(r);
    else {
      const fields = changedFields(old, r);
      fields.delete('updatedAt');
      if (fields.size) on.changed(old, r, fields);
    }
  }
}

/**
 * The beats that moved, by the longest run of beats that kept their relative order: each beat outside
 * it "moved before beat N" (the next kept beat, by its number in the earlier version) or "moved after".
 */
function moves(before: readonly Beat[], after: readonly Beat[]): Line[] {
  const oldIndex = new Map(before.map((b, i) => [b.id, i]));
  const seq = after.map((b) => oldIndex.get(b.id)!);
  // Longest increasing subsequence of old indexes (O(n²): scenes have tens of beats).
  const len = seq.map(() => 1);
  const prev = seq.map(() => -1);
  for (let i = 0; i < seq.length; i++) for (let j = 0; j < i; j++) if (seq[j]! < seq[i]! && len[j]! + 1 > len[i]!) ((len[i] = len[j]! + 1), (prev[i] = j));
  let end = len.length ? len.indexOf(Math.max(...len)) : -1;
  const kept = new Set<number>();
  for (; end >= 0; end = prev[end]!) kept.add(end);
  const out: Line[] = [];
  after.forEach((b, i) => {
    if (kept.has(i)) return;
    const old = before[seq[i]!]!;
    const nextKept = after.findIndex((_, j) => j > i && kept.has(j));
    const prevKept = [...after.keys()].filter((j) => j < i && kept.has(j)).pop();
    const where =
      nextKept >= 0 ? `before beat ${beatNumber(before[seq[nextKept]!]!)}` : prevKept !== undefined ? `after beat ${beatNumber(before[seq[prevKept]!]!)}` : 'in the strip';
    const now = beatNumber(b) !== beatNumber(old) ? ` (now beat ${beatNumber(b)})` : '';
    out.push({ group: 2, beat: beatNumber(b), text: `Beat ${beatNumber(old)} moved ${where}${now}` });
  });
  return out;
}

function beatChanges(a: Beat, b: Beat): string[] {
  const out: string[] = [];
  if (a.description !== b.description) out.push(`description changed — ${quote(a.description)} → ${quote(b.description)}`);
  if (a.counts !== b.counts) out.push(`counts ${sign(a.counts)} → ${sign(b.counts)}`);
  if (a.checkInAfter !== b.checkInAfter) out.push(b.checkInAfter ? 'check-in after this beat added' : 'check-in after this beat removed');
  if (a.notes !== b.notes) out.push('notes changed');
  return out;
}

const SCENE_TEXT_FIELDS: readonly [keyof Scene, string][] = [
  ['number', 'Scene number'],
  ['title', 'Scene title'],
  ['scriptPages', 'Script pages'],
  ['setLocation', 'Set / location'],
  ['shootDate', 'Shoot date'],
  ['callTime', 'Call time'],
  ['toneNotes', 'Tone notes'],
  ['guardianNote', 'Guardian / chaperone note'],
  ['monitorPolicy', 'Monitor policy'],
  ['pauseWord', 'Pause word'],
  ['pauseGesture', 'Pause gesture'],
  ['robes', 'Robes'],
  ['checkInCadence', 'Check-in cadence'],
];

function sceneLines(a: Scene, b: Scene, A: DocRecords, B: DocRecords, personName: (id: string) => string): string[] {
  const out: string[] = [];
  for (const [field, label] of SCENE_TEXT_FIELDS) if (a[field] !== b[field]) out.push(`${label}: ${quote(String(a[field] ?? ''))} → ${quote(String(b[field] ?? ''))}`);
  if (a.status !== b.status) out.push(`Status: ${SCENE_STATUS_LABELS[a.status]} → ${SCENE_STATUS_LABELS[b.status]}`);
  if (a.tempoCpm !== b.tempoCpm) out.push(`Tempo: ${a.tempoCpm} → ${b.tempoCpm} counts per minute`);
  const flagsAdded = b.contentFlags.filter((f) => !a.contentFlags.includes(f)).map((f) => CONTENT_FLAG_LABELS[f].toLowerCase());
  const flagsRemoved = a.contentFlags.filter((f) => !b.contentFlags.includes(f)).map((f) => CONTENT_FLAG_LABELS[f].toLowerCase());
  if (flagsAdded.length) out.push(`Content: ${listing(flagsAdded)} added`);
  if (flagsRemoved.length) out.push(`Content: ${listing(flagsRemoved)} removed`);
  const joined = b.performerIds.filter((id) => !a.performerIds.includes(id));
  const left = a.performerIds.filter((id) => !b.performerIds.includes(id));
  for (const id of joined) out.push(`Cast: ${personName(id)} added`);
  for (const id of left) out.push(`Cast: ${personName(id)} removed`);
  const stayed = (ids: readonly string[], other: readonly string[]) => ids.filter((id) => other.includes(id)).join('|');
  if (stayed(a.performerIds, b.performerIds) !== stayed(b.performerIds, a.performerIds)) out.push('Cast: billing order changed');
  const crewName = (id: string) => (B.crew[id] ?? A.crew[id])?.name ?? 'a crew member no longer listed';
  for (const id of b.closedSetCrewIds.filter((id) => !a.closedSetCrewIds.includes(id))) out.push(`Closed set: ${crewName(id)} added`);
  for (const id of a.closedSetCrewIds.filter((id) => !b.closedSetCrewIds.includes(id))) out.push(`Closed set: ${crewName(id)} removed`);
  if (stayed(a.closedSetCrewIds, b.closedSetCrewIds) !== stayed(b.closedSetCrewIds, a.closedSetCrewIds)) out.push('Closed set: order of the list changed');
  return out;
}

const pieceName = (p: SetPiece) => p.label || p.type;
function pieceChanges(a: SetPiece, b: SetPiece, f: Set<string>): string[] {
  const out: string[] = [];
  if (f.has('label')) out.push(`renamed from ${quote(a.label)}`);
  if (f.has('position') || f.has('rotationY')) out.push('moved');
  if (f.has('size')) out.push('resized');
  if (f.has('type')) out.push('type changed');
  if (f.has('color')) out.push('colour changed');
  return out;
}

function cameraChanges(a: Camera, b: Camera, f: Set<string>): string[] {
  const out: string[] = [];
  if (f.has('name')) out.push(`renamed from ${quote(a.name)}`);
  if (f.has('sensor')) out.push(`sensor ${a.sensor.widthMm} × ${a.sensor.heightMm} mm → ${b.sensor.widthMm} × ${b.sensor.heightMm} mm`);
  if (f.has('aspect')) out.push(`aspect ratio ${a.aspect} → ${b.aspect}`);
  return out;
}

function shotChanges(a: CameraPlacement, b: CameraPlacement, f: Set<string>): string[] {
  const out: string[] = [];
  if (f.has('hidden')) out.push(b.hidden ? 'not used in this beat' : 'used in this beat');
  if (f.has('position') || f.has('target') || f.has('rollDeg')) out.push('moved or re-aimed');
  if (f.has('focalLengthMm')) out.push(`lens ${a.focalLengthMm} → ${b.focalLengthMm} mm`);
  if (f.has('shotSize')) out.push(`shot size ${a.shotSize ?? 'not set'} → ${b.shotSize ?? 'not set'}`);
  return out;
}

function placementChanges(a: Placement, b: Placement, f: Set<string>): string[] {
  const out: string[] = [];
  if (f.has('hidden')) out.push(b.hidden ? 'off stage in this beat' : 'on stage in this beat');
  if (f.has('position') || f.has('rotationY')) out.push('position changed');
  if (f.has('pose') || f.has('pins')) out.push('pose changed');
  if (f.has('costumeOff')) {
    const bare = b.costumeOff.filter((r) => !a.costumeOff.includes(r)).map(regionWords);
    const covered = a.costumeOff.filter((r) => !b.costumeOff.includes(r)).map(regionWords);
    if (bare.length) out.push(`costume now leaves bare the ${listing(bare)}`);
    if (covered.length) out.push(`costume now covers the ${listing(covered)}`);
  }
  return out;
}

function hiddenContactChanges(a: Contact, b: Contact, f: Set<string>): string[] {
  const out: string[] = [];
  if (f.has('initiator') || f.has('receiver')) out.push('the point of contact moved on the same region');
  if (f.has('type')) out.push(`kind of touch ${CONTACT_TYPE_WORDS[a.type]} → ${CONTACT_TYPE_WORDS[b.type]}, unused while an alternative to touch is chosen`);
  if (f.has('pressure')) out.push(`pressure ${a.pressure} → ${b.pressure}, unused in this contact`);
  if (f.has('kiss')) out.push('kiss details changed, unused in this contact');
  if (f.has('beatId')) out.push('moved from another beat');
  if (f.has('notes')) out.push('notes changed');
  return out;
}

function performerChanges(a: Performer, b: Performer, f: Set<string>, personName: (id: string) => string): string[] {
  const out: string[] = [];
  if (f.has('name')) out.push(`name ${quote(a.name)} → ${quote(b.name)}`);
  if (f.has('character')) out.push(`character ${quote(a.character)} → ${quote(b.character)}`);
  if (f.has('pronouns')) out.push(`pronouns ${quote(a.pronouns)} → ${quote(b.pronouns)}`);
  if (f.has('heightCm')) out.push(`height ${a.heightCm} → ${b.heightCm} cm`);
  if (f.has('isMinor')) out.push(b.isMinor ? 'now marked as a minor' : 'no longer marked as a minor');
  if (f.has('doublesFor')) {
    const was = a.doublesFor ? personName(a.doublesFor) : null;
    if (b.doublesFor) out.push(`now a body double for ${personName(b.doublesFor)}${was ? `, no longer for ${was}` : ''}`);
    else out.push(`no longer a body double${was ? ` for ${was}` : ''}`);
  }
  if (f.has('color')) out.push('label colour of their mannequin changed');
  return out;
}

function barrierChanges(a: Barrier, b: Barrier, f: Set<string>, personName: (id: string) => string, names: ContactNames): string[] {
  const out: string[] = [];
  if (f.has('type')) out.push(`was a ${BARRIER_CATALOGUE[a.type].label}`);
  if (f.has('position') || f.has('rotationY')) out.push('moved');
  if (f.has('size')) out.push('resized');
  if (f.has('attachedTo')) {
    const to = b.attachedTo;
    out.push(!to ? 'now free-standing' : to.kind === 'region' ? `now rests against ${possessive(personName(to.performerId))} ${regionWords(to.region)}` : `now rests against the ${names.setPiece(to.setPieceId, [0, 0, 0]).label}`);
  }
  if (f.has('notes')) out.push('notes changed');
  return out;
}

const garmentName = (g: Pick<Garment, 'type'>) => GARMENT_LABELS[g.type].replace(/^an? /, '');
const fittingName = (g: Pick<GarmentFitting, 'type'>) => GARMENT_LABELS[g.type].replace(/^an? /, '');
const barrierName = (b: Pick<Barrier, 'type'>) => BARRIER_CATALOGUE[b.type].label;

