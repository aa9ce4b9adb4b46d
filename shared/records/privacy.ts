import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { NUDITY_TYPE_LABELS, type ConsentChannel } from '../domain/consent';
import { listing } from '../rules/wording';
import { boundaryOf, hasBoundaryMap, riderOf } from './consentQuery';
import type { Performer } from '../domain/people';
import { beatsOfScene, castOfScene, doublingsOfBeat, type DocRecords } from './query';

/**
 * Who is reading: the coordinator sees everything; a performer sees the shared choreography and their
 * own consent only; the director and crew see the staging and no one's private consent or contact details.
 */
export type Reader =
  | { readonly kind: 'coordinator' }
  | { readonly kind: 'performer'; readonly performerId: string }
  | { readonly kind: 'crew' }
  /** The director's review copy: the crew's view; what staging needs of consent comes as `stagingLines`. */
  | { readonly kind: 'director' };

/**
 * What a reader may see of the document (docs/domain.md, privacy): every export and every copy
 * handed out goes through this one function. A performer's boundaries, riders, garment fittings and
 * contact details are theirs: another performer's never reach them, and the crew's copy has none.
 */
export function visibleTo(doc: DocRecords, reader: Reader): DocRecords {
  if (reader.kind === 'coordinator') return doc;
  const own = (performerId: string) => reader.kind === 'performer' && performerId === reader.performerId;
  const keep = <T extends { performerId: string }>(map: Readonly<Record<string, T>>) => Object.fromEntries(Object.entries(map).filter(([, r]) => own(r.performerId)));
  return {
    ...doc,
    performers: Object.fromEntries(Object.entries(doc.performers).map(([id, p]) => [id, own(p.id) ? p : { ...p, contact: '' }])),
    crew: Object.fromEntries(Object.entries(doc.crew).map(([id, c]) => [id, { ...c, contact: '' }])),
    boundaries: keep(doc.boundaries),
    riders: keep(doc.riders),
    riderAttachments: keep(doc.riderAttachments),
    garmentFittings: keep(doc.garmentFittings),
    // Where a double stands in is staging (beat, camera, who for whom); the coordinator's free-text note on
    // it may say anything about the double (an agent, a fee, a fitting), so the director's copy has none.
    ...(reader.kind === 'director' ? { doublings: Object.fromEntries(Object.entries(doc.doublings).map(([id, d]) => [id, { ...d, note: '' }])) } : {}),
  };
}

/** What a performer's boundaries mean for staging, per channel, as a director reads it. */
const CHANNEL_LINES: Readonly<Record<ConsentChannel, string>> = {
  receive: 'not to be touched on',
  show: 'not to be seen uncovered on camera:',
  give: 'does not touch a partner on',
};

/**
 * What staging needs of the cast's consent in a scene, for the director's review copy: one line per
 * performer and channel naming the regions that are not agreed ("needs discussion" counts as not agreed),
 * and the nudity types their rider in force agrees to. Never a note, a rider's other terms, a fitting or a
 * contact detail: only the values, in the words the coordinator uses on set ("Ruth: not to be touched on
 * the left breast and right breast").
 */
export function stagingLines(doc: DocRecords, sceneId: string): string[] {
  const lines: string[] = [];
  const nameOf = (p: Performer) => (p.character ? `${p.name} (${p.character})` : p.name);
  for (const performer of castOfScene(doc, sceneId)) limitLines(doc, sceneId, performer, nameOf(performer), lines);
  // A body double standing in is held to their own consent too (shared/rules/doubles.ts): where they stand
  // in, then their limits in the same words. Never their contact, notes or rider terms.
  const where = new Map<string, string[]>();
  for (const [i, beat] of beatsOfScene(doc, sceneId).entries()) {
    for (const d of doublingsOfBeat(doc, beat.id)) {
      const camera = d.cameraId ? doc.cameras[d.cameraId]?.name : null;
      const key = `${d.doubleId}|${d.performerId}`;
      where.set(key, [...(where.get(key) ?? []), camera ? `beat ${i + 1} (${camera} only)` : `beat ${i + 1} (every camera)`]);
    }
  }
  const limitsDone = new Set<string>();
  for (const [key, places] of where) {
    const [doubleId, performerId] = key.split('|') as [string, string];
    const double = doc.performers[doubleId]!;
    const doubled = doc.performers[performerId]!;
    lines.push(`${double.name} stands in as the body double for ${nameOf(doubled)} in ${listing(places)}.`);
    if (!limitsDone.has(doubleId)) limitLines(doc, sceneId, double, `${double.name} (body double)`, lines);
    limitsDone.add(doubleId);
  }
  return lines;
}

/** One performer's staging limits in a scene, in words: the regions not agreed per channel, and the nudity agreed. */
function limitLines(doc: DocRecords, sceneId: string, performer: Performer, name: string, lines: string[]): void {
  if (!hasBoundaryMap(doc, performer.id)) {
    lines.push(`${name}: no boundaries recorded yet — ask the coordinator before staging any contact.`);
  } else {
    for (const channel of ['receive', 'show', 'give'] as const) {
      const regions = BODY_REGION_IDS.filter((region: BodyRegionId) => {
        const value = boundaryOf(doc, performer.id, sceneId, region, channel).value;
        return value === 'notAgreed' || value === 'discuss';
      });
      if (regions.length) lines.push(`${name}: ${CHANNEL_LINES[channel]} ${listing(regions.map((r) => `the ${BODY_REGIONS[r].label}`))}.`);
    }
  }
  const rider = riderOf(doc, performer.id, sceneId);
  if (rider) {
    const types = rider.nudityTypes.filter((t) => t !== 'none');
    lines.push(types.length ? `${name}: nudity agreed in this scene: ${listing(types.map((t) => NUDITY_TYPE_LABELS[t]))}.` : `${name}: no nudity agreed in this scene.`);
  } else {
    lines.push(`${name}: no nudity rider recorded for this scene — plan no nudity.`);
  }
}
