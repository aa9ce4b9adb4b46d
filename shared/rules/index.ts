import { beatsOfScene, type DocRecords } from '../records/query';
import { CONSENT_RULES } from './consent';
import { CONTACT_RULES } from './contacts';
import { DOUBLE_RULES } from './doubles';
import { EXPOSURE_RULES } from './exposure';
import { MINOR_RULES } from './minors';
import type { BeatsToRecheck } from './recheck';
import { SEVERITIES, type Finding, type Rule } from './types';

export * from './types';
export { scenesTouched, type TouchedRecord, type TouchLookup } from './touched';
export { beatsToRecheck, type BeatsToRecheck } from './recheck';

/**
 * Every rule the command engine runs, in the order their findings are listed. A new rule (contacts and
 * garments, consent, camera exposure…) is one entry here plus its table of tests in tests/unit/rules.
 */
export const RULES: readonly Rule[] = [...MINOR_RULES, ...CONTACT_RULES, ...CONSENT_RULES, ...DOUBLE_RULES, ...EXPOSURE_RULES];

/** Per-beat findings of one scene: beat id → one list per per-beat rule (in the order of the rules). */
export type BeatFindings = ReadonlyMap<string, readonly (readonly Finding[])[]>;

/**
 * One scene's findings, most severe first, in exactly the order a full check gives: each rule in turn,
 * a per-beat rule's findings beat by beat. Per-beat rules are re-run only for the beats in `recheck`;
 * the other beats' findings come from `previous` (the engine's cache, shared/rules/recheck.ts says which
 * beats a change can alter). Scene-level rules always run. Returns the per-beat findings to keep.
 */
export function checkScene(
  doc: DocRecords,
  sceneId: string,
  { previous, recheck = 'all', rules = RULES }: { previous?: BeatFindings; recheck?: BeatsToRecheck; rules?: readonly Rule[] } = {},
): { findings: Finding[]; byBeat: BeatFindings } {
  const perBeat = rules.filter((r) => r.checkBeat);
  const byBeat = new Map<string, readonly (readonly Finding[])[]>();
  const beats = doc.scenes[sceneId] ? beatsOfScene(doc, sceneId) : [];
  for (const beat of beats) {
    const kept = recheck === 'all' || recheck.has(beat.id) ? undefined : previous?.get(beat.id);
    byBeat.set(beat.id, kept ?? perBeat.map((r) => r.checkBeat!(doc, sceneId, beat)));
  }
  const found: Finding[] = [];
  let k = 0;
  for (const rule of rules) {
    if (!rule.checkBeat) {
      found.push(...rule.check(doc, sceneId));
      continue;
    }
    const index = k++;
    for (const beat of beats) found.push(...byBeat.get(beat.id)![index]!);
  }
  return { findings: found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)), byBeat };
}

/** The findings of every rule for each scene given (each scene once), scene by scene, most severe first. */
export function runRules(doc: DocRecords, sceneIds: Iterable<string>, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const sceneId of new Set(sceneIds)) out.push(...checkScene(doc, sceneId, { rules }).findings);
  return out;
}

/** The findings that refuse a command. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block');
}
