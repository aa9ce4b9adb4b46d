import { nudityTypesShown } from '../body/nudity';
import { beatNumber, type Beat } from '../domain/beat';
import type { BodyRegionId } from '../domain/bodyRegions';
import type { ConsentValue } from '../domain/consent';
import { NUDITY_TYPE_LABELS } from '../domain/consent';
import type { Doubling } from '../domain/doubling';
import type { Scene } from '../domain/scene';
import { boundaryOf, riderOf } from '../records/consentQuery';
import { contactsOfBeat, doublingsOfBeat, type DocRecords } from '../records/query';
import { asks, uncoveredIn, type Ask } from './consent';
import { FORBIDDEN_FOR_MINORS } from './minors';
import { perBeatRule, type Finding, type Rule, type Severity } from './types';
import { FLAG_PHRASES, listing, personName, regionWords, sceneName } from './wording';

/**
 * Body doubles (docs/domain.md: a body double may not do more than the original performer agreed).
 * A doubling puts a double in the performer's place — their placement, contacts and wardrobe — for a
 * whole beat or one camera's shot. Three things are checked: the performer's rider allows and approves
 * this double; what the double is asked to do stays within what the performer agreed (for a whole-beat
 * double; a shot double stands beside the performer, whose own findings already hold that ceiling); and
 * the double's own boundaries and rider. The consent rules leave a whole-beat doubled performer to these.
 */

interface Doubled {
  readonly doubling: Doubling;
  readonly beat: Beat;
  readonly scene: Scene;
  /** "beat 5 of scene 42" or "A cam's shot in beat 5 of scene 42". */
  readonly where: string;
}

function doublingsIn(doc: DocRecords, sceneId: string, beat: Beat): Doubled[] {
  const scene = doc.scenes[sceneId];
  if (!scene) return [];
  return doublingsOfBeat(doc, beat.id).map((doubling) => {
    const camera = doubling.cameraId ? doc.cameras[doubling.cameraId] : null;
    const inBeat = `beat ${beatNumber(beat)} of ${sceneName(scene)}`;
    return { doubling, beat, scene, where: camera ? `${camera.name}'s shot in ${inBeat}` : inBeat };
  });
}

/** What the performer's placement asks of whoever plays it in the beat: uncovered regions, nudity types, contacts. */
function askedOf(doc: DocRecords, beat: Beat, performerId: string): { regions: BodyRegionId[]; asks: Ask[] } {
  const regions = uncoveredIn(doc, beat).find((u) => u.performerId === performerId)?.regions ?? [];
  const name = (id: string) => personName(doc, id);
  return { regions, asks: contactsOfBeat(doc, beat.id).flatMap((c) => asks(c, name)).filter((a) => a.performerId === performerId) };
}

/**
 * The parts of what is asked that `personId`'s consent (boundaries in this scene, and the rider's nudity
 * types when `withRider`) holds at one of `values`, as phrases ("show topless", "be touched on the left hand").
 */
function beyond(doc: DocRecords, sceneId: string, personId: string, asked: ReturnType<typeof askedOf>, values: readonly ConsentValue[], withRider: boolean): string[] {
  const out: string[] = [];
  if (withRider) {
    const shown = nudityTypesShown(asked.regions).filter((t) => t !== 'none');
    const rider = riderOf(doc, personId, sceneId);
    const over = shown.filter((t) => !rider?.nudityTypes.includes(t));
    if (over.length) out.push(`show ${listing(over.map((t) => NUDITY_TYPE_LABELS[t]))}${rider ? '' : ' (no nudity rider for this scene)'}`);
  }
  const regions = asked.regions.filter((r) => values.includes(boundaryOf(doc, personId, sceneId, r, 'show').value));
  if (regions.length) out.push(`have the ${listing(regions.map(regionWords))} uncovered on camera`);
  for (const a of asked.asks) if (values.includes(boundaryOf(doc, personId, sceneId, a.region, a.channel).value)) out.push(a.what.replace(/^to /, ''));
  return [...new Set(out)];
}

const NOT_AGREED: readonly ConsentValue[] = ['notAgreed'];
const TO_DISCUSS: readonly ConsentValue[] = ['discuss', 'unrecorded'];

function finding(code: string, severity: Severity, d: Doubled, message: string): Finding {
  return { code, severity, message, sceneId: d.scene.id, beatId: d.beat.id, subject: { kind: 'performer', id: d.doubling.performerId } };
}

