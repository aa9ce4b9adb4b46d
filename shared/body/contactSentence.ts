import type { Vec3 } from '../domain/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import type { ContactFields, ContactType, KissSpec, TouchAlternative } from '../domain/contact';
import type { PerformerId, SetPieceId } from '../domain/ids';

/**
 * How the caller names people and set pieces, so it decides what a copy may show (a performer's copy of
 * the sheet may name others differently). `part` is where on the piece, if the caller knows it ("headboard").
 */
export interface ContactNames {
  performer(id: PerformerId): string;
  setPiece(id: SetPieceId, offset: Vec3): { readonly label: string; readonly part?: string | null };
}

export type ContactWords = Pick<ContactFields, 'initiator' | 'receiver' | 'type' | 'kiss' | 'pressure' | 'fromCount' | 'toCount' | 'alternative'>;

/** "right hand rests on left shoulder blade": what the initiator's region does to the target. */
const ACTION: Readonly<Record<Exclude<ContactType, 'kiss'>, (from: string, to: string) => string>> = {
  handRest: (from, to) => `${from} rests on ${to}`,
  handHold: (from, to) => `${from} holds ${to}`,
  handStroke: (from, to) => `${from} travels along ${to}`,
  handGrip: (from, to) => `${from} grips ${to}`,
  embrace: (from, to) => `${from} wraps around ${to}`,
  weightBearing: (from, to) => `${from} bears weight on ${to}`,
  bodyPress: (from, to) => `${from} presses against ${to}`,
  lean: (from, to) => `${from} leans on ${to}`,
  simulatedThrusting: (from, to) => `simulated pelvic movement, ${from} against ${to}`,
};

const INSTEAD: Readonly<Record<Exclude<TouchAlternative, 'none'>, (to: string) => string>> = {
  hover: (to) => `hover over ${to} instead of touch`,
  followHands: (to) => `follow hands at ${to} instead of touch`,
  handOnHand: (to) => `hand on hand at ${to} instead of touch`,
  lookOnly: (to) => `look only, towards ${to}, instead of touch`,
};

function kissWords(kiss: KissSpec | null, to: string): string {
  if (!kiss) return `kiss on ${to}`;
  const parts = [`${kiss.mouth === 'closed' ? 'closed-mouth' : 'open-mouth'} kiss on ${to}`];
  if (kiss.noTongue) parts.push('no tongue');
  if (kiss.headTilt !== 'none') parts.push(`head tilted ${kiss.headTilt}`);
  return parts.join(', ');
}

function countWords(from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return from === to ? `count ${from}` : `counts ${from}–${to}`;
  if (from !== null) return `from count ${from}`;
  if (to !== null) return `until count ${to}`;
  return null; // the whole beat
}

const regionLabel = (region: BodyRegionId) => BODY_REGIONS[region].label;

/**
 * A contact in clinical words, for beat cards, the Blocking panel and the sheet:
 * "Ruth → Tom: right hand rests on left shoulder blade, light, counts 3–6";
 * "Ruth → Tom: closed-mouth kiss on the lips, no tongue, head tilted left, counts 1–2";
 * "Tom: left hand rests on the headboard (Double bed), medium"; "Tom: right hand rests on own left thigh, light";
 * "Ruth → Tom: hover over left shoulder blade instead of touch, counts 3–6".
 * Pressure is left out of kisses and of alternatives to touch (nothing presses).
 */
export function contactSentence(contact: ContactWords, names: ContactNames): string {
  const initiator = names.performer(contact.initiator.performerId);
  const to = contact.receiver;
  let who = initiator;
  let target: string;
  let kissTarget: string;
  if (to.kind === 'performer') {
    who = `${initiator} → ${names.performer(to.performerId)}`;
    target = regionLabel(to.region);
    kissTarget = `the ${target}`;
  } else if (to.kind === 'self') {
    target = `own ${regionLabel(to.region)}`;
    kissTarget = target;
  } else {
    const piece = names.setPiece(to.setPieceId, to.offset);
    target = piece.part ? `the ${piece.part} (${piece.label})` : `the ${piece.label}`;
    kissTarget = target;
  }

  const parts: string[] = [];
  if (contact.alternative !== 'none') parts.push(INSTEAD[contact.alternative](target));
  else if (contact.type === 'kiss') parts.push(kissWords(contact.kiss, kissTarget));
  else parts.push(ACTION[contact.type](regionLabel(contact.initiator.region), target), contact.pressure);
  const counts = countWords(contact.fromCount, contact.toCount);
  if (counts) parts.push(counts);
  return `${who}: ${parts.join(', ')}`;
}
