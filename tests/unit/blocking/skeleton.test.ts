import { describe, expect, it } from 'vitest';
import { BONE_NAMES } from '../../../shared/domain/bones';
import { bodyLandmarks, boneWorldPositions, buildBones, REFERENCE_SKELETON, restPose, skeletonForHeight } from '../../../shared/blocking';

const origin = { position: [0, 0, 0] as [number, number, number], rotationY: 0 };

describe('procedural skeleton', () => {
  it('stands a 1.70 m reference figure with the crown at 1.70 m, hips at 0.90 m and soles on the floor', () => {
    const placed = { ...origin, pose: restPose() };
    const lm = bodyLandmarks(placed, 170);
    const joints = boneWorldPositions(placed, 170);
    expect(lm.headTop[1]).toBeCloseTo(1.7, 2);
    expect(lm.feet[1]).toBeCloseTo(0, 2);
    expect(joints.hips[1]).toBeCloseTo(0.9, 6);
    // Legs straight: hip, knee and ankle on one vertical line.
    expect(joints.leftLowerLeg[0]).toBeCloseTo(joints.leftUpperLeg[0], 6);
    expect(joints.leftFoot[0]).toBeCloseTo(joints.leftUpperLeg[0], 6);
  });

  it('scales the whole figure with the performer height', () => {
    for (const heightCm of [152, 185]) {
      const lm = bodyLandmarks({ ...origin, pose: restPose() }, heightCm);
      expect(lm.headTop[1]).toBeCloseTo(heightCm / 100, 2);
      expect(lm.feet[1]).toBeCloseTo(0, 2);
    }
    const tall = skeletonForHeight(187);
    expect(tall.leftLowerLeg.offset[1]).toBeCloseTo(REFERENCE_SKELETON.leftLowerLeg.offset[1] * 1.1, 6);
    expect(tall.hips.shape.radius).toBeCloseTo(REFERENCE_SKELETON.hips.shape.radius * 1.1, 6);
  });

  it('hangs the arms at the sides, a little away from the body, hands at about wrist height', () => {
    const joints = boneWorldPositions({ ...origin, pose: restPose() }, 170);
    expect(joints.leftHand[0]).toBeGreaterThan(REFERENCE_SKELETON.hips.shape.halfWidth);
    expect(joints.rightHand[0]).toBeLessThan(-REFERENCE_SKELETON.hips.shape.halfWidth);
    expect(joints.leftHand[1]).toBeGreaterThan(0.78);
    expect(joints.leftHand[1]).toBeLessThan(0.9);
  });

  it('is left/right symmetric, the left side at +x for a figure facing +z', () => {
    const joints = boneWorldPositions({ ...origin, pose: restPose() }, 170);
    expect(joints.leftUpperArm[0]).toBeGreaterThan(0);
    expect(joints.rightUpperArm).toEqual([-joints.leftUpperArm[0], joints.leftUpperArm[1], joints.leftUpperArm[2]]);
    expect(joints.leftToes[2]).toBeGreaterThan(0.1); // toes point the way the figure faces
  });

  it('builds a three.js bone hierarchy named with VRM bone names', () => {
    const rig = buildBones(170);
    expect(rig.list.map((b) => b.name)).toEqual([...BONE_NAMES]);
    expect(rig.bones.leftHand.parent?.name).toBe('leftLowerArm');
    expect(rig.bones.head.parent?.name).toBe('neck');
    expect(rig.bones.leftUpperLeg.parent?.name).toBe('hips');
    expect(rig.hips.parent).toBeNull();
  });
});
