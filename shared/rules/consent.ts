import { nudityTypesShown, uncoveredRegions } from '../body/nudity';
import { beatNumber, type Beat } from '../domain/beat';
import { type BodyRegionId } from '../domain/bodyRegions';
import { NUDITY_TYPE_LABELS, type ConsentChannel } from '../domain/consent';
import type { Contact } from '../domain/contact';
import { boundaryOf, hasBoundaryMap, riderOf } from '../records/consentQuery';
import { doublesUsedInScene, wholeBeatDoubling } from '../records/doubles';
import { beatsOfScene, castOfScene, contactsOfBeat, doublingsOfBeat, garmentsOfBeat, placementsOfBeat, type DocRecords, visibleCamerasOfBeat } from '../records/query';
import { perBeatRule, type Finding, type Rule, type Severity } from './types';
import { CONTACT_TYPE_WORDS, listing, peopleInContact, personName, regionWords, sceneName } from './wording';

/**
 * Rules that hold the blocking to what each performer agreed (docs/domain.md: consent is a ceiling,
 * not a script). "Needs discussion" and "not recorded" are warnings: on a printed sheet they count as
 * not agreed, but the coordinator may still be talking it through.
 */

const MUTUAL = new Set<Contact['type']>(['kiss', 'embrace', 'bodyPress', 'simulatedThrusting', 'weightBearing', 'lean']);
const region = regionWords;
const NO_TOUCH = new Set<Contact['alternative']>(['hover', 'lookOnly']);

export interface Ask {
  readonly performerId: string;
  readonly channel: ConsentChannel;
  readonly region: BodyRegionId;
  /** "be touched on", "touch … on a partner" */
  readonly what: string;
}

/** Whose consent a contact needs: the receiver to be touched there, the initiator to touch there; a mutual contact both ways. */
export function asks(c: Contact, name: (id: string) => string): Ask[] {
  if (c.receiver.kind !== 'performer' || NO_TOUCH.has(c.alternative)) return [];
  const from = c.initiator.performerId;
  const to = c.receiver.performerId;
  const out: Ask[] = [
    { performerId: to, channel: 'receive', region: c.receiver.region, what: `to be touched on the ${region(c.receiver.region)}` },
    { performerId: from, channel: 'give', region: c.receiver.region, what: `to touch ${name(to)}'s ${region(c.receiver.region)}` },
  ];
  if (MUTUAL.has(c.type)) {
    out.push({ performerId: from, channel: 'receive', region: c.initiator.region, what: `to be touched on the ${region(c.initiator.region)}` });
    out.push({ performerId: to, channel: 'give', region: c.initiator.region, what: `to touch ${name(from)}'s ${region(c.initiator.region)}` });
  }
  return out;
}

function contactConsentRule(code: string, severity: Severity, description: string, values: readonly string[], phrase: string): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    checkBeat(doc: DocRecords, sceneId: string, beat: Beat): Finding[] {
      const scene = doc.scenes[sceneId];
      if (!scene) return [];
      const name = (id: string) => personName(doc, id);
      return (
        contactsOfBeat(doc, beat.id).flatMap((c) =>
          asks(c, name)
            // A double who takes the performer's place for the whole beat is checked in doubles.ts.
            .filter((a) => !wholeBeatDoubling(doc, beat.id, a.performerId))
            .filter((a) => values.includes(boundaryOf(doc, a.performerId, sceneId, a.region, a.channel).value))
            .map((a) => ({
              code,
              severity,
              message: `In beat ${beatNumber(beat)} of ${sceneName(scene)}, ${name(a.performerId)} ${phrase} ${a.what} (${CONTACT_TYPE_WORDS[c.type]}): change the contact, use an alternative to touch, or record what ${name(a.performerId)} agrees to.`,
              sceneId,
              beatId: beat.id,
              subject: { kind: 'contact' as const, id: c.id },
            })),
        )
      );
    },
  });
}

