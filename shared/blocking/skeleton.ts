import { Bone } from 'three';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import type { Vec3 } from '../domain/blocking';

/**
 * The procedural mannequin skeleton.
 *
 * Frame: y up, the figure faces +z, its left side is +x (as in VRM 1.0). Every bone's rest
 * rotation is the identity, so a pose's local quaternions (and the joint limits) read directly
 * as rotations away from the rest pose: standing upright, legs straight, arms hanging at the
 * sides a little away from the body. Offsets are metres for a 1.70 m reference figure;
 * a performer's mannequin is the reference scaled uniformly by height / 1.70.
 */
export const REFERENCE_HEIGHT_M = 1.7;
/** Hips joint above the root (the floor point under the pelvis) in the rest pose, reference figure. */
export const REST_HIPS: Vec3 = [0, 0.9, 0];

/**
 * A body segment drawn around a bone, in the bone's local frame: a capsule from `start` to `end`
 * with `radius` (front-to-back) stretched sideways to `halfWidth` (x) for the torso.
 * Its outer surface includes the caps, e.g. the head reaches `end.y + radius`.
 */
export interface SegmentShape {
  readonly start: Vec3;
  readonly end: Vec3;
  readonly radius: number;
  readonly halfWidth: number;
}

export interface BoneSpec {
  readonly parent: BoneName | null;
  /** Joint position relative to the parent joint (for hips: relative to the root), metres. */
  readonly offset: Vec3;
  readonly shape: SegmentShape;
}

function capsule(start: Vec3, end: Vec3, radius: number, halfWidth = radius): SegmentShape {
  return { start, end, radius, halfWidth };
}

type LeftOrCentre = Exclude<BoneName, `right${string}`>;

// Reference proportions follow adult anthropometry for a 1.70 m stature (joint heights when standing:
// shoulder 1.40, elbow 1.10, wrist 0.85, hip 0.85, knee 0.45, ankle 0.07; head top 1.70).
const LEFT_AND_CENTRE: Record<LeftOrCentre, BoneSpec> = {
  hips: { parent: null, offset: REST_HIPS, shape: capsule([0, -0.02, 0], [0, 0.06, 0], 0.11, 0.17) },
  spine: { parent: 'hips', offset: [0, 0.1, 0], shape: capsule([0, 0.02, 0], [0, 0.1, 0], 0.1, 0.14) },
  chest: { parent: 'spine', offset: [0, 0.12, 0], shape: capsule([0, 0.02, 0], [0, 0.11, 0], 0.1, 0.15) },
  upperChest: { parent: 'chest', offset: [0, 0.13, 0], shape: capsule([0, 0.02, 0], [0, 0.1, 0], 0.105, 0.17) },
  neck: { parent: 'upperChest', offset: [0, 0.18, 0], shape: capsule([0, 0.02, 0], [0, 0.1, 0], 0.055) },
  // Head joint (atlas) at 1.55 m; the capsule reaches 1.70 m at the crown and 1.475 m at the chin.
  head: { parent: 'neck', offset: [0, 0.12, 0], shape: capsule([0, 0.02, 0.03], [0, 0.055, 0.01], 0.095) },
  leftShoulder: { parent: 'upperChest', offset: [0.03, 0.12, 0], shape: capsule([0.02, 0.01, 0], [0.13, 0.03, 0], 0.05) },
  leftUpperArm: { parent: 'leftShoulder', offset: [0.15, 0.03, 0], shape: capsule([0.004, -0.03, 0], [0.031, -0.27, 0], 0.045) },
  leftLowerArm: { parent: 'leftUpperArm', offset: [0.035, -0.3, 0], shape: capsule([0.002, -0.03, 0], [0.018, -0.23, 0], 0.038) },
  leftHand: { parent: 'leftLowerArm', offset: [0.02, -0.25, 0], shape: capsule([0, -0.03, 0], [0, -0.12, 0], 0.04) },
  leftUpperLeg: { parent: 'hips', offset: [0.09, -0.05, 0], shape: capsule([0, -0.03, 0], [0, -0.37, 0], 0.075) },
  leftLowerLeg: { parent: 'leftUpperLeg', offset: [0, -0.4, 0], shape: capsule([0, -0.03, 0], [0, -0.35, 0], 0.05) },
  // Ankle joint 7 cm above the sole; the foot capsule's underside touches y = 0 at rest.
  leftFoot: { parent: 'leftLowerLeg', offset: [0, -0.38, 0], shape: capsule([0, -0.035, -0.03], [0, -0.035, 0.11], 0.035) },
  leftToes: { parent: 'leftFoot', offset: [0, -0.05, 0.13], shape: capsule([0, 0, 0.01], [0, 0, 0.04], 0.02) },
};

