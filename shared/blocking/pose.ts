import { Euler, MathUtils, Object3D, Quaternion, Vector3 } from 'three';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import { POSE_SCHEMA_VERSION, type Pose, type Quat, type Vec3 } from '../domain/blocking';
import { clampQuaternion } from './jointLimits';
import { buildBones, heightScale, mirrorBoneName, REST_HIPS, type BoneRig } from './skeleton';

/** What is needed to place a mannequin in the world: root position on the floor/surface, facing, pose. */
export interface PlacementRoot {
  readonly position: Vec3;
  /** Degrees about the vertical axis; 0 faces +z. */
  readonly rotationY: number;
}
export interface PlacementLike extends PlacementRoot {
  readonly pose: Pose;
}

export type EulerDeg = readonly [number, number, number];

const QUAT_DECIMALS = 6;
const HIPS_DECIMALS = 4; // 0.1 mm

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r; // no -0 in saved files
}

/**
 * A quaternion as stored: unit length, w ≥ 0 (q and −q are the same rotation; one spelling keeps
 * saved data stable), rounded to 6 decimals (≈ 0.0001°).
 */
export function normaliseQuat(q: Quat | Quaternion): Quat {
  const v = q instanceof Quaternion ? q.clone() : new Quaternion(q[0], q[1], q[2], q[3]);
  v.normalize();
  const sign = v.w < 0 ? -1 : 1;
  return [round(v.x * sign, QUAT_DECIMALS), round(v.y * sign, QUAT_DECIMALS), round(v.z * sign, QUAT_DECIMALS), round(v.w * sign, QUAT_DECIMALS)];
}

const IDENTITY: Quat = [0, 0, 0, 1];

function isIdentity(q: Quat): boolean {
  return Math.abs(q[0]) < 1e-6 && Math.abs(q[1]) < 1e-6 && Math.abs(q[2]) < 1e-6;
}

/** The rest pose: standing upright, arms at the sides. */
export function restPose(): Pose {
  return { v: POSE_SCHEMA_VERSION, hips: [...REST_HIPS], bones: {} };
}

/** A bone's local rotation in a pose (identity when the pose leaves it out). */
export function boneQuat(pose: Pose, bone: BoneName): Quat {
  return pose.bones[bone] ?? IDENTITY;
}

/** A copy of the pose with one bone's rotation replaced (stored form; identity rotations are dropped). */
export function withBoneQuat(pose: Pose, bone: BoneName, quat: Quat | Quaternion): Pose {
  const q = normaliseQuat(quat);
  const bones = { ...pose.bones };
  if (isIdentity(q)) delete bones[bone];
  else bones[bone] = q;
  return withSupportOf(pose, { v: POSE_SCHEMA_VERSION, hips: [...pose.hips], bones });
}

/** `next` with the support of `from` (edits of a pose keep what it rests on). */
export function withSupportOf(from: Pose, next: Pose): Pose {
  const { support: _dropped, ...rest } = next;
  return from.support ? { ...rest, support: from.support } : rest;
}

/** Set three.js bones to a pose: local quaternions, and the hips position scaled by height / 1.70. */
export function applyPose(bones: Readonly<Record<BoneName, Object3D>>, pose: Pose, heightCm: number): void {
  const s = heightScale(heightCm);
  for (const name of BONE_NAMES) {
    const q = boneQuat(pose, name);
    bones[name].quaternion.set(q[0], q[1], q[2], q[3]).normalize();
  }
  bones.hips.position.set(pose.hips[0] * s, pose.hips[1] * s, pose.hips[2] * s);
}

/** Read a pose back from three.js bones (the inverse of applyPose), in stored form. */
export function poseFromBones(bones: Readonly<Record<BoneName, Object3D>>, heightCm: number): Pose {
  const s = heightScale(heightCm);
  let pose: Pose = {
    v: POSE_SCHEMA_VERSION,
    hips: [round(bones.hips.position.x / s, HIPS_DECIMALS), round(bones.hips.position.y / s, HIPS_DECIMALS), round(bones.hips.position.z / s, HIPS_DECIMALS)],
    bones: {},
  };
  for (const name of BONE_NAMES) pose = withBoneQuat(pose, name, bones[name].quaternion);
  return pose;
}

/**
 * The mirror image across the body's midline (the x = 0 plane): left and right bones swap, each
 * rotation (x, y, z, w) becomes (x, −y, −z, w), and the hips move to −x.
 */
