import { useId, useState } from 'react';
import { beatNumber } from '../../../../shared/domain/beat';
import { selectBeat } from '../../store/selectionStore';
import { useDocumentStore } from '../../store/documentStore';
import { Icon } from '../../components/Icon';
import { countsText, SEVERITY_LABELS, useSceneFindings } from './useSceneFindings';

/**
 * The scene's checks in its header: a count by severity that opens the list of findings, each in the
 * rule's own sentence, with a way to the beat it is about. Main decides the findings after every change.
 */
export function ChecksSummary({ sceneId }: { readonly sceneId: string }) {
  const findings = useSceneFindings(sceneId);
  const beats = useDocumentStore((s) => s.beats);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const worst = findings[0]?.severity ?? null;
  const tone = worst === 'block' || worst === 'error' ? 'danger' : worst === 'warning' ? 'warn' : 'ok';
  return (
    <div className="checks">
      <button
        type="button"
        className={`btn btn--sm checks__toggle checks__toggle--${tone}`}
        aria-expanded={open}
        aria-controls={listId}
        disabled={findings.length === 0}
        onClick={() => setOpen((o) => !o)}
        title={findings.length ? 'Show what the checks found in this scene' : 'The scene passes every check Closed Set runs'}
      >
        <Icon name={findings.length ? 'alert' : 'check'} size={14} /> Checks: {countsText(findings)}
      </button>
      {open && findings.length > 0 ? (
        <ul id={listId} className="checks__list" aria-label="Findings in this scene">
          {findings.map((f, i) => {
            const beat = f.beatId ? beats[f.beatId] : null;
            return (
              <li key={`${f.code}:${f.subject?.id ?? ''}:${f.beatId ?? ''}:${i}`} className={`checks__item checks__item--${f.severity}`}>
                <span className="checks__severity">{SEVERITY_LABELS[f.severity].one}</span>
                <span className="checks__message" dir="auto">
                  {f.message}
                </span>
                {beat ? (
                  <button type="button" className="btn btn--sm btn--ghost" onClick={() => selectBeat(beat.id)}>
                    Go to beat {beatNumber(beat)}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