export const CONTACT_NOT_AGREED = contactConsentRule('consent.contact-not-agreed', 'error', 'No contact goes beyond what either performer agreed to receive or give.', ['notAgreed'], 'has not agreed');
export const CONTACT_TO_DISCUSS = contactConsentRule(
  'consent.contact-to-discuss',
  'warning',
  'A contact that needs discussion, or that nothing was recorded for, is talked through first.',
  ['discuss', 'unrecorded'],
  'has not yet agreed (needs discussion or not recorded)',
);

/** What each performer's placement shows uncovered in a beat: the costume's bare regions not covered by a garment worn. */
export function uncoveredIn(doc: DocRecords, beat: Beat): { performerId: string; regions: BodyRegionId[] }[] {
  const garments = garmentsOfBeat(doc, beat.id);
  return placementsOfBeat(doc, beat.id)
    .filter((p) => !p.hidden)
    .map((p) => ({ performerId: p.performerId, regions: uncoveredRegions(p.costumeOff, garments.filter((g) => g.performerId === p.performerId).map((g) => g.type)) }))
    .filter((u) => u.regions.length > 0);
}

function showRule(code: string, severity: Severity, description: string, values: readonly string[], phrase: string): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    checkBeat(doc: DocRecords, sceneId: string, beat: Beat): Finding[] {
      const scene = doc.scenes[sceneId];
      if (!scene) return [];
      return (
        uncoveredOwn(doc, beat).flatMap(({ performerId, regions }) => {
          const over = regions.filter((r) => values.includes(boundaryOf(doc, performerId, sceneId, r, 'show').value));
          if (over.length === 0) return [];
          const who = personName(doc, performerId);
          return [
            {
              code,
              severity,
              message: `In beat ${beatNumber(beat)} of ${sceneName(scene)}, ${who}'s ${listing(over.map(region))} ${over.length > 1 ? 'are' : 'is'} uncovered, and ${who} ${phrase} to show ${over.length > 1 ? 'them' : 'it'} on camera: cover ${over.length > 1 ? 'them' : 'it'} with costume or a modesty garment, or record what ${who} agrees to.`,
              sceneId,
              beatId: beat.id,
              subject: { kind: 'performer' as const, id: performerId },
            },
          ];
        })
      );
    },
  });
}

export const SHOW_NOT_AGREED = showRule('consent.show-not-agreed', 'error', 'No region is uncovered that the performer has not agreed to show.', ['notAgreed'], 'has not agreed');
export const SHOW_TO_DISCUSS = showRule('consent.show-to-discuss', 'warning', 'An uncovered region that needs discussion is talked through first.', ['discuss', 'unrecorded'], 'has not yet agreed (needs discussion or not recorded)');

/**
 * What performers show with their own body: a placement a double takes for the whole beat is checked in
 * doubles.ts. "Show" means seen uncovered on camera: in a beat with a camera set up, the camera exposure
 * rules (exposure.ts) judge what each camera actually films; only a beat with no camera yet counts every
 * uncovered region as shown.
 */
function uncoveredOwn(doc: DocRecords, beat: Beat): { performerId: string; regions: BodyRegionId[] }[] {
  if (visibleCamerasOfBeat(doc, beat.id).length > 0) return [];
  return uncoveredIn(doc, beat).filter((u) => !wholeBeatDoubling(doc, beat.id, u.performerId));
}