export function mirrorPose(pose: Pose): Pose {
  const bones: Pose['bones'] = {};
  for (const name of BONE_NAMES) {
    const q = pose.bones[name];
    if (q) bones[mirrorBoneName(name)] = normaliseQuat([q[0], -q[1], -q[2], q[3]]);
  }
  return withSupportOf(pose, { v: POSE_SCHEMA_VERSION, hips: [pose.hips[0] === 0 ? 0 : -pose.hips[0], pose.hips[1], pose.hips[2]], bones });
}

const D = MathUtils.RAD2DEG;

export function eulerDegToQuaternion([x, y, z]: EulerDeg): Quaternion {
  return new Quaternion().setFromEuler(new Euler(x / D, y / D, z / D, 'XYZ'));
}

/** Rotate a joint to Euler angles (XYZ, degrees, bone-local), kept within its anatomical limits. */
export function setJointEuler(pose: Pose, bone: BoneName, eulerDeg: EulerDeg): Pose {
  return withBoneQuat(pose, bone, clampQuaternion(bone, eulerDegToQuaternion(eulerDeg)));
}

/** A joint's rotation as Euler angles (XYZ, degrees, bone-local). */
export function jointEulerDeg(pose: Pose, bone: BoneName): [number, number, number] {
  const q = boneQuat(pose, bone);
  const e = new Euler().setFromQuaternion(new Quaternion(q[0], q[1], q[2], q[3]).normalize(), 'XYZ');
  return [e.x * D, e.y * D, e.z * D];
}

/** A posed mannequin in the world: the root object carries the placement, the bones the pose. */
export interface PosedRig extends BoneRig {
  readonly root: Object3D;
}

export function setRootTransform(root: Object3D, placement: PlacementRoot): void {
  root.position.fromArray(placement.position);
  root.rotation.set(0, placement.rotationY / D, 0);
}

export function posedRig(placement: PlacementLike, heightCm: number): PosedRig {
  const rig = buildBones(heightCm);
  const root = new Object3D();
  setRootTransform(root, placement);
  root.add(rig.hips);
  applyPose(rig.bones, placement.pose, heightCm);
  root.updateMatrixWorld(true);
  return { ...rig, root };
}

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];

/** World position (metres) of every joint of a placed, posed mannequin. */
export function boneWorldPositions(placement: PlacementLike, heightCm: number): Record<BoneName, Vec3> {
  const rig = posedRig(placement, heightCm);
  const out = {} as Record<BoneName, Vec3>;
  for (const name of BONE_NAMES) out[name] = toVec3(rig.bones[name].getWorldPosition(new Vector3()));
  return out;
}

/** Points on the body used to frame shots, world metres. */
export interface BodyLandmarks {
  readonly headTop: Vec3;
  readonly chin: Vec3;
  /** Mid-chest (around the line of the nipples). */
  readonly chest: Vec3;
  /** Natural waist (around the navel). */
  readonly waist: Vec3;
  /** Midpoint between the soles. */
  readonly feet: Vec3;
}

// Landmark offsets in the local frame of a bone, reference figure (scaled with height).
const LANDMARKS = {
  headTop: ['head', [0, 0.15, 0.01]],
  chin: ['head', [0, -0.075, 0.08]],
  chest: ['upperChest', [0, 0, 0.09]],
  waist: ['spine', [0, 0.02, 0.09]],
} as const satisfies Record<string, readonly [BoneName, Vec3]>;
const SOLE: Vec3 = [0, -0.07, 0.04];

export function bodyLandmarks(placement: PlacementLike, heightCm: number): BodyLandmarks {
  const rig = posedRig(placement, heightCm);
  const at = (bone: BoneName, local: Vec3): Vector3 =>
    rig.bones[bone].localToWorld(new Vector3(local[0] * rig.scale, local[1] * rig.scale, local[2] * rig.scale));
  const feet = at('leftFoot', SOLE).add(at('rightFoot', SOLE)).multiplyScalar(0.5);
  return {
    headTop: toVec3(at(...LANDMARKS.headTop)),
    chin: toVec3(at(...LANDMARKS.chin)),
    chest: toVec3(at(...LANDMARKS.chest)),
    waist: toVec3(at(...LANDMARKS.waist)),
    feet: toVec3(feet),
  };
}