/** The performer's rider for the scene allows a body double, the performer approved it, and it names this double (when it names one). */
export const DOUBLE_NOT_ALLOWED: Rule = perBeatRule({
  code: 'double.not-allowed',
  severity: 'error',
  description: 'A body double is used only where the performer’s rider allows one and the performer approved it.',
  checkBeat(doc, sceneId, beat) {
    return doublingsIn(doc, sceneId, beat).flatMap((d) => {
      const who = personName(doc, d.doubling.performerId);
      const double = personName(doc, d.doubling.doubleId);
      const rider = riderOf(doc, d.doubling.performerId, sceneId);
      const named = rider?.bodyDouble.who.trim() ?? '';
      const why = !rider
        ? `${who} has no nudity rider for this scene`
        : !rider.bodyDouble.allowed
          ? `${who}'s rider (version ${rider.version}) does not allow a body double`
          : !rider.bodyDouble.approvedByPerformer
            ? `${who} has not approved a body double in the rider (version ${rider.version})`
            : named && named.toLocaleLowerCase() !== double.trim().toLocaleLowerCase()
              ? `${who}'s rider (version ${rider.version}) names ${named} as the body double, not ${double}`
              : null;
      if (!why) return [];
      return [finding('double.not-allowed', 'error', d, `${double} doubles ${who} in ${d.where}, but ${why}: record the double in ${who}'s rider with ${who}'s approval, or take the double out.`)];
    });
  },
});

function beyondPerformerRule(code: string, severity: Severity, description: string, values: readonly ConsentValue[], phrase: string): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    checkBeat(doc, sceneId, beat) {
      return doublingsIn(doc, sceneId, beat)
        .filter((d) => d.doubling.cameraId === null)
        .flatMap((d) => {
          const who = personName(doc, d.doubling.performerId);
          const over = beyond(doc, sceneId, d.doubling.performerId, askedOf(doc, d.beat, d.doubling.performerId), values, severity === 'error');
          if (over.length === 0) return [];
          return [
            finding(code, severity, d, `In ${d.where}, ${personName(doc, d.doubling.doubleId)} doubles ${who} and would ${listing(over)}, which ${who} ${phrase}: a body double never does more than the performer agreed. Change the beat, or record what ${who} agrees to.`),
          ];
        });
    },
  });
}

export const DOUBLE_BEYOND_PERFORMER = beyondPerformerRule(
  'double.beyond-performer',
  'error',
  'A body double is never asked for more than the performer agreed (boundaries and rider).',
  NOT_AGREED,
  'has not agreed to',
);
export const DOUBLE_PERFORMER_TO_DISCUSS = beyondPerformerRule(
  'double.performer-to-discuss',
  'warning',
  'What a body double is asked to do that the performer has not yet agreed to is talked through first.',
  TO_DISCUSS,
  'has not yet agreed to (needs discussion or not recorded)',
);

function ownConsentRule(code: string, severity: Severity, description: string, values: readonly ConsentValue[], phrase: string): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    checkBeat(doc, sceneId, beat) {
      return doublingsIn(doc, sceneId, beat).flatMap((d) => {
        const double = personName(doc, d.doubling.doubleId);
        const over = beyond(doc, sceneId, d.doubling.doubleId, askedOf(doc, d.beat, d.doubling.performerId), values, severity === 'error');
        if (over.length === 0) return [];
        return [finding(code, severity, d, `In ${d.where}, ${double} doubles ${personName(doc, d.doubling.performerId)} and would ${listing(over)}, which ${double} ${phrase}: the double's own consent holds too. Change the beat, or record what ${double} agrees to.`)];
      });
    },
  });
}

export const DOUBLE_OWN_CONSENT = ownConsentRule('double.own-consent', 'error', 'A body double is asked for nothing beyond their own boundaries and rider.', NOT_AGREED, 'has not agreed to');
export const DOUBLE_OWN_TO_DISCUSS = ownConsentRule(
  'double.own-to-discuss',
  'warning',
  'What a body double has not yet agreed to themselves is talked through first.',
  TO_DISCUSS,
  'has not yet agreed to (needs discussion or not recorded)',
);

/** A minor can never stand in for nudity or simulated sex either (docs/domain.md: a hard block). */
export const MINOR_DOUBLE: Rule = perBeatRule({
  code: 'minor.double',
  severity: 'block',
  description: 'No performer marked as a minor is a body double in a nudity or simulated-sex scene.',
  checkBeat(doc, sceneId, beat) {
    const scene = doc.scenes[sceneId];
    const flags = scene ? FORBIDDEN_FOR_MINORS.filter((f) => scene.contentFlags.includes(f)) : [];
    if (flags.length === 0) return [];
    return doublingsIn(doc, sceneId, beat)
      .filter((d) => doc.performers[d.doubling.doubleId]?.isMinor)
      .map((d) =>
        finding(
          'minor.double',
          'block',
          d,
          `${personName(doc, d.doubling.doubleId)} is marked as a minor and would double ${personName(doc, d.doubling.performerId)} in ${d.where}, which is flagged for ${listing(flags.map((f) => FLAG_PHRASES[f]))}: that can never be planned for a minor.`,
        ),
      );
  },
});

export const DOUBLE_RULES: readonly Rule[] = [MINOR_DOUBLE, DOUBLE_NOT_ALLOWED, DOUBLE_BEYOND_PERFORMER, DOUBLE_OWN_CONSENT, DOUBLE_PERFORMER_TO_DISCUSS, DOUBLE_OWN_TO_DISCUSS];
