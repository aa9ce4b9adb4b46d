import { nudityTypesShown } from '../body/nudity';
import { beatNumber, type Beat } from '../domain/beat';
import type { BodyRegionId } from '../domain/bodyRegions';
import { NUDITY_TYPE_LABELS, type ConsentValue } from '../domain/consent';
import type { Scene } from '../domain/scene';
import { exposureOfBeat, exposureOfTransition, movesBetween, stageBodiesOfBeat, type BeatExposure, type ShotExposure } from '../exposure';
import { boundaryOf, riderOf } from '../records/consentQuery';
import { bodyOnCamera } from '../records/doubles';
import { beatsOfScene, liveBeat, placementsOfBeat, type DocRecords } from '../records/query';
import { EXPOSURE_CODES } from './exposureCodes';
import { perBeatRule, type Finding, type Rule, type Severity } from './types';
import { listing, personName, regionWords, sceneName } from './wording';

/**
 * The camera exposure rules (issue 12): what a camera films uncovered is held to the performer's "show"
 * consent and nudity rider — region by region, camera by camera, at each beat and along the move into
 * it (sampled as playback shows it). The geometry is shared/exposure; this file only judges it.
 *
 * The per-beat core, `exposureFindingsOfBeat`, returns every exposure finding of one beat (the beat and
 * the move into it from the beat before); the Rule objects below run it over a scene and each keep their
 * own code. Its results are kept per document object, so the six rules compute each beat once.
 */

type Kind = 'notAgreed' | 'toDiscuss' | 'beyondRider';

const NOT_AGREED: readonly ConsentValue[] = ['notAgreed'];
const TO_DISCUSS: readonly ConsentValue[] = ['discuss', 'unrecorded'];

/** One camera, one performer, what it films uncovered: the raw material of the findings. */
interface Exposed {
  readonly cameraId: string;
  readonly cameraName: string;
  readonly focalLengthMm: number;
  readonly performerId: string;
  readonly regions: readonly BodyRegionId[];
}

function exposedIn(shots: readonly ShotExposure[]): Exposed[] {
  const out: Exposed[] = [];
  for (const shot of shots) {
    for (const p of shot.performers) {
      const regions = p.regions.filter((r) => r.state === 'exposed').map((r) => r.region);
      if (regions.length) out.push({ cameraId: shot.cameraId, cameraName: shot.cameraName, focalLengthMm: shot.focalLengthMm, performerId: p.performerId, regions });
    }
  }
  return out;
}

/** What is wrong with one camera's view of one performer: the regions per kind, the nudity beyond the rider. */
interface Judgement {
  readonly notAgreed: readonly BodyRegionId[];
  readonly toDiscuss: readonly BodyRegionId[];
  readonly beyondRider: readonly string[];
  readonly riderWhy: string;
}

/** The consent of whoever's body the camera films: a body double's own for their shot or beat, else the performer's. */
function judge(doc: DocRecords, sceneId: string, personId: string, e: Exposed): Judgement {
  const value = (r: BodyRegionId) => boundaryOf(doc, personId, sceneId, r, 'show').value;
  const rider = riderOf(doc, personId, sceneId);
  const who = personName(doc, personId);
  return {
    notAgreed: e.regions.filter((r) => NOT_AGREED.includes(value(r))),
    toDiscuss: e.regions.filter((r) => TO_DISCUSS.includes(value(r))),
    beyondRider: nudityTypesShown(e.regions).filter((t) => t !== 'none' && !rider?.nudityTypes.includes(t)).map((t) => NUDITY_TYPE_LABELS[t]),
    riderWhy: rider ? `${who}'s rider (version ${rider.version}) does not include it` : `${who} has no nudity rider for this scene`,
  };
}

const lens = (e: Exposed) => `${e.cameraName} (${Math.round(e.focalLengthMm)} mm)`;
const them = (n: number) => (n > 1 ? 'them' : 'it');

/** `double`: " (Ana doubles Ruth here)" when the body filmed is a double's, else "". */
function sentence(kind: Kind, when: string, e: Exposed, j: Judgement, who: string, double: string, would: boolean): string {
  const films = would ? 'would film' : 'films';
  if (kind === 'beyondRider') return `${when}, ${lens(e)} ${films} ${who} showing ${listing(j.beyondRider)}${double}, and ${j.riderWhy}: nothing beyond the signed rider — cover, reframe or move the camera.`;
  const regions = kind === 'notAgreed' ? j.notAgreed : j.toDiscuss;
  const phrase = kind === 'notAgreed' ? 'has not agreed' : 'has not yet agreed (needs discussion or not recorded)';
  return `${when}, ${lens(e)} ${films} ${who}'s ${listing(regions.map(regionWords))} uncovered${double}, and ${who} ${phrase} to show ${them(regions.length)} on camera: cover ${them(regions.length)}, frame tighter or move the camera, or record what ${who} agrees to.`;
}

