import { it } from 'vitest';
import { POSE_PRESETS, boneWorldPositions, bodyLandmarks, isWithinLimits, jointEulerDeg, skeletonForHeight } from '../../../shared/blocking';
import { BONE_NAMES } from '../../../shared/domain/bones';

const f = (v: readonly number[]) => v.map((n) => n.toFixed(2)).join(',');
it('scratch', () => {
  for (const p of POSE_PRESETS) {
    const pl = { position: [0, 0, 0] as [number, number, number], rotationY: 0, pose: p.pose };
    const w = boneWorldPositions(pl, 170);
    const lm = bodyLandmarks(pl, 170);
    const bad = BONE_NAMES.filter((b) => p.pose.bones[b] && !isWithinLimits(b, p.pose.bones[b]!));
    const minY = Math.min(...BONE_NAMES.map((b) => w[b][1]));
    console.log(`${p.id} bad=${bad} minY=${minY.toFixed(3)} headTop=${f(lm.headTop)} feet=${f(lm.feet)} chin=${f(lm.chin)}
  LKnee=${f(w.leftLowerLeg)} LAnkle=${f(w.leftFoot)} LToes=${f(w.leftToes)} LElbow=${f(w.leftLowerArm)} LHand=${f(w.leftHand)} RHand=${f(w.rightHand)} LUA=${f(w.leftUpperArm)} head=${f(w.head)} hips=${f(w.hips)}`);
  }
});
