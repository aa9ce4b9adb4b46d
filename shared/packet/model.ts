import { contactSentence, type ContactNames } from '../body/contactSentence';
import { GARMENT_CATALOGUE } from '../body/garmentCatalogue';
import { nudityState, uncoveredRegions } from '../body/nudity';
import { beatFloorPlanInput } from '../diagrams/beatFloorPlan';
import { floorPlanSvg } from '../diagrams/floorPlan';
import { beatNumber, type Beat } from '../domain/beat';
import { BODY_REGIONS, BODY_REGION_IDS, type BodyRegionId } from '../domain/bodyRegions';
import { CONSENT_CHANNELS, NUDITY_TYPE_LABELS, type ConsentChannel } from '../domain/consent';
import type { PerformerId } from '../domain/ids';
import type { Performer } from '../domain/people';
import type { Production } from '../domain/production';
import type { Scene } from '../domain/scene';
import { FITTING_STATUS_LABELS } from '../domain/wardrobe';
import { barrierWords, stageName } from '../sheet/beats';
import { boundaryMap } from '../records/consentQuery';
import { visibleTo, type Reader } from '../records/privacy';
import { barriersOfBeat, beatsOfScene, cameraInBeat, castOfScene, contactsOfBeat, garmentsOfBeat, placementsOfBeat, type DocRecords } from '../records/query';
import type { PacketBeatPage, PacketChoices, PacketCover, PacketModel, PacketPaper, PacketPrivate, PacketStill, PacketVersionState } from './types';

/** A packet that cannot be made, in words the export dialog shows as they are. */
export class PacketError extends Error {}

/**
 * The plan's largest size on a landscape beat page, millimetres: the right-hand column's width, and
 * less height when the chosen camera's still sits under it. Printed at 100 % so the scale stays true.
 */
export function planBoxMm(paper: PacketPaper, cameraStill: boolean): readonly [number, number] {
  const width = paper === 'a4' ? 118 : 108;
  return [width, cameraStill ? (paper === 'a4' ? 42 : 46) : paper === 'a4' ? 90 : 95];
}

