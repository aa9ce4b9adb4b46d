import { beatNumber, type Beat } from '../domain/beat';
import { BODY_REGIONS } from '../domain/bodyRegions';
import type { ContentFlag, Scene } from '../domain/scene';

// How findings name things, so every rule's sentence reads the same way (docs/domain.md: clinical wording).

/** "scene 9 “Hotel room”", or "scene 9" when the scene has no title. */
export function sceneName(scene: Pick<Scene, 'number' | 'title'>): string {
  return scene.title ? `scene ${scene.number} “${scene.title}”` : `scene ${scene.number}`;
}

/** "beat 3 of scene 9". */
export function beatName(beat: Pick<Beat, 'order'>, scene: Pick<Scene, 'number'>): string {
  return `beat ${beatNumber(beat)} of scene ${scene.number}`;
}

/** A content flag as it reads inside a sentence ("flagged for a kiss"). */
export const FLAG_PHRASES: Readonly<Record<ContentFlag, string>> = {
  kiss: 'a kiss',
  nudity: 'nudity',
  simulatedSex: 'simulated sex',
  sexualViolence: 'sexual violence',
  dance: 'sensual dance',
  medical: 'medical or morgue content',
};

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A contact type as a noun phrase inside a finding ("brings a kiss for the first time"). */
export const CONTACT_TYPE_WORDS: Readonly<Record<import('../domain/contact').ContactType, string>> = {
  handRest: 'a hand resting',
  handHold: 'a hand hold',
  handStroke: 'a hand stroke',
  handGrip: 'a hand grip',
  embrace: 'an embrace',
  kiss: 'a kiss',
  weightBearing: 'weight-bearing contact',
  bodyPress: 'a body-to-body press',
  lean: 'a lean / rest',
  simulatedThrusting: 'simulated thrusting',
};

/** A performer as findings name them (a deleted one still appears in old contacts). */
export function personName(doc: Pick<import('../records/query').DocRecords, 'performers'>, id: string): string {
  return doc.performers[id]?.name ?? 'a deleted performer';
}

/** A body region inside a sentence ("left shoulder blade"). */
export function regionWords(id: import('../domain/bodyRegions').BodyRegionId): string {
  return BODY_REGIONS[id].label;
}

/** The performers in a contact: the initiator, and the receiver when it is a partner. */
export function peopleInContact(c: import('../domain/contact').Contact): string[] {
  return [c.initiator.performerId, ...(c.receiver.kind === 'performer' ? [c.receiver.performerId] : [])];
}
