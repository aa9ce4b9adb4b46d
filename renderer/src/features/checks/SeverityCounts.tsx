import { SEVERITIES, type Severity } from '../../../../shared/rules/types';
import type { Finding } from '../../../../shared/rules/types';
import { SEVERITY_LABELS } from './useSceneFindings';

const MARK: Record<Severity, string> = { block: '■', error: '▲', warning: '●', info: 'i' };

/** Counts by severity as small tags ("2 errors", "1 warning"), most severe first; shape as well as colour. */
export function SeverityCounts({ findings, compact }: { readonly findings: readonly Finding[]; readonly compact?: boolean }) {
  return (
    <span className={`sev-counts${compact ? ' sev-counts--compact' : ''}`}>
      {SEVERITIES.map((sev) => {
        const n = findings.filter((f) => f.severity === sev).length;
        if (!n) return null;
        return (
          <span key={sev} className={`sev-tag sev-tag--${sev}`}>
            <span className="sev-tag__mark" aria-hidden="true">
              {MARK[sev]}
            </span>
            {n} {n === 1 ? SEVERITY_LABELS[sev].one : SEVERITY_LABELS[sev].many}
          </span>
        );
      })}
    </span>
  );
}
