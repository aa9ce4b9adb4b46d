import { useId } from 'react';
import { useReadOnly } from '../review/readOnly';
import { CommentsPanel } from '../review/CommentsPanel';
import { ApprovalSection } from '../review/ApprovalSection';
import { inspect, useSelectionStore, type InspectorTarget } from '../../store/selectionStore';
import { useBeat, useProduction, useScene } from '../../store/selectors';
import { BeatInspector } from './BeatInspector';
import { ProductionInspector } from './ProductionInspector';
import { SceneInspector } from './SceneInspector';
import { VersionsPanel } from '../versions/VersionsPanel';

const TABS: readonly { id: InspectorTarget; label: string }[] = [
  { id: 'beat', label: 'Beat' },
  { id: 'scene', label: 'Scene' },
  { id: 'versions', label: 'Versions' },
  { id: 'production', label: 'Production' },
  { id: 'comments', label: 'Comments' },
];

/** The right-hand panel: fields of the selected beat, the current scene, or the production. */
export function Inspector() {
  const baseId = useId();
  const target = useSelectionStore((s) => s.inspector);
  const beat = useBeat(useSelectionStore((s) => s.beatId));
  const scene = useScene(useSelectionStore((s) => s.sceneId));
  const production = useProduction();
  const active: InspectorTarget = target === 'beat' && !beat ? (scene ? 'scene' : 'production') : (target === 'scene' || target === 'versions' || target === 'comments') && !scene ? 'production' : target;
  const readOnly = useReadOnly();
  // A review copy carries the version and sign-off state in words (Comments tab), not the versions themselves.
  const available = (t: InspectorTarget) => (t === 'beat' ? !!beat : t === 'versions' ? !!scene && !readOnly : t === 'scene' || t === 'comments' ? !!scene : !!production);

  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="inspector__tabs" role="tablist" aria-label="Inspect">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${baseId}-${t.id}`}
            aria-selected={active === t.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={active === t.id ? 0 : -1}
            disabled={!available(t.id)}
            className="inspector__tab"
            onClick={() => inspect(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
              const order = TABS.filter((x) => available(x.id));
              const i = order.findIndex((x) => x.id === active);
              const next = order[(i + (e.key === 'ArrowRight' ? 1 : order.length - 1)) % order.length];
              if (next) {
                inspect(next.id);
                document.getElementById(`${baseId}-${next.id}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="inspector__panel" role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-${active}`}>
        {/* Keyed by record, so drafts of one beat never leak into the next. */}
        {/* In a review copy every field is there to read and none can be changed (a disabled fieldset). */}
        <fieldset className="inspector__fields" disabled={readOnly} hidden={active === 'comments'}>
          {active === 'beat' && beat ? <BeatInspector key={beat.id} beat={beat} /> : null}
          {active === 'scene' && scene ? <SceneInspector key={scene.id} scene={scene} /> : null}
          {active === 'versions' && scene && !readOnly ? <VersionsPanel key={scene.id} scene={scene} /> : null}
          {active === 'production' && production ? <ProductionInspector production={production} /> : null}
        </fieldset>
        {/* The director's approvals beside the versions (the review's own component). */}
        {active === 'versions' && scene && !readOnly ? (
          <div className="inspector__content">
            <ApprovalSection sceneId={scene.id} />
          </div>
        ) : null}
        {active === 'comments' && scene ? <CommentsPanel sceneId={scene.id} beatId={beat?.id ?? null} /> : null}
      </div>
    </aside>
  );
}
