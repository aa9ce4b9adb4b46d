import type { Finding, Severity } from '../../../../shared/rules/types';
import { useDocumentStore } from '../../store/documentStore';

const NONE: readonly Finding[] = [];

/** What the rules found in one scene (main runs them after every change; the renderer only shows them). */
export const useSceneFindings = (sceneId: string | null): readonly Finding[] => useDocumentStore((s) => (sceneId ? (s.findings[sceneId] ?? NONE) : NONE));

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  block: { one: 'block', many: 'blocks' },
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'note', many: 'notes' },
};

/** "1 error, 2 warnings" — most severe first; "No findings" when the scene passes every check. */
export function countsText(findings: readonly Finding[]): string {
  const parts = (['block', 'error', 'warning', 'info'] as const).flatMap((sev) => {
    const n = findings.filter((f) => f.severity === sev).length;
    return n ? [`${n} ${n === 1 ? SEVERITY_LABELS[sev].one : SEVERITY_LABELS[sev].many}`] : [];
  });
  return parts.length ? parts.join(', ') : 'No findings';
}
