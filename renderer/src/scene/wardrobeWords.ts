import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import type { ContactType, TouchAlternative } from '../../../shared/domain/contact';
import type { KissSpec } from '../../../shared/domain/contact';
import { NUDITY_TYPE_LABELS, type NudityType } from '../../../shared/body/nudity';
import { contactSentence, type ContactNames, type ContactWords } from '../../../shared/body/contactSentence';

// Words and groupings the contact and wardrobe panels show. Pure (no React, no store), so the beat
// cards can use them without loading the 3D chunk, and unit tests can read them.

/** Contact types as the panel's choices: what the initiator does (the verb of contactSentence). */
export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, string>> = {
  handRest: 'Rests on',
  handHold: 'Holds',
  handStroke: 'Travels along',
  handGrip: 'Grips',
  embrace: 'Wraps around (embrace)',
  kiss: 'Kiss',
  weightBearing: 'Bears weight on (weight share / lift)',
  bodyPress: 'Presses against',
  lean: 'Leans on',
  simulatedThrusting: 'Simulated pelvic movement (needs barriers)',
};

export const TOUCH_ALTERNATIVE_LABELS: Readonly<Record<TouchAlternative, string>> = {
  none: 'None: the contact happens',
  hover: 'Hover',
  followHands: 'Follow hands',
  handOnHand: 'Hand on hand',
  lookOnly: 'Look only',
};

export const MOUTH_LABELS: Readonly<Record<KissSpec['mouth'], string>> = { closed: 'Mouth closed', open: 'Mouth open' };
export const HEAD_TILT_LABELS: Readonly<Record<KissSpec['headTilt'], string>> = { none: 'No tilt', left: 'Tilted left', right: 'Tilted right' };

/** The body regions by area (shoulder blades with the chest and back), for region selects and the costume checklist. */
export const REGION_GROUPS: readonly { readonly label: string; readonly regions: readonly BodyRegionId[] }[] = [
  { label: 'Head and neck', regions: ['head', 'face', 'lips', 'leftEar', 'rightEar', 'neck', 'nape'] },
  { label: 'Shoulders and arms', regions: ['leftShoulder', 'rightShoulder', 'leftUpperArm', 'rightUpperArm', 'leftForearm', 'rightForearm', 'leftHand', 'rightHand'] },
  { label: 'Chest and back', regions: ['chest', 'leftBreast', 'rightBreast', 'leftNipple', 'rightNipple', 'leftShoulderBlade', 'rightShoulderBlade'] },
  { label: 'Waist and hips', regions: ['abdomen', 'leftWaist', 'rightWaist', 'lowerBack', 'leftButtock', 'rightButtock', 'groin'] },
  {
    label: 'Legs and feet',
    regions: ['leftInnerThigh', 'rightInnerThigh', 'leftThigh', 'rightThigh', 'leftKnee', 'rightKnee', 'leftLowerLeg', 'rightLowerLeg', 'leftFoot', 'rightFoot'],
  },
];

export const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** "Right hand": a region's label as a choice in a list. */
export const regionChoice = (region: BodyRegionId) => capitalise(BODY_REGIONS[region].label);

/** The plural of a region's label without its side: "nipples", "feet", "sides of waist". */
function plural(label: string): string {
  if (label === 'foot') return 'feet';
  const of = label.indexOf(' of ');
  if (of > 0) return `${label.slice(0, of)}s${label.slice(of)}`;
  return `${label}s`;
}

/**
 * Regions in words, a left/right pair said once: ["leftNipple", "rightNipple", "chest"] →
 * "upper chest and nipples" (BODY_REGION_IDS order; "left nipple" when only one side).
 */
export function regionsInWords(regions: readonly BodyRegionId[]): string {
  const set = new Set(regions);
  const words: string[] = [];
  for (const id of BODY_REGION_IDS) {
    if (!set.has(id)) continue;
    const region = BODY_REGIONS[id];
    if (region.side === 'right' && set.has(`left${id.slice(5)}` as BodyRegionId)) continue; // said with its left
    if (region.side === 'left' && set.has(`right${id.slice(4)}` as BodyRegionId)) {
      words.push(plural(region.label.replace(/^left /, '')));
    } else words.push(region.label);
  }
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The nudity line of a performer in a beat: "Uncovered: none — in costume", or the nudity state and
 * what is uncovered ("Topless — nipples uncovered"; "No nudity — upper chest uncovered").
 */
export function nudityLine(uncovered: readonly BodyRegionId[], state: NudityType): string {
  if (uncovered.length === 0) return 'Uncovered: none — in costume';
  return `${capitalise(NUDITY_TYPE_LABELS[state])} — ${regionsInWords(uncovered)} uncovered`;
}

/** The first `shown` sentences of a beat's contacts and how many more there are ("and 2 more"). */
export function contactSummary<T>(sentences: readonly T[], shown = 2): { readonly lines: readonly T[]; readonly more: string | null } {
  const rest = sentences.length - shown;
  return { lines: sentences.slice(0, shown), more: rest > 0 ? `and ${rest} more` : null };
}

/** A row of the costume checklist: a region said once, with its left and right sides when it has them ("Breast: L R"). */
export interface ChecklistRow {
  readonly label: string;
  readonly left: BodyRegionId;
  readonly right: BodyRegionId | null;
  readonly intimate: boolean;
}

/** The regions of a group as checklist rows: a left/right pair becomes one row ("Shoulder blade"), in the group's order. */
export function checklistRows(regions: readonly BodyRegionId[]): ChecklistRow[] {
  const rows: ChecklistRow[] = [];
  for (const id of regions) {
    const region = BODY_REGIONS[id];
    if (region.side === 'right' && regions.includes(`left${id.slice(5)}` as BodyRegionId)) continue;
    if (region.side === 'left') {
      const right = `right${id.slice(4)}` as BodyRegionId;
      const paired = regions.includes(right);
      rows.push({ label: capitalise(paired ? region.label.replace(/^left /, '') : region.label), left: id, right: paired ? right : null, intimate: region.intimate });
    } else rows.push({ label: capitalise(region.label), left: id, right: null, intimate: region.intimate });
  }
  return rows;
}

/** A contact sentence and its pieces: the even ones are the app's words, the odd ones names (user text, isolated when shown). */
export interface SentenceParts {
  readonly text: string;
  readonly parts: readonly string[];
}

const NAME_MARK = '\u0000';
const marked = (name: string) => `${NAME_MARK}${name.replaceAll(NAME_MARK, '')}${NAME_MARK}`;

/**
 * contactSentence, with where the names are: so a name in another script (Hebrew, Arabic) is shown
 * isolated (<bdi>) inside the English sentence instead of turning it round.
 */
export function contactSentenceParts(contact: ContactWords, names: ContactNames): SentenceParts {
  const sentence = contactSentence(contact, {
    performer: (id) => marked(names.performer(id)),
    setPiece: (id, offset) => {
      const piece = names.setPiece(id, offset);
      return { label: marked(piece.label), part: piece.part ?? null };
    },
  });
  const parts = sentence.split(NAME_MARK);
  return { text: parts.join(''), parts };
}