/** The nudity a beat shows goes no further than the rider in force (the rider is the ceiling). */
export const BEYOND_RIDER: Rule = perBeatRule({
  code: 'consent.beyond-rider',
  severity: 'error',
  description: 'The nudity a beat shows is within the performer’s nudity rider for the scene.',
  checkBeat(doc, sceneId, beat) {
    const scene = doc.scenes[sceneId];
    if (!scene) return [];
    return (
      uncoveredOwn(doc, beat).flatMap(({ performerId, regions }) => {
        const shown = nudityTypesShown(regions).filter((t) => t !== 'none');
        const rider = riderOf(doc, performerId, sceneId);
        const beyond = shown.filter((t) => !rider?.nudityTypes.includes(t));
        if (beyond.length === 0) return [];
        const who = personName(doc, performerId);
        const why = rider ? `${who}'s rider (version ${rider.version}) does not include it` : `${who} has no nudity rider for this scene`;
        return [
          {
            code: 'consent.beyond-rider',
            severity: 'error' as const,
            message: `In beat ${beatNumber(beat)} of ${sceneName(scene)}, ${who} would show ${listing(beyond.map((t) => NUDITY_TYPE_LABELS[t]))}, and ${why}: nothing beyond the signed rider.`,
            sceneId,
            beatId: beat.id,
            subject: { kind: 'performer' as const, id: performerId },
          },
        ];
      })
    );
  },
});

const HOURS_48 = 48 * 3600 * 1000;

/**
 * A scene with nudity or simulated sex needs each performer's rider signed at least 48 hours before the
 * call (SAG-AFTRA). No shoot date yet: the 48 hours cannot be checked, and the finding says so.
 */
export const RIDER_NOTICE: Rule = {
  code: 'rider.notice',
  severity: 'error',
  description: 'In a nudity or simulated-sex scene, each performer’s rider is signed at least 48 hours before the call time.',
  readsBeatRecords: ['doubling'], // the doubles used in the scene need riders too
  check(doc, sceneId) {
    const scene = doc.scenes[sceneId];
    if (!scene || !scene.contentFlags.some((f) => f === 'nudity' || f === 'simulatedSex')) return [];
    const call = scene.shootDate ? Date.parse(`${scene.shootDate}T${scene.callTime ?? '00:00'}:00Z`) : null;
    // A body double used in the scene needs a rider of their own, on the same notice.
    return [...castOfScene(doc, sceneId), ...doublesUsedInScene(doc, sceneId)].flatMap((p) => {
      const rider = riderOf(doc, p.id, sceneId);
      const at = (message: string, severity: Severity = 'error') => [{ code: 'rider.notice', severity, message, sceneId, beatId: null, subject: { kind: 'performer' as const, id: p.id } }];
      if (!rider?.dateSigned) return at(`${p.name} has no signed nudity rider for ${sceneName(scene)}: nudity and simulated sex need a rider signed at least 48 hours before the call.`);
      if (call === null) return at(`${sceneName(scene)} has no shoot date yet, so the 48 hours' notice for ${p.name}'s rider cannot be checked.`, 'warning');
      const signed = Date.parse(`${rider.dateSigned}T23:59:59Z`);
      if (call - signed < HOURS_48) {
        return at(`${p.name}'s rider for ${sceneName(scene)} was signed on ${rider.dateSigned}, less than 48 hours before the call on ${scene.shootDate}${scene.callTime ? ` at ${scene.callTime}` : ''}: new or extra intimate content needs 48 hours' notice. Move the call or talk to production.`);
      }
      return [];
    });
  },
};

/** Someone in an intimate beat whose boundaries were never recorded. */
export const NO_BOUNDARY_MAP: Rule = {
  code: 'consent.no-boundary-map',
  severity: 'warning',
  description: 'Every performer in an intimate beat has a boundary map.',
  readsBeatRecords: ['contact', 'placement', 'garment', 'doubling'], // who touches, who is uncovered, who doubles them
  check(doc, sceneId) {
    const scene = doc.scenes[sceneId];
    // Scene-level, so it runs on every command: when everyone has a map, there is nothing to look for.
    if (!scene || Object.keys(doc.performers).every((id) => hasBoundaryMap(doc, id))) return [];
    const involved = new Set<string>();
    for (const beat of beatsOfScene(doc, sceneId)) {
      for (const c of contactsOfBeat(doc, beat.id)) for (const id of peopleInContact(c)) involved.add(id);
      for (const u of uncoveredIn(doc, beat)) involved.add(u.performerId);
      for (const d of doublingsOfBeat(doc, beat.id)) if (involved.has(d.performerId)) involved.add(d.doubleId);
    }
    return [...involved]
      .filter((id) => doc.performers[id] && !hasBoundaryMap(doc, id))
      .map((id) => ({
        code: 'consent.no-boundary-map',
        severity: 'warning' as const,
        message: `${doc.performers[id]!.name} is in intimate beats of ${sceneName(scene)} but has no boundary map yet: record it in a one-on-one before rehearsal.`,
        sceneId,
        beatId: null,
        subject: { kind: 'performer' as const, id },
      }));
  },
};

