import { useDocumentStore } from '../../store/documentStore';
import { setHidden } from '../stageActions';
import { useCamerasOfBeat, useCast, usePlacementsOfBeat, useSetPiecesOfScene } from '../selectors';
import { selectCamera, selectPerformer, selectSetPiece } from '../stageStore';
import { OutlineBarriers, OutlineContacts } from './OutlineWardrobe';
import { OutlineDoubles } from './OutlineDoubles';
import { PanelSection } from './PanelSection';
import { StageIcon } from './StageIcon';

/** With nothing selected: everything on stage in this beat, to pick from (and a reminder of how to work). */
export function StageOutline({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string }) {
  const cast = useCast(sceneId);
  const placements = usePlacementsOfBeat(beatId);
  const pieces = useSetPiecesOfScene(sceneId);
  const cameras = useCamerasOfBeat(beatId);
  const presetsCount = useDocumentStore((s) => Object.keys(s.posePresets).length);
  return (
    <>
      <PanelSection title="Performers">
        {cast.length === 0 ? <p className="stage-panel__empty">Add performers to the scene (Scene details) to block them.</p> : null}
        <ul className="stage-outline">
          {cast.map((p) => {
            const placement = placements.find((x) => x.performerId === p.id);
            return (
              <li key={p.id} className="stage-outline__row">
                <button type="button" className="stage-outline__item" onClick={() => selectPerformer(p.id)}>
                  <span className="stage-dot" style={{ background: p.color }} />
                  <span className="stage-outline__name" dir="auto" title={p.character || p.name}>
                    {p.character || p.name}
                  </span>
                  <span className="muted stage-outline__meta" dir="auto" title={p.character ? p.name : undefined}>
                    {placement?.hidden ? 'off stage' : p.character ? p.name : ''}
                  </span>
                </button>
                {placement ? (
                  <button type="button" className="stage-icon-btn" aria-label={`${placement.hidden ? 'Show' : 'Hide'} ${p.character || p.name} in this beat`} title={placement.hidden ? 'Bring on stage' : 'Off stage in this beat'} onClick={() => void setHidden(placement, !placement.hidden)}>
                    <StageIcon name={placement.hidden ? 'eyeOff' : 'eye'} />
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      </PanelSection>
      <OutlineContacts sceneId={sceneId} beatId={beatId} />
      <OutlineBarriers beatId={beatId} />
      <OutlineDoubles sceneId={sceneId} beatId={beatId} />
      <PanelSection title="Set">
        {pieces.length === 0 ? <p className="stage-panel__empty">No set pieces yet. Add a bed, sofa or wall from the toolbar.</p> : null}
        <ul className="stage-outline">
          {pieces.map((p) => (
            <li key={p.id} className="stage-outline__row">
              <button type="button" className="stage-outline__item" onClick={() => selectSetPiece(p.id)}>
                <span className="stage-dot stage-dot--square" style={{ background: p.color }} />
                <span className="stage-outline__name" dir="auto" title={p.label}>
                  {p.label}
                </span>
                <span className="muted stage-outline__meta stage-outline__meta--size">
                  {p.size[0].toFixed(2)} × {p.size[2].toFixed(2)} m
                </span>
              </button>
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title="Cameras in this beat">
        {cameras.length === 0 ? <p className="stage-panel__empty">No cameras yet. Add one from the toolbar.</p> : null}
        <ul className="stage-outline">
          {cameras.map((c) => (
            <li key={c.id} className="stage-outline__row">
              <button type="button" className="stage-outline__item" onClick={() => selectCamera(c.id, c.name)}>
                <StageIcon name="camera" />
                <span className="stage-outline__name" dir="auto" title={c.name}>
                  {c.name}
                </span>
                <span className="muted">
                  {c.focalLengthMm} mm · {c.aspect}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </PanelSection>
      <p className="stage-hint stage-hint--block">
        Click a mannequin to select it, click again on a body part to pick a joint. Drag the gizmo to move (W) or rotate (E); every release is one undoable step. {presetsCount ? `${presetsCount} saved pose preset${presetsCount === 1 ? '' : 's'} in this production.` : ''}
      </p>
    </>
  );
}
