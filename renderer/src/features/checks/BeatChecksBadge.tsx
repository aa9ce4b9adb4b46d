import { useMemo } from 'react';
import { countsText, useSceneFindings } from './useSceneFindings';

const NONE = { worst: null, n: 0, text: '' } as const;

/** On a beat card: the worst severity among the beat's findings and how many there are. */
export function BeatChecksBadge({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string }) {
  const findings = useSceneFindings(sceneId);
  const { worst, n, text } = useMemo(() => {
    const mine = findings.filter((f) => f.beatId === beatId);
    return mine.length ? { worst: mine[0]!.severity, n: mine.length, text: countsText(mine) } : NONE;
  }, [findings, beatId]);
  if (!worst) return null;
  return (
    <span className={`beat-checks beat-checks--${worst}`} title={`Checks: ${text}`} data-testid="beat-checks">
      <span aria-hidden="true">{worst === 'warning' || worst === 'info' ? '●' : '▲'}</span>
      {n}
      <span className="visually-hidden"> {text}</span>
    </span>
  );
}