/** A kind of contact the scene has not had before comes after a check-in (info: a reminder, not a fault). */
export const NEW_CONTACT_TYPE_CHECK_IN: Rule = {
  code: 'checkin.new-contact-type',
  severity: 'info',
  description: 'A new kind of contact in a scene follows a check-in.',
  readsBeatRecords: ['beat', 'contact'], // the check-in after each beat, the kinds of contact
  check(doc, sceneId) {
    const scene = doc.scenes[sceneId];
    if (!scene) return [];
    const seen = new Set<Contact['type']>();
    const out: Finding[] = [];
    let previous: Beat | null = null;
    for (const beat of beatsOfScene(doc, sceneId)) {
      const fresh = [...new Set(contactsOfBeat(doc, beat.id).map((c) => c.type))].filter((t) => !seen.has(t));
      // The first contacts of a scene follow the check-in before it starts; later new kinds want one of their own.
      if (previous && seen.size > 0 && fresh.length && !previous.checkInAfter) {
        out.push({
          code: 'checkin.new-contact-type',
          severity: 'info',
          message: `Beat ${beatNumber(beat)} of ${sceneName(scene)} brings ${listing(fresh.map((t) => CONTACT_TYPE_WORDS[t]))} for the first time: consider a check-in after beat ${beatNumber(previous)}.`,
          sceneId,
          beatId: beat.id,
        });
      }
      for (const t of fresh) seen.add(t);
      previous = beat;
    }
    return out;
  },
};


/** A nudity or simulated-sex scene has its closed set named and a pause word agreed (docs/domain.md, closed set and safety). */
export const CLOSED_SET_AND_PAUSE: Rule = {
  code: 'safety.closed-set',
  severity: 'warning',
  description: 'A nudity or simulated-sex scene lists its closed set and its pause word.',
  readsBeatRecords: [], // the scene and the crew only
  check(doc, sceneId) {
    const scene = doc.scenes[sceneId];
    if (!scene || !scene.contentFlags.some((f) => f === 'nudity' || f === 'simulatedSex')) return [];
    const missing = [...(scene.closedSetCrewIds.some((id) => doc.crew[id]) ? [] : ['the closed-set list']), ...(scene.pauseWord.trim() ? [] : ['a pause word'])];
    if (missing.length === 0) return [];
    return [
      {
        code: 'safety.closed-set',
        severity: 'warning',
        message: `${sceneName(scene)} plans nudity or simulated sex but has no ${listing(missing)} yet: add ${missing.length > 1 ? 'them' : 'it'} to the scene's safety plan.`.replace(/^scene/, 'Scene'),
        sceneId,
        beatId: null,
      },
    ];
  },
};

export const CONSENT_RULES: readonly Rule[] = [
  CONTACT_NOT_AGREED,
  SHOW_NOT_AGREED,
  BEYOND_RIDER,
  RIDER_NOTICE,
  CONTACT_TO_DISCUSS,
  SHOW_TO_DISCUSS,
  NO_BOUNDARY_MAP,
  CLOSED_SET_AND_PAUSE,
  NEW_CONTACT_TYPE_CHECK_IN,
];
