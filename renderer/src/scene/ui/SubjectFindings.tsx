import { useMemo } from 'react';
import type { RecordKind } from '../../../../shared/records/registry';
import type { Finding } from '../../../../shared/rules/types';
import { useDocumentStore } from '../../store/documentStore';

const NONE: readonly Finding[] = [];

/** What main's checks found about one record (a contact, a barrier) of the scene, most serious first. */
export function useSubjectFindings(sceneId: string, kind: RecordKind, id: string): readonly Finding[] {
  const all = useDocumentStore((s) => s.findings[sceneId] ?? NONE);
  return useMemo(() => {
    const order = ['block', 'error', 'warning', 'info'];
    const mine = all.filter((f) => f.subject?.kind === kind && f.subject.id === id);
    return mine.length ? mine.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity)) : NONE;
  }, [all, kind, id]);
}

/** The findings about the selected record, in the rules' own sentences. */
export function SubjectFindings({ findings }: { readonly findings: readonly Finding[] }) {
  if (!findings.length) return null;
  return (
    <ul className="stage-list" aria-label="Checks on this item">
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`subject-findings__item subject-findings__item--${f.severity}`}>
          {f.message}
        </li>
      ))}
    </ul>
  );
}

/** A small mark next to an item of the outline that a check found something about (the sentences in its title). */
export function FindingMark({ findings }: { readonly findings: readonly Finding[] }) {
  const worst = findings[0];
  if (!worst) return null;
  const label = `${findings.length} ${findings.length === 1 ? 'check finding' : 'check findings'}`;
  return (
    <span className={`finding-mark finding-mark--${worst.severity}`} role="img" aria-label={label} title={findings.map((f) => f.message).join('\n')}>
      !
    </span>
  );
}
