import { clearSelection, togglePanel, useStageStore } from '../stageStore';
import { useReadOnly } from '../../features/review/readOnly';
import { BarrierPanel } from './BarrierPanel';
import { CameraPanel } from './CameraPanel';
import { ContactPanel } from './ContactPanel';
import { MannequinPanel } from './MannequinPanel';
import { SetPiecePanel } from './SetPiecePanel';
import { StageIcon } from './StageIcon';
import { StageOutline } from './StageOutline';

const TITLES = { performer: 'Mannequin', setPiece: 'Set piece', camera: 'Camera', contact: 'Contact', barrier: 'Barrier' } as const;

/** The right-hand "Blocking" panel of the stage: edits whatever is selected in the 3D view. */
export function BlockingPanel({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const selection = useStageStore((s) => s.selection);
  const title = !selection ? 'Blocking' : TITLES[selection.kind];
  // In a review copy the panel shows the blocking to read; none of its fields or buttons can change it.
  const readOnly = useReadOnly();
  return (
    <aside className="stage-panel" aria-label="Blocking">
      <header className="stage-panel__head">
        {selection ? (
          <button type="button" className="stage-icon-btn" onClick={clearSelection} aria-label="Back to the outline" title="Back to everything on stage">
            <StageIcon name="chevronDown" />
          </button>
        ) : null}
        <h3>{title}</h3>
        <button type="button" className="stage-icon-btn" onClick={togglePanel} aria-label="Hide the blocking panel" title="Hide panel">
          <StageIcon name="close" />
        </button>
      </header>
      <fieldset className="stage-panel__body stage-panel__fields" disabled={readOnly}>
        {!beatId ? (
          <p className="stage-panel__empty">Select or add a beat below to block it.</p>
        ) : selection?.kind === 'performer' ? (
          <MannequinPanel performerId={selection.performerId} bone={selection.bone} beatId={beatId} sceneId={sceneId} />
        ) : selection?.kind === 'setPiece' ? (
          <SetPiecePanel id={selection.id} />
        ) : selection?.kind === 'camera' ? (
          <CameraPanel id={selection.id} beatId={beatId} sceneId={sceneId} />
        ) : selection?.kind === 'contact' ? (
          <ContactPanel key={selection.id} id={selection.id} sceneId={sceneId} beatId={beatId} />
        ) : selection?.kind === 'barrier' ? (
          <BarrierPanel key={selection.id} id={selection.id} sceneId={sceneId} beatId={beatId} />
        ) : (
          <StageOutline sceneId={sceneId} beatId={beatId} />
        )}
      </fieldset>
    </aside>
  );
}