export interface PacketSource {
  /** The production's records (live document or a version's), unfiltered: privacy is applied here. */
  readonly doc: DocRecords;
  readonly production: Pick<Production, 'title' | 'company' | 'episode' | 'units'>;
  /** The issued version printed from, with its sign-off lines; null for the working draft. */
  readonly version: PacketVersionState | null;
  /** When the packet is made (ISO). */
  readonly now: string;
}

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Mon 14 Dec 2026" from "2026-12-14" (a calendar date: no time zone involved). */
function dayWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[day]} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2 Dec 2026 13:40 UTC" from an ISO time. */
function timeWords(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const hh = String(t.getUTCHours()).padStart(2, '0');
  const mm = String(t.getUTCMinutes()).padStart(2, '0');
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${hh}:${mm} UTC`;
}

function readerOf(choices: PacketChoices): Reader {
  return choices.audience.kind === 'performer' ? { kind: 'performer', performerId: choices.audience.performerId } : { kind: 'crew' };
}

/**
 * The rehearsal packet for one scene and one audience. Privacy first: the document is filtered by
 * `visibleTo` for the reader (the full-cast copy reads as the crew: no one's boundaries, riders,
 * fittings or contact details), and garment notes are printed only on their wearer's own copy.
 * Throws `PacketError` for a scene, beat, performer or camera the production does not have.
 */
export function buildPacketModel(source: PacketSource, choices: PacketChoices): PacketModel {
  const scene = source.doc.scenes[choices.sceneId];
  if (!scene || scene.deletedAt) throw new PacketError('That scene is not in this production (it may have been deleted).');
  const cast = castOfScene(source.doc, scene.id);
  const audience = choices.audience;
  if (audience.kind === 'performer' && !cast.some((p) => p.id === audience.performerId)) {
    throw new PacketError(`That performer is not in the cast of scene ${scene.number}: a performer’s packet is for someone in the scene.`);
  }
  const doc = visibleTo(source.doc, readerOf(choices));
  const all = beatsOfScene(doc, scene.id);
  if (!all.length) throw new PacketError(`Scene ${scene.number} has no beats yet: there is nothing to print.`);
  const wanted = choices.beatIds === null ? null : new Set(choices.beatIds);
  if (wanted) {
    const unknown = [...wanted].filter((id) => !all.some((b) => b.id === id));
    if (unknown.length) throw new PacketError(`${unknown.length === 1 ? 'A chosen beat is' : `${unknown.length} chosen beats are`} not in scene ${scene.number}.`);
    if (!wanted.size) throw new PacketError('Choose at least one beat to print.');
  }
  if (choices.cameraId !== null && !doc.cameras[choices.cameraId]) throw new PacketError('That camera is not in this production.');
  const beats = wanted ? all.filter((b) => wanted.has(b.id)) : all;

  const readerId = audience.kind === 'performer' ? audience.performerId : null;
  const me = readerId ? (cast.find((p) => p.id === readerId) ?? null) : null;
  const version = source.version;
  const versionLabel = !version ? 'Draft — not issued' : version.draftChanged ? `Draft — changed since version ${version.number}` : `Version ${version.number} · #${version.hash.slice(0, 12)}`;
  const production = source.production.title || 'Untitled production';

  const cover: PacketCover = {
    production,
    company: source.production.company,
    episode: source.production.episode,
    sceneNumber: scene.number,
    sceneTitle: scene.title,
    scriptPages: scene.scriptPages,
    set: scene.setLocation,
    shootDate: scene.shootDate ? `${dayWords(scene.shootDate)}${scene.callTime ? `, call ${scene.callTime}` : ''}` : 'Not scheduled yet',
    version: versionLabel,
    signoff: !version
      ? ['This packet is printed from the working draft. No version has been issued, so nobody has signed this choreography.']
      : [
          version.draftChanged
            ? `The staging has changed since version ${version.number} (issued ${timeWords(version.issuedAt)}): these pages show the working draft, which nobody has signed.`
            : `Version ${version.number}, issued ${timeWords(version.issuedAt)}.`,
          ...(version.signoffs.length ? version.signoffs : [`Nobody has signed version ${version.number} yet.`]),
        ],
    copyFor: me ? `${me.name} (${stageName(me)}) — performer’s copy` : 'Full cast — staging only, no private consent data',
    cast: cast.map((p) => ({ label: stageName(p), text: p.character ? p.name : '' })),
    safety: safetyLines(scene),
    beats: beats.map((b) => ({ number: beatNumber(b), counts: b.counts ? `${b.counts} counts` : '', description: b.description.trim(), checkIn: b.checkInAfter })),
    printed: `Printed ${timeWords(source.now)}`,
  };

  return {
    sceneId: scene.id,
    audience,
    paper: choices.paper,
    running: [production, `Sc. ${scene.number}`, version && !version.draftChanged ? `v${version.number}` : 'Draft'].join(' · '),
    confidential: 'CONFIDENTIAL — closed-set material',
    cover,
    private: me ? privatePart(doc, scene, me) : null,
    pages: beats.map((b) => beatPage(doc, source, scene, b, all, choices, readerId)),
  };
}

function safetyLines(scene: Scene): PacketCover['safety'] {
  return [
    { label: 'Pause word', text: scene.pauseWord },
    { label: 'Pause gesture', text: scene.pauseGesture },
    { label: 'Check-ins', text: scene.checkInCadence },
    { label: 'Robes', text: scene.robes },
    { label: 'Monitors', text: scene.monitorPolicy },
  ].filter((l) => l.text.trim());
}

const LIMIT_WORDS: Readonly<Record<ConsentChannel, string>> = { show: 'Not to be seen uncovered', receive: 'Not to be touched', give: 'Will not touch on a partner' };

/** A list of regions in words: "lips, left breast, groin". */
const regionsInWords = (ids: readonly BodyRegionId[]) => ids.map((id) => BODY_REGIONS[id].label).join(', ');

/** The reader's own consent in this scene, from a document that holds only theirs. */
function privatePart(doc: DocRecords, scene: Scene, me: Performer): PacketPrivate {
  const map = boundaryMap(doc, me.id, scene.id);
  const limits: string[] = [];
  const notes: string[] = [];
  for (const channel of CONSENT_CHANNELS) {
    const no = BODY_REGION_IDS.filter((r) => map[r][channel].value === 'notAgreed');
    const ask = BODY_REGION_IDS.filter((r) => map[r][channel].value === 'discuss');
    if (no.length) limits.push(`${LIMIT_WORDS[channel]}: ${regionsInWords(no)}`);
    if (ask.length) limits.push(`${LIMIT_WORDS[channel]} unless agreed first (needs discussion): ${regionsInWords(ask)}`);
    for (const r of BODY_REGION_IDS) if (map[r][channel].note.trim()) notes.push(`${cap(BODY_REGIONS[r].label)}: ${map[r][channel].note.trim()}`);
  }
  const fittings = Object.values(doc.garmentFittings)
    .filter((f) => f.performerId === me.id && !f.deletedAt)
    .map((f) => `${cap(GARMENT_CATALOGUE[f.type].label)}: ${FITTING_STATUS_LABELS[f.status].toLowerCase()}${f.notes.trim() ? ` — ${f.notes.trim()}` : ''}`);
  return { who: `${me.name} (${stageName(me)})`, limits, notes: [...new Set(notes)], fittings };
}