const SEVERITY: Record<Kind, Severity> = { notAgreed: 'error', toDiscuss: 'warning', beyondRider: 'error' };
const MOVE_CODE: Record<Kind, string> = { notAgreed: EXPOSURE_CODES.moveNotAgreed, toDiscuss: EXPOSURE_CODES.moveToDiscuss, beyondRider: EXPOSURE_CODES.moveBeyondRider };

function findingsOf(doc: DocRecords, scene: Scene, beat: Beat, list: readonly Exposed[], when: string, move: boolean, adjust?: (e: Exposed, j: Judgement) => Judgement): Finding[] {
  const out: Finding[] = [];
  for (const e of list) {
    const personId = bodyOnCamera(doc, beat.id, e.performerId, e.cameraId).personId;
    const judged = judge(doc, scene.id, personId, e);
    const j = adjust ? adjust(e, judged) : judged;
    const who = personName(doc, personId);
    const double = personId === e.performerId ? '' : ` (${who} doubles ${personName(doc, e.performerId)} here)`;
    for (const kind of ['notAgreed', 'beyondRider', 'toDiscuss'] as const) {
      const n = kind === 'beyondRider' ? j.beyondRider.length : j[kind].length;
      if (n === 0) continue;
      out.push({
        code: move ? MOVE_CODE[kind] : EXPOSURE_CODES[kind],
        severity: SEVERITY[kind],
        message: sentence(kind, when, e, j, who, double, move),
        sceneId: scene.id,
        beatId: beat.id,
        subject: { kind: 'camera', id: e.cameraId },
      });
    }
  }
  return out;
}

// Per document object (records are never mutated: an edit makes a new document), so the six rules and
// the move into the next beat compute each beat once.
const exposures = new WeakMap<DocRecords, Map<string, BeatExposure>>();
const findings = new WeakMap<DocRecords, Map<string, Finding[]>>();
function memo<T>(store: WeakMap<DocRecords, Map<string, T>>, doc: DocRecords, key: string, make: () => T): T {
  let byKey = store.get(doc);
  if (!byKey) store.set(doc, (byKey = new Map()));
  let found = byKey.get(key);
  if (found === undefined) byKey.set(key, (found = make()));
  return found;
}
const cachedExposureOfBeat = (doc: DocRecords, sceneId: string, beatId: string) => memo(exposures, doc, beatId, () => exposureOfBeat(doc, sceneId, beatId));

/** The beat before this one in its scene, or null for the first. */
function previousBeat(doc: DocRecords, beat: Beat): Beat | null {
  const beats = beatsOfScene(doc, beat.sceneId);
  const i = beats.findIndex((b) => b.id === beat.id);
  return i > 0 ? beats[i - 1]! : null;
}

/** Whether anyone placed in the beat (on stage or not: a move walks them on) has a region nothing covers. */
const anyUncovered = (doc: DocRecords, beatId: string) =>
  placementsOfBeat(doc, beatId).some((p) => p.costumeOff.length > 0) && stageBodiesOfBeat(doc, beatId, true).some((b) => b.uncovered.length > 0);

const key = (e: Pick<Exposed, 'cameraId' | 'performerId'>, r: string) => `${e.cameraId}|${e.performerId}|${r}`;

/**
 * Every exposure finding of one beat: what each camera films there, and what it would film during the
 * move into it from the beat before (regions and nudity already found at either end are not repeated).
 */
export function exposureFindingsOfBeat(doc: DocRecords, sceneId: string, beatId: string): Finding[] {
  return memo(findings, doc, `${sceneId}|${beatId}`, () => findingsOfBeat(doc, sceneId, beatId));
}

