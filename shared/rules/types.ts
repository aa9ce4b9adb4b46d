import type { DocRecords } from '../records/query';
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
 */
export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  /** One line saying what the rule guards, for the registry and its tests. */
  readonly description: string;
  check(doc: DocRecords, sceneId: string): Finding[];
}
