import { describe, expect, it } from 'vitest';
import { Pose } from '../../../shared/domain/blocking';
import { applyPose, boneWorldPositions, buildBones, jointEulerDeg, mirrorPose, poseFromBones, restPose, setJointEuler } from '../../../shared/blocking';

const origin = { position: [0, 0, 0] as [number, number, number], rotationY: 0 };

/** Left arm raised forward and out, left knee bent, head turned, weight shifted to the right. */
function asymmetricPose() {
  let p = { ...restPose(), hips: [0.05, 0.88, 0.02] as [number, number, number] };
  p = setJointEuler(p, 'leftUpperArm', [-70, 20, 30]);
  p = setJointEuler(p, 'leftLowerArm', [-45, 10, 0]);
  p = setJointEuler(p, 'leftLowerLeg', [40, 0, 0]);
  p = setJointEuler(p, 'neck', [10, 30, -10]);
  p = setJointEuler(p, 'hips', [0, 20, 5]);
  return p;
}

describe('pose helpers', () => {
  it('mirroring twice gives back the same pose', () => {
    const p = asymmetricPose();
    expect(mirrorPose(mirrorPose(p))).toEqual(p);
  });

  it('mirroring swaps left and right and reflects the body across its midline', () => {
    const p = asymmetricPose();
    const m = mirrorPose(p);
    expect(m.bones.rightUpperArm).toBeDefined();
    expect(m.bones.leftUpperArm).toBeUndefined();
    const a = boneWorldPositions({ ...origin, pose: p }, 170);
    const b = boneWorldPositions({ ...origin, pose: m }, 170);
    for (const [from, to] of [['leftHand', 'rightHand'], ['rightHand', 'leftHand'], ['head', 'head'], ['leftFoot', 'rightFoot']] as const) {
      expect(b[to][0]).toBeCloseTo(-a[from][0], 5);
      expect(b[to][1]).toBeCloseTo(a[from][1], 5);
      expect(b[to][2]).toBeCloseTo(a[from][2], 5);
    }
  });

  it('stores poses that pass the schema: unit quaternions rounded to 6 decimals', () => {
    const p = asymmetricPose();
    expect(Pose.safeParse(p).success).toBe(true);
    for (const q of Object.values(p.bones)) {
      expect(Math.hypot(...q)).toBeCloseTo(1, 5);
      for (const c of q) expect(Math.round(c * 1e6) / 1e6).toBe(c);
      expect(q[3]).toBeGreaterThanOrEqual(0);
    }
    expect(jointEulerDeg(p, 'leftLowerLeg')[0]).toBeCloseTo(40, 3);
  });

  it('round-trips through three.js bones, with the hips position scaled by height', () => {
    const p = asymmetricPose();
    const rig = buildBones(185);
    applyPose(rig.bones, p, 185);
    expect(rig.bones.hips.position.y).toBeCloseTo(0.88 * (185 / 170), 6);
    expect(poseFromBones(rig.bones, 185)).toEqual(p);
  });

  it('places and turns the mannequin with its placement', () => {
    const pose = setJointEuler(restPose(), 'leftUpperArm', [-90, 0, 0]); // left arm straight forward
    const here = boneWorldPositions({ position: [1, 0, 2], rotationY: 90, pose }, 170);
    // Facing +x after a quarter turn: the forward-pointing hand is ahead in +x, the left side is at −z.
    expect(here.leftHand[0]).toBeGreaterThan(1.5);
    expect(here.leftHand[2]).toBeLessThan(2 - 0.1);
    expect(here.hips).toEqual([1, 0.9, 2]);
  });
});
