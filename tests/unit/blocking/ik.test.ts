import { describe, expect, it } from 'vitest';
import { BONE_NAMES } from '../../../shared/domain/bones';
import type { Vec3 } from '../../../shared/domain/blocking';
import { applyPins, boneWorldPositions, isWithinLimits, jointEulerDeg, restPose, solveLimbIK } from '../../../shared/blocking';

const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function expectWithinLimits(pose: ReturnType<typeof restPose>) {
  for (const bone of BONE_NAMES) {
    const q = pose.bones[bone];
    if (q) expect(isWithinLimits(bone, q), bone).toBe(true);
  }
}

describe('limb inverse kinematics', () => {
  const placement = { position: [0.5, 0, -1] as Vec3, rotationY: 30 };

  it('brings a dragged hand to a reachable point within 1 cm and moves nothing else', () => {
    const before = boneWorldPositions({ ...placement, pose: restPose() }, 170);
    // A point in front of the right shoulder at chest height.
    const shoulder = before.rightUpperArm;
    const target: Vec3 = [shoulder[0] + 0.15, 1.25, shoulder[2] + 0.3];
    const result = solveLimbIK(restPose(), 170, placement, 'rightHand', target);
    const after = boneWorldPositions({ ...placement, pose: result.pose }, 170);
    expect(result.reached).toBe(true);
    expect(dist(after.rightHand, target)).toBeLessThan(0.01);
    expect(result.errorM).toBeLessThan(0.01);
    expect(after.leftHand).toEqual(before.leftHand);
    expect(after.head).toEqual(before.head);
    expectWithinLimits(result.pose);
  });

  it('brings a foot onto a step by bending the knee the right way', () => {
    const before = boneWorldPositions({ ...placement, pose: restPose() }, 170);
    const ankle = before.leftFoot;
    // 30 cm up and a little forward (along the facing direction).
    const f = [Math.sin(Math.PI / 6), 0, Math.cos(Math.PI / 6)];
    const target: Vec3 = [ankle[0] + f[0]! * 0.15, ankle[1] + 0.3, ankle[2] + f[2]! * 0.15];
    const result = solveLimbIK(restPose(), 170, placement, 'leftFoot', target);
    expect(result.reached).toBe(true);
    const after = boneWorldPositions({ ...placement, pose: result.pose }, 170);
    expect(dist(after.leftFoot, target)).toBeLessThan(0.01);
    expect(jointEulerDeg(result.pose, 'leftLowerLeg')[0]).toBeGreaterThan(20); // knee flexed, not hyperextended
    expectWithinLimits(result.pose);
  });

  it('reaches towards an unreachable point as far as the arm goes, without breaking a joint', () => {
    const before = boneWorldPositions({ ...placement, pose: restPose() }, 170);
    const shoulder = before.leftUpperArm;
    const target: Vec3 = [shoulder[0] + 2, shoulder[1], shoulder[2] - 1]; // 2.2 m away, out to the side
    const result = solveLimbIK(restPose(), 170, placement, 'leftHand', target);
    expect(result.reached).toBe(false);
    const after = boneWorldPositions({ ...placement, pose: result.pose }, 170);
    const armLength = dist(before.leftUpperArm, before.leftLowerArm) + dist(before.leftLowerArm, before.leftHand);
    // Arm (nearly) straight: the hand is almost a full arm's length from the shoulder…
    expect(dist(after.leftUpperArm, after.leftHand)).toBeGreaterThan(armLength * 0.97);
    // …and as close to the target as a straight arm allows.
    expect(result.errorM).toBeLessThan(dist(shoulder, target) - armLength * 0.9);
    expect(result.errorM).toBeCloseTo(dist(after.leftHand, target), 6);
    expectWithinLimits(result.pose);
  });

  it('keeps pinned hands and feet on their pins after the body moves', () => {
    const start = { position: [0, 0, 0] as Vec3, rotationY: 0, pose: restPose() };
    const joints = boneWorldPositions(start, 170);
    const pins = [
      { bone: 'leftHand' as const, target: joints.leftHand },
      { bone: 'rightFoot' as const, target: joints.rightFoot },
    ];
    // The performer shifts 12 cm to the left and sinks 8 cm (knees must bend to keep the foot down).
    const moved = { position: [0.12, 0, 0] as Vec3, rotationY: 0 };
    const pose = { ...restPose(), hips: [0, 0.82, 0] as Vec3 };
    const result = applyPins(pose, 170, moved, pins);
    expect(result.unreached).toEqual([]);
    const after = boneWorldPositions({ ...moved, pose: result.pose }, 170);
    expect(dist(after.leftHand, joints.leftHand)).toBeLessThan(0.01);
    expect(dist(after.rightFoot, joints.rightFoot)).toBeLessThan(0.01);
    expectWithinLimits(result.pose);

    const far = applyPins(restPose(), 170, { position: [3, 0, 0], rotationY: 0 }, pins);
    expect(far.unreached).toEqual(['leftHand', 'rightFoot']);
  });
});
