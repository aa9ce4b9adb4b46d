import { Box3, Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { anchorWorld } from '../body/pick';
import { beatNumber, type Beat } from '../domain/beat';
import type { Placement } from '../domain/blocking';
import { BODY_REGIONS, GENITAL_REGION, type BodyRegionId } from '../domain/bodyRegions';
import type { Contact } from '../domain/contact';
import type { Barrier } from '../domain/wardrobe';
import { barriersOfBeat, castOfScene, contactsOfBeat, placementsOfBeat, setPiecesOfScene, type DocRecords } from '../records/query';
import { perBeatRule, type Finding, type Rule, type Severity } from './types';
import { peopleInContact, personName, regionWords, sceneName } from './wording';

/**
 * Rules about the contacts of each beat (issue "Contact points, modesty garments and barriers"):
 * the people in a contact are in the scene and on stage, a set piece touched is part of the set, and
 * no contact with anyone's groin / genitals happens without a physical barrier between the two bodies.
 */
type ContactCheck = (doc: DocRecords, beat: Beat, contact: Contact, where: string) => string | null;

function contactRule(code: string, severity: Severity, description: string, check: ContactCheck, readsGeometry = false): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    readsGeometry,
    checkBeat(doc: DocRecords, sceneId: string, beat: Beat): Finding[] {
      const scene = doc.scenes[sceneId];
      if (!scene) return [];
      return contactsOfBeat(doc, beat.id).flatMap((contact) => {
        const where = `In beat ${beatNumber(beat)} of ${sceneName(scene)}`;
        const message = check(doc, beat, contact, where);
        return message ? [{ code, severity, message, sceneId, beatId: beat.id, subject: { kind: 'contact' as const, id: contact.id } }] : [];
      });
    },
  });
}

const nameOf = personName;
const peopleOf = peopleInContact;
const region = regionWords;

export const CONTACT_NOT_IN_SCENE = contactRule(
  'contact.not-in-scene',
  'error',
  'Everyone in a contact is in the scene’s cast.',
  (doc, beat, contact, where) => {
    const cast = new Set<string>(castOfScene(doc, beat.sceneId).map((p) => p.id));
    const missing = peopleOf(contact).filter((id) => !cast.has(id));
    if (missing.length === 0) return null;
    const who = missing.map((id) => nameOf(doc, id)).join(' and ');
    return `${where}, ${who} ${missing.length > 1 ? 'are' : 'is'} in a contact but not in the scene's cast: add them to the scene or delete the contact.`;
  },
);

export const CONTACT_PERFORMER_HIDDEN = contactRule(
  'contact.performer-hidden',
  'error',
  'Nobody off stage (hidden) in a beat is in a contact in that beat.',
  (doc, beat, contact, where) => {
    const placements = placementsOfBeat(doc, beat.id);
    const hidden = peopleOf(contact).filter((id) => placements.find((p) => p.performerId === id)?.hidden);
    if (hidden.length === 0) return null;
    return `${where}, ${hidden.map((id) => nameOf(doc, id)).join(' and ')} ${hidden.length > 1 ? 'are' : 'is'} off stage (hidden) but in a contact: bring them on stage in this beat or delete the contact.`;
  },
);

export const CONTACT_SET_PIECE_GONE = contactRule('contact.set-piece-gone', 'error', 'A set piece touched in a contact is part of the scene’s set.', (doc, beat, contact, where) => {
  if (contact.receiver.kind !== 'setPiece') return null;
  const id = contact.receiver.setPieceId;
  if (setPiecesOfScene(doc, beat.sceneId).some((p) => p.id === id)) return null;
  return `${where}, ${nameOf(doc, contact.initiator.performerId)} touches a set piece that is no longer part of the set: choose another receiver or delete the contact.`;
});