function beatPage(doc: DocRecords, source: PacketSource, scene: Scene, beat: Beat, all: readonly Beat[], choices: PacketChoices, readerId: string | null): PacketBeatPage {
  const cast = castOfScene(doc, scene.id);
  const nameOf = (id: string) => {
    const p = doc.performers[id];
    return p ? stageName(p) : 'a performer no longer in the production';
  };
  const names: ContactNames = { performer: (id: PerformerId) => nameOf(id), setPiece: (id) => ({ label: doc.setPieces[id]?.label.toLowerCase() || 'set piece' }) };
  const contacts = contactsOfBeat(doc, beat.id);
  const involves = (c: (typeof contacts)[number]) => c.initiator.performerId === readerId || (c.receiver.kind === 'performer' && c.receiver.performerId === readerId);
  const ordered = readerId ? [...contacts.filter(involves), ...contacts.filter((c) => !involves(c))] : contacts;

  const garments = garmentsOfBeat(doc, beat.id);
  const garmentLines = cast.flatMap((p) => {
    const worn = garments.filter((g) => g.performerId === p.id);
    if (!worn.length) return [];
    return [`${stageName(p)}: ${worn.map((g) => `${GARMENT_CATALOGUE[g.type].label}${p.id === readerId && g.notes.trim() ? ` (${g.notes.trim()})` : ''}`).join(', ')}`];
  });
  const nudity = placementsOfBeat(doc, beat.id)
    .filter((pl) => !pl.hidden)
    .flatMap((pl) => {
      const uncovered = uncoveredRegions(
        pl.costumeOff,
        garments.filter((g) => g.performerId === pl.performerId).map((g) => g.type),
      );
      const state = nudityState(uncovered);
      return state === 'none' ? [] : [`${nameOf(pl.performerId)}: ${NUDITY_TYPE_LABELS[state]} — uncovered: ${regionsInWords(uncovered)}`];
    });

  const stills: PacketStill[] = [];
  if (choices.stills) {
    stills.push({ view: { kind: 'rehearsal' }, caption: 'Rehearsal view — from the audience side, above' });
    const cam = choices.cameraId ? cameraInBeat(doc, choices.cameraId, beat.id) : null;
    if (cam && !cam.hidden) stills.push({ view: { kind: 'camera', cameraId: cam.id }, caption: `${cam.name} · ${Math.round(cam.focalLengthMm * 10) / 10} mm · ${cam.aspect} — what the lens sees` });
  }

  const number = beatNumber(beat);
  const box = planBoxMm(choices.paper, stills.length > 1);
  const plan = floorPlanSvg(beatFloorPlanInput(doc, scene.id, beat.id, [], source.production.units), {
    maxWidthMm: box[0],
    maxHeightMm: box[1],
    minScale: choices.scale === 'fit' ? 0 : choices.scale,
  });
  const before = all.slice(0, all.indexOf(beat));
  const start = before.every((b) => b.counts) ? before.reduce((n, b) => n + (b.counts ?? 0), 0) + 1 : null;
  return {
    beatId: beat.id,
    number,
    total: all.length,
    description: beat.description.trim(),
    counts: beat.counts ? `${beat.counts} counts` : '',
    countsRange: beat.counts && start !== null ? `counts ${start}–${start + beat.counts - 1} of the scene` : '',
    checkIn: beat.checkInAfter,
    notes: beat.notes.trim(),
    contacts: ordered.map((c) => contactSentence(c, names)),
    garments: garmentLines,
    barriers: barriersOfBeat(doc, beat.id).map((b) => barrierWords(doc, b, false)),
    nudity,
    stills,
    floorPlanSvg: plan.svg,
    floorPlanScale: plan.scale,
    scaleNote: choices.scale !== 'fit' && plan.scale !== choices.scale ? `1:${choices.scale} does not fit this page: drawn at 1:${plan.scale}.` : '',
    involvesReader: readerId !== null && contacts.some(involves),
  };
}

/** Pages the packet prints: the cover, the performer's own consent page on their copy, one per beat. */
export function packetPageCount(model: Pick<PacketModel, 'private' | 'pages'>): number {
  return 1 + (model.private ? 1 : 0) + model.pages.length;
}
