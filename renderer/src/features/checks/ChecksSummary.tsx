import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { beatNumber, type Beat } from '../../../../shared/domain/beat';
import type { Finding } from '../../../../shared/rules/types';
import { Icon } from '../../components/Icon';
import { lookThroughWithExposure, selectContact, selectPerformer } from '../../scene/stageStore';
import { useDocumentStore } from '../../store/documentStore';
import { isMoveFinding } from '../../../../shared/rules/exposureCodes';
import { selectBeat, useSelectionStore } from '../../store/selectionStore';
import { useBeatsOfScene } from '../../store/selectors';
import { countsText, SEVERITY_LABELS, useSceneFindings } from './useSceneFindings';
import { SeverityCounts } from './SeverityCounts';

interface Group {
  readonly key: string;
  readonly title: string;
  readonly beat: Beat | null;
  readonly findings: readonly Finding[];
}

/**
 * Findings grouped by beat in the scene's order; those about the whole scene first. What a camera would
 * film during the move into a beat (exposure.move-*) is its own group, "Between beat 3 and 4", before it.
 */
function groupByBeat(findings: readonly Finding[], beats: readonly Beat[]): Group[] {
  const scene = findings.filter((f) => !f.beatId || !beats.some((b) => b.id === f.beatId));
  const groups: Group[] = scene.length ? [{ key: 'scene', title: 'Whole scene', beat: null, findings: scene }] : [];
  beats.forEach((b, i) => {
    const mine = findings.filter((f) => f.beatId === b.id);
    const moving = mine.filter(isMoveFinding);
    const previous = beats[i - 1];
    if (moving.length && previous) groups.push({ key: `move-${b.id}`, title: `Between beat ${beatNumber(previous)} and ${beatNumber(b)}`, beat: b, findings: moving });
    const at = previous ? mine.filter((f) => !isMoveFinding(f)) : mine;
    if (at.length) groups.push({ key: b.id, title: `Beat ${beatNumber(b)}${b.description.trim() ? `: ${b.description.trim()}` : ''}`, beat: b, findings: at });
  });
  return groups;
}

/**
 * Select what a finding is about: its beat, and the contact or performer in the 3D view; for what a
 * camera films (exposure findings), look through that camera with the exposure tint on.
 */
export function goToFinding(f: Finding): void {
  if (f.beatId) selectBeat(f.beatId);
  if (f.subject?.kind === 'contact') selectContact(f.subject.id);
  else if (f.subject?.kind === 'performer') selectPerformer(f.subject.id);
  else if (f.subject?.kind === 'camera') {
    const camera = useDocumentStore.getState().cameras[f.subject.id];
    if (camera) lookThroughWithExposure(camera.id, camera.name);
  }
}

/**
 * The scene's checks in its header: a count by severity that opens the checks panel — the findings
 * grouped by beat, each in the rule's own sentence; choosing one selects its beat (and its contact or
 * performer in 3D). Main decides the findings after every change; the renderer only shows them.
 */
export function ChecksSummary({ sceneId }: { readonly sceneId: string }) {
  const findings = useSceneFindings(sceneId);
  const beats = useBeatsOfScene(sceneId);
  const selectedBeat = useSelectionStore((s) => s.beatId);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const groups = useMemo(() => groupByBeat(findings, beats), [findings, beats]);
  const worst = findings[0]?.severity ?? null;
  const tone = worst === 'block' || worst === 'error' ? 'danger' : worst === 'warning' ? 'warn' : 'ok';
  useEffect(() => {
    if (findings.length === 0) setOpen(false);
  }, [findings.length]);
  return (
    <div className="checks">
      <button
        ref={toggleRef}
        type="button"
        className={`btn btn--sm checks__toggle checks__toggle--${tone}`}
        aria-expanded={open}
        aria-controls={panelId}
        disabled={findings.length === 0}
        onClick={() => setOpen((o) => !o)}
        title={findings.length ? 'Show what the checks found in this scene' : 'The scene passes every check Closed Set runs'}
      >
        <Icon name={findings.length ? 'alert' : 'check'} size={14} /> Checks: {countsText(findings)}
      </button>
      {open && findings.length > 0 ? (
        <section
          id={panelId}
          className="checks__panel"
          aria-label="Checks panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setOpen(false);
              toggleRef.current?.focus();
            }
          }}
        >
          <header className="checks__panel-head">
            <h3 className="checks__panel-title">Checks</h3>
            <SeverityCounts findings={findings} />
            <button type="button" className="icon-btn checks__close" aria-label="Close the checks panel" onClick={() => setOpen(false)}>
              <Icon name="close" size={14} />
            </button>
          </header>
          <ul className="checks__list" aria-label="Findings in this scene">
            {groups.map((g) => (
              <li key={g.key} className={`checks__group${g.beat && g.beat.id === selectedBeat ? ' checks__group--current' : ''}`}>
                <div className="checks__group-head">
                  <span className="checks__group-title" dir="auto">
                    {g.title}
                  </span>
                  <SeverityCounts findings={g.findings} compact />
                </div>
                <ul className="checks__items" aria-label={`Findings in ${g.beat ? `beat ${beatNumber(g.beat)}` : 'the whole scene'}`}>
                  {g.findings.map((f, i) => (
                    <li key={`${f.code}:${f.subject?.id ?? ''}:${i}`} className={`checks__item checks__item--${f.severity}`}>
                      <button type="button" className="checks__finding" onClick={() => goToFinding(f)} title={g.beat ? `Select beat ${beatNumber(g.beat)}` : undefined}>
                        <span className="checks__severity">{SEVERITY_LABELS[f.severity].one}</span>
                        <span className="checks__message" dir="auto">
                          {f.message}
                        </span>
                        {g.beat ? <span className="checks__go">Go to beat {beatNumber(g.beat)}</span> : null}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