export const CONTACT_COUNTS_BEYOND_BEAT = contactRule(
  'contact.counts-beyond-beat',
  'warning',
  'A contact’s counts lie within its beat’s counts.',
  (_doc, beat, contact, where) => {
    const last = contact.toCount ?? contact.fromCount;
    if (beat.counts === null || last === null || last <= beat.counts) return null;
    return `${where}, a contact runs to count ${last}, but the beat has ${beat.counts} counts: shorten the contact or lengthen the beat.`;
  },
);

/**
 * SAG-AFTRA: contact with the genitals without a physical barrier between the bodies is actual sex,
 * which is prohibited. A barrier counts when it rests against one of the two people, or when the point
 * of contact lies inside it or within 15 cm of it. An alternative to touch (hover, look only) is no contact.
 */
export const CONTACT_GENITAL_BARRIER = contactRule(
  'contact.genital-without-barrier',
  'block',
  'No contact with anyone’s groin / genitals without a physical barrier between the two bodies.',
  (doc, beat, contact, where) => {
    if (contact.receiver.kind !== 'performer' || contact.alternative === 'hover' || contact.alternative === 'lookOnly') return null;
    const regions = [contact.initiator.region, contact.receiver.region];
    if (!regions.includes(GENITAL_REGION)) return null;
    const barriers = barriersOfBeat(doc, beat.id);
    const pair = new Set<string>(peopleOf(contact));
    if (barriers.some((b) => b.attachedTo?.kind === 'region' && pair.has(b.attachedTo.performerId))) return null;
    const point = contactPoint(doc, beat, contact);
    if (point && barriers.some((b) => near(b, point, 0.15))) return null;
    const a = nameOf(doc, contact.initiator.performerId);
    const b = nameOf(doc, contact.receiver.performerId);
    return (
      `${where}, ${a}'s ${region(contact.initiator.region)} meets ${b}'s ${region(contact.receiver.region)} with no barrier between them. ` +
      `Contact with the groin / genitals always needs a physical barrier (a foam or neoprene pad, a cushion): add one at the point of contact, or change the contact.`
    );
  },
  true, // the point of contact lies where the two bodies are posed
);

/** The midpoint of the two anchored points of a contact between two performers, world metres. */
function contactPoint(doc: DocRecords, beat: Beat, contact: Contact): Vector3 | null {
  if (contact.receiver.kind !== 'performer') return null;
  const placements = placementsOfBeat(doc, beat.id);
  const a = anchor(doc, placements, contact.initiator.performerId, contact.initiator.region, contact.initiator.offset);
  const b = anchor(doc, placements, contact.receiver.performerId, contact.receiver.region, contact.receiver.offset);
  return a && b ? a.add(b).multiplyScalar(0.5) : null;
}

function anchor(doc: DocRecords, placements: readonly Placement[], performerId: string, regionId: BodyRegionId, offset: readonly number[]): Vector3 | null {
  const placement = placements.find((p) => p.performerId === performerId);
  const performer = doc.performers[performerId];
  if (!placement || !performer) return null;
  return new Vector3(...anchorWorld(placement, performer.heightCm, BODY_REGIONS[regionId].bone, [offset[0]!, offset[1]!, offset[2]!]));
}

/** Whether a point is inside the barrier's box grown by `margin` metres. */
function near(barrier: Barrier, point: Vector3, margin: number): boolean {
  const size = barrier.size;
  const toLocal = new Matrix4()
    .compose(new Vector3(...barrier.position), new Quaternion().setFromEuler(new Euler(0, (barrier.rotationY * Math.PI) / 180, 0)), new Vector3(1, 1, 1))
    .invert();
  const half = new Vector3(size[0] / 2 + margin, size[1] / 2 + margin, size[2] / 2 + margin);
  return new Box3(half.clone().negate(), half).containsPoint(point.clone().applyMatrix4(toLocal));
}

export const CONTACT_RULES: readonly Rule[] = [CONTACT_GENITAL_BARRIER, CONTACT_NOT_IN_SCENE, CONTACT_PERFORMER_HIDDEN, CONTACT_SET_PIECE_GONE, CONTACT_COUNTS_BEYOND_BEAT];