/** Left-side bone name → right-side bone name, centre bones unchanged. */
export function mirrorBoneName(name: BoneName): BoneName {
  if (name.startsWith('left')) return `right${name.slice(4)}` as BoneName;
  if (name.startsWith('right')) return `left${name.slice(5)}` as BoneName;
  return name;
}

const flipX = ([x, y, z]: Vec3): Vec3 => [x === 0 ? 0 : -x, y, z];

function referenceSpec(name: BoneName): BoneSpec {
  if (!name.startsWith('right')) return LEFT_AND_CENTRE[name as LeftOrCentre];
  const left = LEFT_AND_CENTRE[mirrorBoneName(name) as LeftOrCentre];
  return {
    parent: left.parent === null ? null : mirrorBoneName(left.parent),
    offset: flipX(left.offset),
    shape: { ...left.shape, start: flipX(left.shape.start), end: flipX(left.shape.end) },
  };
}

export type SkeletonSpec = Readonly<Record<BoneName, BoneSpec>>;

/** The reference skeleton (1.70 m). */
export const REFERENCE_SKELETON: SkeletonSpec = Object.fromEntries(
  BONE_NAMES.map((name) => [name, referenceSpec(name)]),
) as Record<BoneName, BoneSpec>;

/** How much a performer of this height is scaled from the reference figure. */
export function heightScale(heightCm: number): number {
  if (!Number.isFinite(heightCm) || heightCm <= 0) throw new RangeError('Height must be a positive number of centimetres');
  return heightCm / 100 / REFERENCE_HEIGHT_M;
}

const scaleVec = (v: Vec3, s: number): Vec3 => [v[0] * s, v[1] * s, v[2] * s];

/** The skeleton for a performer of the given height: every offset and segment scaled uniformly. */
export function skeletonForHeight(heightCm: number): SkeletonSpec {
  const s = heightScale(heightCm);
  return Object.fromEntries(
    BONE_NAMES.map((name) => {
      const spec = REFERENCE_SKELETON[name];
      const shape = spec.shape;
      return [
        name,
        {
          parent: spec.parent,
          offset: scaleVec(spec.offset, s),
          shape: {
            start: scaleVec(shape.start, s),
            end: scaleVec(shape.end, s),
            radius: shape.radius * s,
            halfWidth: shape.halfWidth * s,
          },
        },
      ];
    }),
  ) as Record<BoneName, BoneSpec>;
}

/** Length of each limb segment (joint to next joint) for the reference figure, metres. */
export function segmentLength(spec: SkeletonSpec, child: BoneName): number {
  const [x, y, z] = spec[child].offset;
  return Math.hypot(x, y, z);
}

export interface BoneRig {
  /** The hips bone: the top of the hierarchy; its position is the pose's hips position (scaled). */
  readonly hips: Bone;
  readonly bones: Readonly<Record<BoneName, Bone>>;
  /** All bones in BONE_NAMES order (parents before children), as a three.js Skeleton wants them. */
  readonly list: readonly Bone[];
  readonly scale: number;
}

/** A three.js Bone hierarchy in the rest pose, bone names = VRM names. Add `hips` to the placement's root. */
export function buildBones(heightCm: number): BoneRig {
  const spec = skeletonForHeight(heightCm);
  const bones = {} as Record<BoneName, Bone>;
  for (const name of BONE_NAMES) {
    const bone = new Bone();
    bone.name = name;
    bone.position.fromArray(spec[name].offset);
    bones[name] = bone;
    const parent = spec[name].parent;
    if (parent !== null) bones[parent].add(bone);
  }
  return { hips: bones.hips, bones, list: BONE_NAMES.map((n) => bones[n]), scale: heightScale(heightCm) };
}
