import { boneLabel, type BoneName } from '../../../../shared/domain/bones';
import { PlacementFields } from '../../../../shared/domain/blocking';
import { schemaMessage } from '../../components/fieldParsers';
import { useDocumentStore } from '../../store/documentStore';
import { editPlacement, movePlacement, mirrorPlacementPose, setHidden, updatePlacement, performerName } from '../stageActions';
import { usePlacementOf } from '../selectors';
import { CopyFromControl } from './CopyFromControl';
import { FrameInCamera } from './FrameInCamera';
import { JointEditor } from './JointEditor';
import { NumericInput } from './NumericInput';
import { PanelSection } from './PanelSection';
import { PosePresetPicker } from './PosePresetPicker';
import { SavePresetControl } from './SavePresetControl';
import { StageIcon } from './StageIcon';
import { WardrobeSection } from './WardrobeSection';
import { axisCheck, withAxis } from './withAxis';
import { TruncatedText } from '../../components/TruncatedText';

/** The floor axes, typed as Position X and Position Z (elevation, y, is set apart: snapping sets it). */
const AXES = [
  ['X', 0],
  ['Z', 2],
] as const;

// Where 0° faces, in the words of the placement schema (0 faces +z, towards the default camera).
const FACING_HINT = 'Facing: 0° faces the audience (+z, the default camera); 90° faces camera right (+x).';

/** The selected mannequin: where it stands, its pose (presets, mirror, copy, save), its joints. */
export function MannequinPanel({ performerId, bone, beatId, sceneId }: { readonly performerId: string; readonly bone: BoneName | null; readonly beatId: string; readonly sceneId: string }) {
  const performer = useDocumentStore((s) => s.performers[performerId]);
  const placement = usePlacementOf(beatId, performerId);
  if (!performer || !placement) return <p className="stage-panel__empty">This performer has no placement in this beat.</p>;
  return (
    <>
      <div className="stage-panel__title">
        <span className="stage-dot" style={{ background: performer.color }} />
        <div className="stage-panel__names">
          <TruncatedText className="stage-panel__name" text={performer.character || performer.name} />
          <span className="muted">
            {performer.character ? <TruncatedText text={performer.name} /> : null} · {performer.heightCm} cm
          </span>
        </div>
      </div>
      <label className="stage-check">
        <input
          type="checkbox"
          checked={placement.hidden}
          onChange={(e) => {
            const hidden = e.target.checked;
            void editPlacement(placement.id, (latest) => setHidden(latest, hidden));
          }}
        />
        Off stage in this beat (hidden)
      </label>

      <PanelSection title="Placement">
        <div className="stage-row stage-row--2">
          {AXES.map(([caption, axis]) => (
            <NumericInput
              key={caption}
              caption={caption}
              label={`Position ${caption}`}
              value={placement.position[axis]}
              unit="m"
              step={0.05}
              check={axisCheck(PlacementFields.shape.position, placement.position)(axis)}
              onCommit={(v) => editPlacement(placement.id, (p) => movePlacement(p, withAxis(p.position, axis, v), p.rotationY))}
            />
          ))}
          <NumericInput
            caption="Y"
            label="Elevation"
            value={placement.position[1]}
            unit="m"
            step={0.05}
            title="Height of the supporting surface under the mannequin (0 = floor). Snapping sets it when you move."
            check={axisCheck(PlacementFields.shape.position, placement.position)(1)}
            onCommit={(v) => editPlacement(placement.id, (p) => updatePlacement(p, { position: withAxis(p.position, 1, v) }, `Raise ${performerName(performerId)}`))}
          />
          <NumericInput
            caption="↻"
            label="Facing"
            value={placement.rotationY}
            unit="°"
            decimals={1}
            step={5}
            title={FACING_HINT}
            check={(v) => schemaMessage(PlacementFields.shape.rotationY, v)}
            onCommit={(v) => editPlacement(placement.id, (p) => movePlacement(p, p.position, v))}
          />
        </div>
        <p className="stage-hint">{FACING_HINT}</p>
      </PanelSection>

      <WardrobeSection performer={performer} placement={placement} beatId={beatId} />

      <PanelSection
        title="Pose"
        aside={
          <button type="button" className="stage-btn stage-btn--small" onClick={() => void editPlacement(placement.id, mirrorPlacementPose)} title="Swap left and right">
            <StageIcon name="mirror" /> Mirror
          </button>
        }
      >
        <PosePresetPicker placement={placement} />
        <div className="stage-actions">
          <SavePresetControl pose={placement.pose} />
        </div>
        <CopyFromControl placement={placement} sceneId={sceneId} />
      </PanelSection>

      <FrameInCamera placement={placement} beatId={beatId} />

      <PanelSection title="Joint">
        <JointEditor placement={placement} bone={bone} />
      </PanelSection>

      {placement.pins.length ? (
        <PanelSection title="Pinned">
          <ul className="stage-list">
            {placement.pins.map((p) => (
              <li key={p.bone}>
                <StageIcon name="pin" /> {boneLabel(p.bone)} at {p.target.map((v) => v.toFixed(2)).join(', ')} m
              </li>
            ))}
          </ul>
        </PanelSection>
      ) : null}
    </>
  );
}
