import { contactSentence, type ContactNames } from '../body/contactSentence';
import { GARMENT_CATALOGUE } from '../body/garmentCatalogue';
import { nudityState, uncoveredRegions } from '../body/nudity';
import { beatNumber, type Beat } from '../domain/beat';
import type { CameraSetup, ShotSize } from '../domain/blocking';
import { BODY_REGIONS } from '../domain/bodyRegions';
import { NUDITY_TYPE_LABELS } from '../domain/consent';
import type { PerformerId } from '../domain/ids';
import type { Performer } from '../domain/people';
import type { Scene } from '../domain/scene';
import { BARRIER_CATALOGUE, type Barrier } from '../domain/wardrobe';
import { floorPlanSvg } from '../diagrams/floorPlan';
import type { Reader } from '../records/privacy';
import { barriersOfBeat, castOfScene, contactsOfBeat, garmentsOfBeat, placementsOfBeat, setPiecesOfScene, visibleCamerasOfBeat, type DocRecords } from '../records/query';
import { regionsInWords } from './consentSummary';
import { exposureOfBeat, inFrameOfBeat } from '../exposure';
import type { SheetBeat, SheetCamera } from './types';

const SHOT_WORDS: Readonly<Record<ShotSize, string>> = { wide: 'wide', full: 'full shot', medium: 'medium', mediumCloseUp: 'medium close-up', closeUp: 'close-up' };


/** How performers are named in the choreography: by character, as the script does ("Ruth"). */
export const stageName = (p: Pick<Performer, 'name' | 'character'>) => p.character || p.name;

/** "50 mm, medium close-up, 2.39:1". */
function cameraSetupWords(c: CameraSetup): string {
  return [`${Math.round(c.focalLengthMm * 10) / 10} mm`, c.shotSize ? SHOT_WORDS[c.shotSize] : '', c.aspect].filter(Boolean).join(', ');
}

/** A barrier in words ("Foam pad, against Ruth’s lower back"), with its notes unless `notes` is false (the rehearsal wall). */
export function barrierWords(doc: DocRecords, b: Barrier, notes = true): string {
  const name = BARRIER_CATALOGUE[b.type].label;
  const at = b.attachedTo;
  let where = '';
  if (at?.kind === 'region') {
    const p = doc.performers[at.performerId];
    where = p ? `, against ${stageName(p)}’s ${BODY_REGIONS[at.region].label}` : '';
  } else if (at?.kind === 'setPiece') {
    const piece = doc.setPieces[at.setPieceId];
    where = piece ? `, on the ${piece.label}` : '';
  }
  return `${name[0]!.toUpperCase()}${name.slice(1)}${where}${notes && b.notes.trim() ? ` — ${b.notes.trim()}` : ''}`;
}

/**
 * One beat as the sheet prints it, from a document already filtered for the reader. Garment notes are
 * the wearer's: a performer's copy shows their own and no one else's; the crew copy shows none.
 */
export function sheetBeat(doc: DocRecords, scene: Scene, beat: Beat, total: number, reader: Reader, units: 'metric' | 'imperial'): SheetBeat {
  const cast = castOfScene(doc, scene.id);
  const byId = new Map<string, Performer>(cast.map((p) => [p.id, p]));
  const nameOf = (id: string) => {
    const p = byId.get(id) ?? doc.performers[id];
    return p ? stageName(p) : 'a performer no longer in the production';
  };
  const names: ContactNames = {
    performer: (id: PerformerId) => nameOf(id),
    setPiece: (id) => ({ label: doc.setPieces[id]?.label || 'set piece' }),
  };
  const contacts = contactsOfBeat(doc, beat.id).map((c) => `${contactSentence(c, names)}${c.notes.trim() ? ` — ${c.notes.trim()}` : ''}`);

  const garments = garmentsOfBeat(doc, beat.id);
  const ownNotes = (performerId: string) => reader.kind === 'coordinator' || (reader.kind === 'performer' && reader.performerId === performerId);
  const garmentLines = cast.flatMap((p) => {
    const worn = garments.filter((g) => g.performerId === p.id);
    if (!worn.length) return [];
    const items = worn.map((g) => `${GARMENT_CATALOGUE[g.type].label}${ownNotes(p.id) && g.notes.trim() ? ` (${g.notes.trim()})` : ''}`);
    return [`${stageName(p)}: ${items.join(', ')}`];
  });

  const placements = placementsOfBeat(doc, beat.id);
  const nudity = placements
    .filter((pl) => !pl.hidden)
    .map((pl) => {
      const uncovered = uncoveredRegions(
        pl.costumeOff,
        garments.filter((g) => g.performerId === pl.performerId).map((g) => g.type),
      );
      const state = nudityState(uncovered);
      const who = nameOf(pl.performerId);
      return state === 'none' ? `${who}: no nudity${uncovered.length ? ` (bare: ${regionsInWords(uncovered)})` : ''}` : `${who}: ${NUDITY_TYPE_LABELS[state]} — uncovered: ${regionsInWords(uncovered)}`;
    });

  const cameraSetups = visibleCamerasOfBeat(doc, beat.id);
  // What each camera records, from the exposure check (shared/exposure), phrased by its inFrame.ts.
  const inFrame = new Map(cameraSetups.length ? inFrameOfBeat(exposureOfBeat(doc, scene.id, beat.id), nameOf).map((c) => [c.cameraId, c]) : []);
  const cameras: SheetCamera[] = cameraSetups.map((c) => {
    const seen = inFrame.get(c.id);
    return { name: c.name, setup: cameraSetupWords(c), inFrame: seen ? `In frame: ${seen.performers.length ? seen.performers.map((p) => p.text).join('; ') : 'no performer'}` : null };
  });
  const number = beatNumber(beat);
  const plan = floorPlanSvg(
    {
      heading: [`Floor plan · Sc. ${scene.number} · Beat ${number} of ${total}`],
      setPieces: setPiecesOfScene(doc, scene.id),
      performers: cast.map((p) => ({
        label: stageName(p),
        legend: p.character ? p.name : '',
        color: p.color,
        heightCm: p.heightCm,
        placement: placements.find((pl) => pl.performerId === p.id) ?? null,
      })),
      cameras: cameraSetups,
      barriers: barriersOfBeat(doc, beat.id).map((b) => ({ label: BARRIER_CATALOGUE[b.type].label, position: b.position, rotationY: b.rotationY, size: b.size, color: BARRIER_CATALOGUE[b.type].color })),
      units,
    },
    { maxWidthMm: 88, maxHeightMm: 62 },
  );
  const first = cameraSetups[0];
  return {
    id: beat.id,
    number,
    counts: beat.counts ? `${beat.counts} counts` : '',
    description: beat.description.trim(),
    notes: beat.notes.trim(),
    contacts,
    garments: garmentLines,
    barriers: barriersOfBeat(doc, beat.id).map((b) => barrierWords(doc, b)),
    nudity,
    cameras,
    checkIn: beat.checkInAfter,
    floorPlanSvg: plan.svg,
    still: first ? { cameraId: first.id, caption: `${first.name}, ${cameraSetupWords(first)}` } : { cameraId: null, caption: 'Rehearsal view' },
  };
}
