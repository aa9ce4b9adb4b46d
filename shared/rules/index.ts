import type { DocRecords } from '../records/query';
import { CONSENT_RULES } from './consent';
import { CONTACT_RULES } from './contacts';
import { DOUBLE_RULES } from './doubles';
import { EXPOSURE_RULES } from './exposure';
import { MINOR_RULES } from './minors';
import { SEVERITIES, type Finding, type Rule } from './types';

export * from './types';
export { scenesTouched, type TouchedRecord, type TouchLookup } from './touched';

/**
 * Every rule the command engine runs, in the order their findings are listed. A new rule (contacts and
 * garments, consent, camera exposure…) is one entry here plus its table of tests in tests/unit/rules.
 */
export const RULES: readonly Rule[] = [...MINOR_RULES, ...CONTACT_RULES, ...CONSENT_RULES, ...DOUBLE_RULES, ...EXPOSURE_RULES];

/** The findings of every rule for each scene given (each scene once), scene by scene, most severe first. */
export function runRules(doc: DocRecords, sceneIds: Iterable<string>, rules: readonly Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  for (const sceneId of new Set(sceneIds)) {
    const found = rules.flatMap((rule) => rule.check(doc, sceneId));
    out.push(...found.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)));
  }
  return out;
}

/** The findings that refuse a command. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'block');
}
