import { boneLabel, BONE_NAMES, EFFECTOR_BONES, type BoneName, type EffectorBone } from '../../../../shared/domain/bones';
import type { Placement } from '../../../../shared/domain/blocking';
import { jointEulerDeg, jointLimit, setJointEuler, withBoneQuat } from '../../../../shared/blocking';
import { editPlacement, performerName, setPlacementPose, togglePin } from '../stageActions';
import { selectPerformer } from '../stageStore';
import { NumericInput } from './NumericInput';
import { StageIcon } from './StageIcon';

const AXES = ['X', 'Y', 'Z'] as const;
const AXIS_HINT = { X: 'bend forward/back', Y: 'twist', Z: 'sideways' } as const;

/** Pick a joint and type its rotation in degrees per axis; a value outside the joint's range is refused with the range. */
export function JointEditor({ placement, bone }: { readonly placement: Placement; readonly bone: BoneName | null }) {
  const who = performerName(placement.performerId);
  const euler = bone ? jointEulerDeg(placement.pose, bone) : null;
  const limit = bone ? jointLimit(bone) : null;
  const effector = bone && (EFFECTOR_BONES as readonly string[]).includes(bone) ? (bone as EffectorBone) : null;
  const pinned = effector ? placement.pins.some((p) => p.bone === effector) : false;

  const setAxis = (axis: 0 | 1 | 2, deg: number) => {
    if (!bone) return null;
    return editPlacement(placement.id, (latest) => {
      const next = jointEulerDeg(latest.pose, bone);
      next[axis] = deg;
      return setPlacementPose(latest, setJointEuler(latest.pose, bone, next), `Rotate ${who}'s ${boneLabel(bone)}`);
    });
  };

  return (
    <div className="joint-editor">
      <label className="stage-field">
        <span className="stage-field__label">Joint</span>
        <select className="stage-input" aria-label="Selected joint" value={bone ?? ''} onChange={(e) => selectPerformer(placement.performerId, (e.target.value || null) as BoneName | null)}>
          <option value="">Whole body (click a body part)</option>
          {BONE_NAMES.map((b) => (
            <option key={b} value={b}>
              {boneLabel(b)}
            </option>
          ))}
        </select>
      </label>
      {bone && euler ? (
        <>
          <div className="stage-row stage-row--3">
            {AXES.map((axis, i) => {
              const range = limit ? limit[axis.toLowerCase() as 'x' | 'y' | 'z'] : null;
              return (
                <NumericInput
                  key={axis}
                  caption={axis}
                  label={`${boneLabel(bone)} ${axis} rotation`}
                  title={`${axis}: ${AXIS_HINT[axis]}${range ? ` (${range[0]}° to ${range[1]}°)` : ''}`}
                  value={euler[i]!}
                  decimals={1}
                  unit="°"
                  step={5}
                  {...(range ? { min: range[0], max: range[1] } : {})}
                  onCommit={(v) => setAxis(i as 0 | 1 | 2, v)}
                />
              );
            })}
          </div>
          <p className="stage-hint">
            {limit ? `Range X ${limit.x[0]}…${limit.x[1]}°, Y ${limit.y[0]}…${limit.y[1]}°, Z ${limit.z[0]}…${limit.z[1]}°.` : 'The pelvis turns freely.'}{' '}
            {effector ? 'Move mode (W) drags this limb by inverse kinematics.' : 'Drag the rings to rotate.'}
          </p>
          <div className="stage-actions">
            <button type="button" className="stage-btn" onClick={() => void editPlacement(placement.id, (latest) => setPlacementPose(latest, withBoneQuat(latest.pose, bone, [0, 0, 0, 1]), `Reset ${who}'s ${boneLabel(bone)}`))}>
              Reset joint
            </button>
            {effector ? (
              <button type="button" className={`stage-btn${pinned ? ' stage-btn--on' : ''}`} aria-pressed={pinned} onClick={() => void editPlacement(placement.id, (latest) => togglePin(latest, effector))}>
                <StageIcon name="pin" /> {pinned ? 'Pinned' : 'Pin in place'}
              </button>
            ) : null}
          </div>
        </>
      ) : (
        <p className="stage-hint">Click a body part of the selected mannequin to select its joint, or pick one here.</p>
      )}
    </div>
  );
}
