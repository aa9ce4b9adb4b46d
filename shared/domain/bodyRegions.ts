import { z } from 'zod';
import type { BoneName } from './bones';

/**
 * The body regions (stable ids — never rename one once shipped). One map serves picking in 3D,
 * contacts, garments, the consent boundary map, the camera exposure check and the sheet. Left and
 * right are the performer's own (the mannequin's left is +x in its local frame; its front is +z).
 * `bone` is the skeleton segment the region rides on, so it follows every pose; where regions share a
 * bone, the zone that tells them apart is in shared/body/classify.ts.
 */
export const BODY_REGION_IDS = [
  'head',
  'face',
  'lips',
  'leftEar',
  'rightEar',
  'neck',
  'nape',
  'leftShoulder',
  'rightShoulder',
  'leftUpperArm',
  'rightUpperArm',
  'leftForearm',
  'rightForearm',
  'leftHand',
  'rightHand',
  'chest',
  'leftBreast',
  'rightBreast',
  'leftNipple',
  'rightNipple',
  'abdomen',
  'leftWaist',
  'rightWaist',
  'leftShoulderBlade',
  'rightShoulderBlade',
  'lowerBack',
  'leftButtock',
  'rightButtock',
  'groin',
  'leftInnerThigh',
  'rightInnerThigh',
  'leftThigh',
  'rightThigh',
  'leftKnee',
  'rightKnee',
  'leftLowerLeg',
  'rightLowerLeg',
  'leftFoot',
  'rightFoot',
] as const;
export const BodyRegionId = z.enum(BODY_REGION_IDS, { error: 'That is not a body region Closed Set knows' });
export type BodyRegionId = z.infer<typeof BodyRegionId>;

export type Side = 'left' | 'right' | null;
export type Face = 'front' | 'back' | 'both';

export interface BodyRegion {
  readonly id: BodyRegionId;
  /** Clinical label, lower case, as in a sentence ("left shoulder blade"). */
  readonly label: string;
  readonly side: Side;
  /** Where it is drawn on the front/back body map. */
  readonly face: Face;
  readonly bone: BoneName;
  /** Intimate regions: contact and exposure there get the closest checks. */
  readonly intimate: boolean;
  /** A region inside another (a nipple inside a breast): covering the parent covers it. */
  readonly within?: BodyRegionId;
}

const r = (id: BodyRegionId, label: string, side: Side, face: Face, bone: BoneName, intimate = false, within?: BodyRegionId): BodyRegion =>
  within ? { id, label, side, face, bone, intimate, within } : { id, label, side, face, bone, intimate };

export const BODY_REGIONS: Readonly<Record<BodyRegionId, BodyRegion>> = {
  head: r('head', 'head (crown and back of head)', null, 'both', 'head'),
  face: r('face', 'face', null, 'front', 'head'),
  lips: r('lips', 'lips', null, 'front', 'head', false, 'face'),
  leftEar: r('leftEar', 'left ear', 'left', 'both', 'head'),
  rightEar: r('rightEar', 'right ear', 'right', 'both', 'head'),
  neck: r('neck', 'front of neck', null, 'front', 'neck'),
  nape: r('nape', 'back of neck', null, 'back', 'neck'),
  leftShoulder: r('leftShoulder', 'left shoulder', 'left', 'both', 'leftShoulder'),
  rightShoulder: r('rightShoulder', 'right shoulder', 'right', 'both', 'rightShoulder'),
  leftUpperArm: r('leftUpperArm', 'left upper arm', 'left', 'both', 'leftUpperArm'),
  rightUpperArm: r('rightUpperArm', 'right upper arm', 'right', 'both', 'rightUpperArm'),
  leftForearm: r('leftForearm', 'left forearm', 'left', 'both', 'leftLowerArm'),
  rightForearm: r('rightForearm', 'right forearm', 'right', 'both', 'rightLowerArm'),
  leftHand: r('leftHand', 'left hand', 'left', 'both', 'leftHand'),
  rightHand: r('rightHand', 'right hand', 'right', 'both', 'rightHand'),
  chest: r('chest', 'upper chest', null, 'front', 'upperChest'),
  leftBreast: r('leftBreast', 'left breast', 'left', 'front', 'chest', true),
  rightBreast: r('rightBreast', 'right breast', 'right', 'front', 'chest', true),
  leftNipple: r('leftNipple', 'left nipple', 'left', 'front', 'chest', true, 'leftBreast'),
  rightNipple: r('rightNipple', 'right nipple', 'right', 'front', 'chest', true, 'rightBreast'),
  abdomen: r('abdomen', 'abdomen', null, 'front', 'spine'),
  leftWaist: r('leftWaist', 'left side of waist', 'left', 'both', 'spine'),
  rightWaist: r('rightWaist', 'right side of waist', 'right', 'both', 'spine'),
  leftShoulderBlade: r('leftShoulderBlade', 'left shoulder blade', 'left', 'back', 'upperChest'),
  rightShoulderBlade: r('rightShoulderBlade', 'right shoulder blade', 'right', 'back', 'upperChest'),
  lowerBack: r('lowerBack', 'lower back', null, 'back', 'spine'),
  leftButtock: r('leftButtock', 'left buttock', 'left', 'back', 'hips', true),
  rightButtock: r('rightButtock', 'right buttock', 'right', 'back', 'hips', true),
  groin: r('groin', 'groin / genitals', null, 'front', 'hips', true),
  leftInnerThigh: r('leftInnerThigh', 'left inner thigh', 'left', 'front', 'leftUpperLeg', true),
  rightInnerThigh: r('rightInnerThigh', 'right inner thigh', 'right', 'front', 'rightUpperLeg', true),
  leftThigh: r('leftThigh', 'left thigh', 'left', 'both', 'leftUpperLeg'),
  rightThigh: r('rightThigh', 'right thigh', 'right', 'both', 'rightUpperLeg'),
  leftKnee: r('leftKnee', 'left knee', 'left', 'both', 'leftLowerLeg'),
  rightKnee: r('rightKnee', 'right knee', 'right', 'both', 'rightLowerLeg'),
  leftLowerLeg: r('leftLowerLeg', 'left lower leg', 'left', 'both', 'leftLowerLeg'),
  rightLowerLeg: r('rightLowerLeg', 'right lower leg', 'right', 'both', 'rightLowerLeg'),
  leftFoot: r('leftFoot', 'left foot', 'left', 'both', 'leftFoot'),
  rightFoot: r('rightFoot', 'right foot', 'right', 'both', 'rightFoot'),
};

/** The genital region: no contact there without a physical barrier between the bodies (SAG-AFTRA). */
export const GENITAL_REGION: BodyRegionId = 'groin';
