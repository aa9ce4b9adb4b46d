import { BODY_REGION_IDS } from '../domain/bodyRegions';
import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_CHANNELS,
  CONSENT_OCCASION_LABELS,
  CONSENT_VALUE_LABELS,
  NUDITY_TYPE_LABELS,
  type BodyDouble,
  type BoundaryEntry,
  type RiderVersion,
} from '../domain/consent';
import { boundaryOf, riderOf } from '../records/consentQuery';
import type { DocRecords } from '../records/query';
import { listing, regionWords } from '../rules/wording';
import { possessive, quote } from './diffWords';

/**
 * The consent sentences of a diff: for each person both versions hold, their boundaries (per region and
 * channel) and their rider in force for the scene. Consent is append-only, so "changed" means a newer
 * entry took over; every field of the entry that took over is said when it differs, so no change to what
 * a version holds goes unsaid. The caller passes both sides through `visibleTo` first: a reader sees
 * sentences about their own consent only.
 */
export function consentLines(A: DocRecords, B: DocRecords, sceneId: string, personName: (id: string) => string): string[] {
  const out: string[] = [];
  for (const p of Object.values(B.performers).sort((x, y) => x.name.localeCompare(y.name))) {
    if (!A.performers[p.id]) continue;
    const who = possessive(personName(p.id));
    for (const region of BODY_REGION_IDS) {
      for (const channel of CONSENT_CHANNELS) {
        const where = `${regionWords(region)}, ${CONSENT_CHANNEL_LABELS[channel].toLowerCase()}`;
        const before = boundaryOf(A, p.id, sceneId, region, channel).entry;
        const after = boundaryOf(B, p.id, sceneId, region, channel).entry;
        const inForce = entryChange(before, after);
        if (inForce) out.push(`${who} boundary: ${where} — ${inForce}`);
        // A version holds the standing entry under a scene's own one too: a change to it changes the version.
        const standingBefore = boundaryOf(A, p.id, null, region, channel).entry;
        const standingAfter = boundaryOf(B, p.id, null, region, channel).entry;
        if (after && after.sceneId !== null && standingAfter?.id !== standingBefore?.id) {
          const standing = entryChange(standingBefore, standingAfter);
          if (standing) out.push(`${who} boundary in other scenes: ${where} — ${standing} (this scene keeps its own entry: ${valueWords(after)})`);
        }
      }
    }
    const ra = riderOf(A, p.id, sceneId);
    const rb = riderOf(B, p.id, sceneId);
    if (rb && rb.id !== ra?.id) out.push(`${who} rider: ${ra ? `version ${ra.version} → version ${rb.version}` : `version ${rb.version}`}, recorded ${recorded(rb)}${ra ? ` — ${riderChanges(ra, rb)}` : ''}`);
    else if (!rb && ra) out.push(`${who} rider: no rider in force (was version ${ra.version})`);
  }
  return out;
}

const valueWords = (e: BoundaryEntry | null) => CONSENT_VALUE_LABELS[e?.value ?? 'unrecorded'].toLowerCase();
const day = (timestamp: string) => timestamp.slice(0, 10);
/** "by Sam Whitfield on 2027-01-02 (rehearsal check-in)": who recorded an entry, when, at what occasion. */
const recorded = (e: BoundaryEntry | RiderVersion) => `by ${e.recordedBy || 'no one named'} on ${day(e.recordedAt)} (${CONSENT_OCCASION_LABELS[e.occasion].toLowerCase()})`;

/** What a newer boundary entry changed, or null when it is the same entry. */
function entryChange(a: BoundaryEntry | null, b: BoundaryEntry | null): string | null {
  if (a?.id === b?.id || !b) return null;
  if (valueWords(a) !== valueWords(b)) return `${valueWords(a)} → ${valueWords(b)}${b.occasion === 'onSetWithdrawal' ? ' (consent withdrawn)' : ''}`;
  if ((a?.note ?? '') !== b.note) return `note ${quote(a?.note ?? '')} → ${quote(b.note)}`;
  // The same value and note, recorded again (at a check-in, or now for this scene only): who, when, where.
  return `${valueWords(b)}, ${a && a.sceneId === null && b.sceneId !== null ? 'now recorded for this scene' : 'recorded again'} ${recorded(b)}`;
}

const FORM_WORDS: Readonly<Record<BodyDouble['form'], string>> = { real: 'a person', digital: 'digital' };

/** The terms of a rider that differ between two of its versions, or "terms unchanged". */
function riderChanges(a: RiderVersion, b: RiderVersion): string {
  const parts: string[] = [];
  const text = (label: string, x: string, y: string) => x !== y && parts.push(`${label} ${quote(x)} → ${quote(y)}`);
  const addedTypes = b.nudityTypes.filter((t) => !a.nudityTypes.includes(t)).map((t) => NUDITY_TYPE_LABELS[t]);
  const removedTypes = a.nudityTypes.filter((t) => !b.nudityTypes.includes(t)).map((t) => NUDITY_TYPE_LABELS[t]);
  if (addedTypes.length) parts.push(`${listing(addedTypes)} agreed`);
  if (removedTypes.length) parts.push(`${listing(removedTypes)} no longer agreed`);
  text('simulated acts', a.simulatedActs, b.simulatedActs);
  const da = a.bodyDouble;
  const db = b.bodyDouble;
  if (da.allowed !== db.allowed) parts.push(db.allowed ? 'a body double now allowed' : 'a body double no longer allowed');
  if (da.approvedByPerformer !== db.approvedByPerformer) parts.push(db.approvedByPerformer ? 'the body double now approved by the performer' : 'the body double no longer approved by the performer');
  text('body double named', da.who, db.who);
  if (da.form !== db.form) parts.push(`body double ${FORM_WORDS[da.form]} → ${FORM_WORDS[db.form]}`);
  text('footage and stills limits', a.footageLimits, b.footageLimits);
  text('scene description', a.description, b.description);
  if (a.datePresented !== b.datePresented) parts.push(`date presented ${a.datePresented ?? 'not set'} → ${b.datePresented ?? 'not set'}`);
  if (a.dateSigned !== b.dateSigned) parts.push(`date signed ${a.dateSigned ?? 'not set'} → ${b.dateSigned ?? 'not set'}`);
  text('present at signing', a.presentAtSigning, b.presentAtSigning);
  text('negotiated by', a.negotiatedBy, b.negotiatedBy);
  // Quoted texts hold commas of their own: the parts are set apart with semicolons.
  return parts.length ? parts.join('; ') : 'terms unchanged';
}
