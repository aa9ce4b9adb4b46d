import { beatsOfScene, type DocRecords } from '../records/query';
import { CONSENT_RULES } from './consent';
import { CONTACT_RULES } from './contacts';
import { DOUBLE_RULES } from './doubles';
import { EXPOSURE_RULES } from './exposure';
import { MINOR_RULES } from './minors';
import type { Recheck } from './recheck';
import { SEVERITIES, type Finding, type Rule } from './types';

export * from './types';
export { scenesTouched, type TouchedRecord, type TouchLookup } from './touched';
export { isNothing, whatToRecheck, type BeatRecheck, type Recheck } from './recheck';

/**
 * Every rule the command engine runs, in the order their findings are listed. A new rule (contacts and
 * garments, consent, camera exposure…) is one entry here plus its table of tests in tests/unit/rules.
 */
export const RULES: readonly Rule[] = [...MINOR_RULES, ...CONTACT_RULES, ...CONSENT_RULES, ...DOUBLE_RULES, ...EXPOSURE_RULES];

/**
 * One scene's check as the engine keeps it between commands: the findings, and what they were made of so
 * the next command can reuse the parts it cannot have changed.
 */
export interface SceneCheck {
  /** Most severe first, in exactly the order a full check gives. */
  readonly findings: readonly Finding[];
  /** Beat id → one list per per-beat rule (in the order of the rules). */
  readonly byBeat: ReadonlyMap<string, readonly (readonly Finding[])[]>;
  /** One list per scene-level rule (in the order of the rules). */
  readonly sceneLevel: readonly (readonly Finding[])[];
  /** The beats with any per-beat finding (most have none: only these are visited to list the findings). */
  readonly beatsWithFindings: ReadonlySet<string>;
}

/**
 * One scene's findings, most severe first, in exactly the order a full check gives: each rule in turn,
 * a per-beat rule's findings beat by beat. Given the `previous` check and what a change asks to `recheck`
 * (recheck.ts), per-beat rules run again only for the beats named (only those reading the geometry, when
 * nothing else changed there) and scene-level rules only when the change touched a kind of beat record
 * they read (`readsBeatRecords`); the rest comes from `previous`. When nothing needs running, `previous`
 * itself comes back.
 */
export function checkScene(
  doc: DocRecords,
  sceneId: string,
  { previous, recheck = 'all', rules = RULES }: { previous?: SceneCheck; recheck?: Recheck; rules?: readonly Rule[] } = {},
): SceneCheck {
  const reuse = previous && recheck !== 'all' ? { previous, recheck } : null;
  const { perBeat, sceneRules } = partition(rules);
  const rerun = sceneRules.map((r) => !reuse || !r.readsBeatRecords || r.readsBeatRecords.some((k) => reuse.recheck.kinds.has(k)));
  if (reuse && reuse.recheck.beats.size === 0 && !rerun.includes(true)) return reuse.previous;

  const byBeat = new Map<string, readonly (readonly Finding[])[]>();
  const beatsWithFindings = new Set<string>();
  const beats = doc.scenes[sceneId] ? beatsOfScene(doc, sceneId) : [];
  for (const beat of beats) {
    const kept = reuse?.previous.byBeat.get(beat.id);
    const what = reuse ? reuse.recheck.beats.get(beat.id) : 'all';
    // Kept whole, partly (only the rules reading the geometry run again), or made afresh.
    let lists: readonly (readonly Finding[])[];
    if (kept && !what) {
      lists = kept;
      if (reuse!.previous.beatsWithFindings.has(beat.id)) beatsWithFindings.add(beat.id);
    } else {
      lists = kept && what === 'geometry' ? perBeat.map((r, i) => (r.readsGeometry ? r.checkBeat!(doc, sceneId, beat) : kept[i]!)) : perBeat.map((r) => r.checkBeat!(doc, sceneId, beat));
      if (lists.some((list) => list.length > 0)) beatsWithFindings.add(beat.id);
    }
    byBeat.set(beat.id, lists);
  }
  const sceneLevel = sceneRules.map((r, i) => (rerun[i] ? null : reuse?.previous.sceneLevel[i]) ?? r.check(doc, sceneId));

  const withFindings = beats.filter((b) => beatsWithFindings.has(b.id));
  const found: Finding[] = [];
  let [k, s] = [0, 0];
  for (const rule of rules) {
    if (!rule.checkBeat) {
      found.push(...sceneLevel[s++]!);
      continue;
    }
    const index = k++;
    for (const beat of withFindings) found.push(...byBeat.get(beat.id)![index]!);
  }
  return { findings: found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)), byBeat, sceneLevel, beatsWithFindings };
}

// The per-beat and scene-level rules of a list of rules, split once per list (the engine checks on every command).
const partitions = new WeakMap<readonly Rule[], { perBeat: readonly Rule[]; sceneRules: readonly Rule[] }>();
function partition(rules: readonly Rule[]): { perBeat: readonly Rule[]; sceneRules: readonly Rule[] } {
  let p = partitions.get(rules);
  if (!p) partitions.set(rules, (p = { perBeat: rules.filter((r) => r.checkBeat), sceneRules: rules.filter((r) => !r.checkBeat) }));
  return p;
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
