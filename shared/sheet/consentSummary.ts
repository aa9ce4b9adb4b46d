import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { regionList } from '../exposure/inFrame';
import { CONSENT_CHANNELS, CONSENT_CHANNEL_LABELS, CONSENT_VALUE_LABELS, NUDITY_TYPE_LABELS, type ConsentChannel } from '../domain/consent';
import type { Performer } from '../domain/people';
import { FITTING_STATUS_LABELS } from '../domain/wardrobe';
import { GARMENT_CATALOGUE } from '../body/garmentCatalogue';
import { boundaryMap, riderOf } from '../records/consentQuery';
import type { DocRecords } from '../records/query';
import { RIDER_NOTICE } from '../rules/consent';
import { listing } from '../rules/wording';
import type { ConsentSummary, SheetLine, StagingLimits } from './types';
import { formatDay } from './dates';

/** The lines every consent block ends with (docs/domain.md, the choreography sheet). */
export const STANDING_LINES = ['Consent may be withdrawn at any time before filming.', 'Nothing beyond the signed rider.'] as const;

/** "Maya Okafor (Ruth)", or the name alone when there is no character. */
export function personWithCharacter(p: Pick<Performer, 'name' | 'character'>): string {
  return p.character ? `${p.name} (${p.character})` : p.name;
}

/** Regions in words, head to foot, a left and right pair said once ("shoulders, lips"): the exposure check's wording. */
export function regionsInWords(regions: Iterable<BodyRegionId>): string {
  const set = new Set(regions);
  return listing(regionList(BODY_REGION_IDS.filter((r) => set.has(r))));
}

/** The regions agreed per channel in a scene, from the history in force (scene override, else standing). */
function agreedRegions(doc: DocRecords, performerId: string, sceneId: string) {
  const map = boundaryMap(doc, performerId, sceneId);
  const by = (channel: ConsentChannel, value: string) => BODY_REGION_IDS.filter((r) => map[r][channel].value === value);
  return { map, by };
}

/**
 * A performer's own consent for the scene, from a document already filtered by `visibleTo` for a
 * reader allowed to see it (the performer themself, or the coordinator).
 */
export function consentSummary(doc: DocRecords, performer: Performer, sceneId: string): ConsentSummary {
  const { map, by } = agreedRegions(doc, performer.id, sceneId);
  const channels = CONSENT_CHANNELS.map((channel) => {
    const agreed = by(channel, 'agreed');
    const discuss = by(channel, 'discuss');
    const refused = by(channel, 'notAgreed');
    const parts = [refused.length ? `not agreed: ${regionsInWords(refused)}` : '', discuss.length ? `needs discussion, so not agreed on this sheet: ${regionsInWords(discuss)}` : ''];
    const rest = agreed.length ? 'every region not listed as agreed' : 'every region';
    return {
      channel: CONSENT_CHANNEL_LABELS[channel],
      agreed: agreed.length ? regionsInWords(agreed) : 'none',
      notAgreed: [rest[0]!.toUpperCase() + rest.slice(1), ...parts.filter(Boolean)].join('; '),
    };
  });
  const notes = BODY_REGION_IDS.flatMap((region) =>
    CONSENT_CHANNELS.flatMap((channel) => {
      const s = map[region][channel];
      return s.note.trim() ? [`${BODY_REGIONS[region].label}, ${CONSENT_CHANNEL_LABELS[channel].toLowerCase()} (${CONSENT_VALUE_LABELS[s.value].toLowerCase()}): ${s.note.trim()}`] : [];
    }),
  );
  const fittings = Object.values(doc.garmentFittings)
    .filter((f) => f.performerId === performer.id)
    .map((f) => `${GARMENT_CATALOGUE[f.type].label}: ${FITTING_STATUS_LABELS[f.status].toLowerCase()}${f.notes.trim() ? ` — ${f.notes.trim()}` : ''}`);
  return { performerId: performer.id, who: personWithCharacter(performer), rider: riderLines(doc, performer, sceneId), channels, notes, fittings, standing: STANDING_LINES };
}

function riderLines(doc: DocRecords, performer: Performer, sceneId: string): SheetLine[] {
  const rider = riderOf(doc, performer.id, sceneId);
  const notice = noticeLine(doc, performer, sceneId);
  if (!rider) return [{ label: 'Nudity rider', text: 'No nudity rider recorded for this scene.' }, notice];
  const bd = rider.bodyDouble;
  const lines: SheetLine[] = [
    {
      label: 'Nudity rider',
      text: [
        `Version ${rider.version}`,
        rider.datePresented ? `presented ${formatDay(rider.datePresented)}` : 'not presented yet',
        rider.dateSigned ? `signed ${formatDay(rider.dateSigned)}` : 'not signed yet',
        rider.negotiatedBy ? `negotiated by ${rider.negotiatedBy}` : '',
      ]
        .filter(Boolean)
        .join(', '),
    },
    notice,
    { label: 'Nudity agreed', text: rider.nudityTypes.length ? listing(rider.nudityTypes.map((t) => NUDITY_TYPE_LABELS[t])) : 'none recorded' },
    { label: 'Simulated acts agreed', text: rider.simulatedActs.trim() ? rider.simulatedActs.trim().split(/\n+/).join('; ') : 'none' },
    { label: 'Footage and stills', text: rider.footageLimits.trim() || 'no limits recorded' },
    {
      label: 'Body double',
      text: bd.allowed ? [`allowed (${bd.form})`, bd.who ? bd.who : '', bd.approvedByPerformer ? 'approved by the performer' : 'not yet approved by the performer'].filter(Boolean).join(', ') : 'not allowed',
    },
  ];
  if (rider.description.trim()) lines.push({ label: 'As it will look', text: rider.description.trim() });
  return lines;
}

/** Whether the 48 hours' notice is met, as the rules engine judges it (rider.notice), for this performer only. */
function noticeLine(doc: DocRecords, performer: Performer, sceneId: string): SheetLine {
  const scene = doc.scenes[sceneId];
  const label = '48-hour notice';
  if (!scene?.contentFlags.some((f) => f === 'nudity' || f === 'simulatedSex')) return { label, text: 'Not required: the scene plans no nudity or simulated sex.' };
  const finding = RIDER_NOTICE.check(doc, sceneId).find((f) => f.subject?.kind === 'performer' && f.subject.id === performer.id);
  if (!finding) return { label, text: 'Met: the rider was signed at least 48 hours before the call.' };
  return { label, text: `${finding.severity === 'warning' ? 'Cannot be checked' : 'Not met'}: ${finding.message}` };
}

/**
 * What the director/crew copy says of a performer's consent: only what staging needs — where they may
 * be touched, where they touch a partner, what may be seen uncovered — as region lists. No notes, no
 * rider, no fittings. Computed from the full document because `visibleTo` gives the crew no consent
 * records at all; these three lines are the deliberate exception, and nothing else crosses.
 */
export function stagingLimits(doc: DocRecords, performer: Performer, sceneId: string): StagingLimits {
  const { by } = agreedRegions(doc, performer.id, sceneId);
  const line = (channel: ConsentChannel, lead: string) => {
    const agreed = by(channel, 'agreed');
    return agreed.length ? `${lead} ${regionsInWords(agreed)} — nowhere else.` : `${lead} nowhere.`;
  };
  return {
    who: personWithCharacter(performer),
    lines: [line('receive', 'May be touched on:'), line('give', 'Touches a partner on:'), line('show', 'May be seen uncovered:')],
  };
}