function findingsOfBeat(doc: DocRecords, sceneId: string, beatId: string): Finding[] {
  const scene = doc.scenes[sceneId];
  const beat = liveBeat(doc, beatId);
  if (!scene || !beat || beat.sceneId !== sceneId) return [];
  // Only an uncovered region can be exposed: where every body is covered the geometry is skipped.
  const bareHere = anyUncovered(doc, beatId);
  const here = bareHere ? exposedIn(cachedExposureOfBeat(doc, sceneId, beatId).shots) : [];
  const out = findingsOf(doc, scene, beat, here, `In beat ${beatNumber(beat)} of ${sceneName(scene)}`, false);

  const before = previousBeat(doc, beat);
  // A region counts as uncovered during the move when it is uncovered at either end.
  if (!before || !(bareHere || anyUncovered(doc, before.id)) || !movesBetween(doc, before.id, beatId)) return out;
  const moments = exposureOfTransition(doc, sceneId, before.id, beatId);
  if (moments.length === 0) return out;
  // What is already reported at either end, per camera, performer and region (or nudity type).
  const atEnds = new Set<string>();
  for (const e of [...here, ...exposedIn(cachedExposureOfBeat(doc, sceneId, before.id).shots)]) {
    for (const r of e.regions) atEnds.add(key(e, r));
    for (const t of nudityTypesShown(e.regions)) atEnds.add(key(e, `type:${t}`));
  }
  // Along the move: the union over the sampled moments of what each camera films of each performer.
  const moving = new Map<string, { e: Exposed; regions: Set<BodyRegionId> }>();
  for (const m of moments) {
    for (const e of exposedIn(m.shots)) {
      const k = `${e.cameraId}|${e.performerId}`;
      const seen = moving.get(k) ?? { e, regions: new Set<BodyRegionId>() };
      for (const r of e.regions) seen.regions.add(r);
      moving.set(k, seen);
    }
  }
  const list = [...moving.values()].map(({ e, regions }) => ({ ...e, regions: [...regions] }));
  const when = `Between beat ${beatNumber(before)} and beat ${beatNumber(beat)} of ${sceneName(scene)} (during the move)`;
  return [
    ...out,
    ...findingsOf(doc, scene, beat, list, when, true, (e, j) => ({
      ...j,
      notAgreed: j.notAgreed.filter((r) => !atEnds.has(key(e, r))),
      toDiscuss: j.toDiscuss.filter((r) => !atEnds.has(key(e, r))),
      beyondRider: nudityTypesShown(e.regions)
        .filter((t) => t !== 'none' && !atEnds.has(key(e, `type:${t}`)) && j.beyondRider.includes(NUDITY_TYPE_LABELS[t]))
        .map((t) => NUDITY_TYPE_LABELS[t]),
    })),
  ];
}

/** Per beat (types.ts): a beat's exposure reads its own camera and body placements and, for the move into it, the beat before. */
function exposureRule(code: string, severity: Severity, description: string): Rule {
  return perBeatRule({
    code,
    severity,
    description,
    readsGeometry: true, // what each camera sees of each body
    checkBeat(doc, sceneId, beat) {
      return exposureFindingsOfBeat(doc, sceneId, beat.id).filter((f) => f.code === code);
    },
  });
}

export const EXPOSURE_RULES: readonly Rule[] = [
  exposureRule(EXPOSURE_CODES.notAgreed, 'error', 'No camera films a region uncovered that the performer has not agreed to show.'),
  exposureRule(EXPOSURE_CODES.beyondRider, 'error', 'No camera films nudity beyond the performer’s rider for the scene.'),
  exposureRule(EXPOSURE_CODES.moveNotAgreed, 'error', 'No camera films, during a move between beats, a region uncovered that the performer has not agreed to show.'),
  exposureRule(EXPOSURE_CODES.moveBeyondRider, 'error', 'No camera films, during a move between beats, nudity beyond the performer’s rider.'),
  exposureRule(EXPOSURE_CODES.toDiscuss, 'warning', 'A region a camera films uncovered that needs discussion (or was never recorded) is talked through first.'),
  exposureRule(EXPOSURE_CODES.moveToDiscuss, 'warning', 'A region a camera films uncovered during a move that needs discussion is talked through first.'),
];

/** A region a camera films uncovered, and whether the person whose body it is agreed to show it. */
export interface ExposedRegionVerdict {
  readonly performerId: string;
  readonly region: BodyRegionId;
  /** 'agreed' only when the show boundary in force says agreed; needs discussion counts as not agreed (as on a sheet). */
  readonly agreed: boolean;
}

/** For the look-through tint: every region the shot films uncovered, agreed or not (a double's own consent in their shot). */
export function exposedVerdicts(doc: DocRecords, sceneId: string, beatId: string, shot: ShotExposure): ExposedRegionVerdict[] {
  return exposedIn([shot]).flatMap((e) => {
    const personId = bodyOnCamera(doc, beatId, e.performerId, e.cameraId).personId;
    return e.regions.map((region) => ({ performerId: e.performerId, region, agreed: boundaryOf(doc, personId, sceneId, region, 'show').value === 'agreed' }));
  });
}

export { EXPOSURE_CODES, isMoveFinding } from './exposureCodes';
