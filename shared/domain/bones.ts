import { z } from 'zod';

/**
 * Humanoid bones, named as in the VRM 1.0 humanoid standard (VRMC_vrm humanoid.humanBones),
 * so poses exchange cleanly with previs tools that speak VRM. Fingers and eyes are left out:
 * blocking works at the level of hands, not finger joints.
 */
export const BONE_NAMES = [
  'hips',
  'spine',
  'chest',
  'upperChest',
  'neck',
  'head',
  'leftShoulder',
  'leftUpperArm',
  'leftLowerArm',
  'leftHand',
  'rightShoulder',
  'rightUpperArm',
  'rightLowerArm',
  'rightHand',
  'leftUpperLeg',
  'leftLowerLeg',
  'leftFoot',
  'leftToes',
  'rightUpperLeg',
  'rightLowerLeg',
  'rightFoot',
  'rightToes',
] as const;
export const BoneName = z.enum(BONE_NAMES);
export type BoneName = z.infer<typeof BoneName>;

/** Hands and feet: the effectors that can be dragged by inverse kinematics and pinned. */
export const EFFECTOR_BONES = ['leftHand', 'rightHand', 'leftFoot', 'rightFoot'] as const;
export const EffectorBone = z.enum(EFFECTOR_BONES);
export type EffectorBone = z.infer<typeof EffectorBone>;

/** A bone as a coordinator says it: "leftUpperArm" → "left upper arm". */
export function boneLabel(bone: string): string {
  return bone
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()
    .trim();
}
