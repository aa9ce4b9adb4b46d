import { SHOT_SIZES, type Placement } from '../../../../shared/domain/blocking';
import { frameCameraOn, performerName } from '../stageActions';
import { useActiveCamera } from '../useActiveCamera';
import { PanelSection } from './PanelSection';
import { SHOT_LABELS } from './shotSizes';

/** Frame the selected performer in the active camera at a shot size, from the mannequin's own panel. */
export function FrameInCamera({ placement, beatId }: { readonly placement: Placement; readonly beatId: string }) {
  const camera = useActiveCamera(beatId);
  if (!camera || placement.hidden) return null;
  const who = performerName(placement.performerId);
  return (
    <PanelSection title={`Frame in ${camera.name}`}>
      <div className="stage-segmented stage-segmented--wrap" role="group" aria-label={`Frame ${who} in ${camera.name}`}>
        {SHOT_SIZES.map((s) => (
          <button key={s} type="button" className="stage-seg" onClick={() => void frameCameraOn(camera.id, placement, s)} title={`${SHOT_LABELS[s]} of ${who} in ${camera.name} (${camera.focalLengthMm} mm): the camera moves along its line of sight`}>
            {SHOT_LABELS[s]}
          </button>
        ))}
      </div>
    </PanelSection>
  );
}
