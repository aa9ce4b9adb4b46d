import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { BONE_NAMES } from '../../../shared/domain/bones';
import type { Quat } from '../../../shared/domain/blocking';
import { boneWorldPositions, clampToLimits, isWithinLimits, jointEulerDeg, restPose, setJointEuler } from '../../../shared/blocking';

/** Deterministic pseudo-random numbers (mulberry32) so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomQuat(rand: () => number): Quat {
  const q = new Quaternion(rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1).normalize();
  return [q.x, q.y, q.z, q.w];
}

describe('joint limits', () => {
  it('does not let a knee bend backwards or past full flexion', () => {
    expect(jointEulerDeg(setJointEuler(restPose(), 'leftLowerLeg', [-30, 0, 0]), 'leftLowerLeg')[0]).toBeCloseTo(0, 3);
    expect(jointEulerDeg(setJointEuler(restPose(), 'rightLowerLeg', [200, 0, 0]), 'rightLowerLeg')[0]).toBeCloseTo(150, 3);
    expect(jointEulerDeg(setJointEuler(restPose(), 'leftLowerLeg', [90, 0, 0]), 'leftLowerLeg')[0]).toBeCloseTo(90, 3);
  });

  it('bends the knee so the foot goes behind the body, never in front of the knee', () => {
    const bent = setJointEuler(restPose(), 'leftLowerLeg', [90, 0, 0]);
    const joints = boneWorldPositions({ position: [0, 0, 0], rotationY: 0, pose: bent }, 170);
    expect(joints.leftFoot[2]).toBeLessThan(joints.leftLowerLeg[2] - 0.3);
  });

  it('lets the elbow bend only forwards, up to 150°', () => {
    const hyper = setJointEuler(restPose(), 'leftLowerArm', [40, 0, 0]);
    expect(jointEulerDeg(hyper, 'leftLowerArm')[0]).toBeCloseTo(0, 3);
    const bent = setJointEuler(restPose(), 'rightLowerArm', [-170, 0, 0]);
    expect(jointEulerDeg(bent, 'rightLowerArm')[0]).toBeCloseTo(-150, 3);
    const joints = boneWorldPositions({ position: [0, 0, 0], rotationY: 0, pose: setJointEuler(restPose(), 'leftLowerArm', [-90, 0, 0]) }, 170);
    expect(joints.leftHand[2]).toBeGreaterThan(0.2); // forearm points forward
  });

  it('keeps the head from turning past 90° in total (neck and head)', () => {
    const pose = setJointEuler(setJointEuler(restPose(), 'neck', [0, 80, 0]), 'head', [0, 80, 0]);
    expect(jointEulerDeg(pose, 'neck')[1]).toBeCloseTo(50, 3);
    expect(jointEulerDeg(pose, 'head')[1]).toBeCloseTo(40, 3);
  });

  it('mirrors sideways limits: each hip opens outwards (left +z, right −z) but not inwards as far', () => {
    expect(jointEulerDeg(setJointEuler(restPose(), 'leftUpperLeg', [0, 0, 80]), 'leftUpperLeg')[2]).toBeCloseTo(60, 3);
    expect(jointEulerDeg(setJointEuler(restPose(), 'rightUpperLeg', [0, 0, -80]), 'rightUpperLeg')[2]).toBeCloseTo(-60, 3);
    expect(jointEulerDeg(setJointEuler(restPose(), 'rightUpperLeg', [0, 0, 80]), 'rightUpperLeg')[2]).toBeCloseTo(25, 3);
  });

  it('reports rotations outside the limits and leaves allowed rotations untouched', () => {
    const hyperKnee = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -0.5); // knee bent 29° backwards
    expect(isWithinLimits('leftLowerLeg', [hyperKnee.x, hyperKnee.y, hyperKnee.z, hyperKnee.w])).toBe(false);
    const allowed: Quat = [Math.sin(0.4), 0, 0, Math.cos(0.4)]; // knee bent 45.8°
    expect(isWithinLimits('leftLowerLeg', allowed)).toBe(true);
    const clamped = clampToLimits('leftLowerLeg', allowed);
    clamped.forEach((v, i) => expect(v).toBeCloseTo(allowed[i]!, 9));
  });

  it('clamps any rotation of any joint to one inside its limits, close to the request', () => {
    const rand = random(1234);
    for (const bone of BONE_NAMES) {
      for (let i = 0; i < 60; i++) {
        const q = randomQuat(rand);
        const c = clampToLimits(bone, q);
        expect(isWithinLimits(bone, c)).toBe(true);
        if (isWithinLimits(bone, q)) {
          const angle = new Quaternion(...q).angleTo(new Quaternion(...c));
          expect(angle).toBeLessThan(1e-6);
        }
      }
    }
  });
});
