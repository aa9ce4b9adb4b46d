import type { Beat } from '../domain/beat';
import { beatsOfScene, type DocRecords } from '../records/query';
import type { RecordKind } from '../records/registry';

/**
 * How a finding weighs: `block` — the command that led to it is refused and nothing is written (an
 * undo is never refused, it shows the finding instead); `error` — saved, but the plan is not ready to
 * sign; `warning` — saved, something to act on; `info` — saved, worth knowing.
 */
export const SEVERITIES = ['block', 'error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The record a finding is about (the performer, the contact, the garment…), for the UI to point at. */
export interface FindingSubject {
  readonly kind: RecordKind;
  readonly id: string;
}

/** One thing a rule found in one scene, in a sentence naming the people, the scene, the beat and the item. */
export interface Finding {
  /** Stable: the UI, the sheet and the tests key on it (e.g. `minor.nudity`). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly sceneId: string;
  /** The beat the finding is in, or null when it concerns the whole scene. */
  readonly beatId?: string | null;
  readonly subject?: FindingSubject;
}

/**
 * A rule checks one scene of the document. It reads the records only through shared/records/query.ts,
 * so "what is live" is answered as everywhere else, and it is pure: the same doc gives the same findings.
 * Each finding it returns carries the rule's own code and severity.
 *
 * A **per-beat** rule also has `checkBeat`: its findings about one beat, read from that beat's own records
 * (placements, camera placements, contacts, garments, barriers, doublings), the beat just before it (a move
 * into the beat), and the scene-wide records (the scene, its set and cameras, people, consent). Its `check`
 * is then the beats' findings in order (`perBeatRule` builds it), and the command engine re-checks only
 * the beats a command touched, keeping the other beats' findings (electron/main/commands/sceneFindings.ts).
 * A rule whose findings about a beat depend on other beats (the first kiss of a scene) or on the scene as
 * a whole stays scene-level: `check` only, run in full whenever a change can alter its findings. It names
 * in `readsBeatRecords` the kinds of beat records it reads ('beat' for a beat's fields beyond its words):
 * a command that changes only other beat records keeps its findings (shared/rules/recheck.ts).
 */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** One line saying what the rule guards, for the registry and its tests. */
  readonly description: string;
  check(doc: DocRecords, sceneId: string): Finding[];
  /**
   * Scene-level rules only: the beats' own records the findings depend on — 'beat' and the kinds whose
   * parent is a beat, but never their geometry (`readsGeometry`: moving a mannequin or a camera runs no
   * scene-level rule). Omitted: every change to the scene runs the rule. Scene-wide records (the scene, its
   * set and cameras, people, consent) and beats added, moved or deleted always run it.
   */
  readonly readsBeatRecords?: readonly RecordKind[];
  checkBeat?(doc: DocRecords, sceneId: string, beat: Beat): Finding[];
  /**
   * Per-beat rules that read the geometry — where bodies stand and how they are posed (a placement's
   * position, facing, pose, pins), where cameras stand and look (a camera placement's position, target,
   * lens, roll). Moving a mannequin or a camera runs only these again (shared/rules/recheck.ts).
   */
  readonly readsGeometry?: boolean;
}

/** A per-beat rule: `check` is `checkBeat` over the scene's live beats, in order. */
export function perBeatRule(rule: Omit<Rule, 'check' | 'checkBeat' | 'readsBeatRecords'> & { checkBeat(doc: DocRecords, sceneId: string, beat: Beat): Finding[] }): Rule & { checkBeat: NonNullable<Rule['checkBeat']> } {
  return {
    ...rule,
    checkBeat: rule.checkBeat,
    check: (doc, sceneId) => (doc.scenes[sceneId] ? beatsOfScene(doc, sceneId).flatMap((beat) => rule.checkBeat(doc, sceneId, beat)) : []),
  };
}
