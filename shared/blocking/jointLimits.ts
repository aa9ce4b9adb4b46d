import { Euler, MathUtils, Quaternion } from 'three';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import type { Quat } from '../domain/blocking';
import { mirrorBoneName } from './skeleton';

/** [min, max] in degrees. */
export type Range = readonly [number, number];

/**
 * Limits as Euler angles (three.js order 'XYZ', degrees) in the bone's local frame, measured from
 * the rest pose (standing, arms hanging). Axes, for the figure facing +z with its left at +x:
 * - X (side-to-side axis): flexion/extension. Spine, neck and head bend forward with +X;
 *   thighs and upper arms swing forward with −X; the knee bends with +X (0..150);
 *   the elbow bends with −X (0..−150, forearm swings forward); the foot points its toes down with +X.
 * - Y (the bone's long axis for limbs): twist.
 * - Z (front-to-back axis): sideways. Left limbs move away from the body with +Z, right limbs with −Z.
 */
export interface JointLimit {
  readonly x: Range;
  readonly y: Range;
  readonly z: Range;
}

type LeftOrCentre = Exclude<BoneName, `right${string}`>;
type Limited = Exclude<LeftOrCentre, 'hips'>;

// Ranges follow published active ranges of motion (AAOS/physiotherapy tables), trimmed where a
// three-axis Euler box would let a ball joint reach impossible combinations. No Y range reaches ±90°:
// there the XYZ reading locks (gimbal) and a clamped rotation could read back outside its box.
const LEFT_AND_CENTRE: Record<Limited, JointLimit> = {
  spine: { x: [-25, 45], y: [-20, 20], z: [-20, 20] },
  chest: { x: [-20, 30], y: [-20, 20], z: [-15, 15] },
  upperChest: { x: [-15, 20], y: [-15, 15], z: [-10, 10] },
  neck: { x: [-40, 45], y: [-50, 50], z: [-30, 30] },
  head: { x: [-35, 35], y: [-40, 40], z: [-25, 25] },
  // Collarbone: shrug (+Z raises the shoulder), a little forward/back.
  leftShoulder: { x: [-15, 15], y: [-20, 20], z: [-10, 35] },
  leftUpperArm: { x: [-170, 60], y: [-85, 85], z: [-40, 170] },
  leftLowerArm: { x: [-150, 0], y: [-85, 85], z: [-5, 5] },
  leftHand: { x: [-30, 30], y: [-20, 20], z: [-80, 80] },
  leftUpperLeg: { x: [-130, 30], y: [-40, 40], z: [-25, 60] },
  leftLowerLeg: { x: [0, 150], y: [-10, 10], z: [-3, 3] },
  leftFoot: { x: [-25, 50], y: [-20, 20], z: [-30, 30] },
  leftToes: { x: [-60, 40], y: [0, 0], z: [0, 0] },
};

const negate = ([min, max]: Range): Range => [max === 0 ? 0 : -max, min === 0 ? 0 : -min];

/**
 * The limits for a bone, or null for the hips (the root rotates freely: lying, kneeling…).
 * Right-side limits mirror the left: a reflection across the body's midline keeps X and negates Y and Z.
 */
export function jointLimit(bone: BoneName): JointLimit | null {
  if (bone === 'hips') return null;
  if (!bone.startsWith('right')) return LEFT_AND_CENTRE[bone as Limited];
  const left = LEFT_AND_CENTRE[mirrorBoneName(bone) as Limited];
  return { x: left.x, y: negate(left.y), z: negate(left.z) };
}

export const JOINT_LIMITS: Readonly<Record<BoneName, JointLimit | null>> = Object.fromEntries(
  BONE_NAMES.map((b) => [b, jointLimit(b)]),
) as Record<BoneName, JointLimit | null>;

const D = MathUtils.RAD2DEG;

/** Wrap an angle (degrees) into the 360° window centred on the range's middle. */
function wrapNear(angle: number, [min, max]: Range): number {
  const centre = (min + max) / 2;
  return centre + MathUtils.euclideanModulo(angle - centre + 180, 360) - 180;
}

const clampRange = (a: number, [min, max]: Range) => Math.min(max, Math.max(min, a));

/** The two Euler XYZ readings (degrees) of one rotation: (x, y, z) and (x+180, 180−y, z+180). */
function eulerReadings(q: Quaternion): [number, number, number][] {
  const e = new Euler().setFromQuaternion(q, 'XYZ');
  const a: [number, number, number] = [e.x * D, e.y * D, e.z * D];
  return [a, [a[0] + 180, 180 - a[1], a[2] + 180]];
}

function toQuaternion([x, y, z]: readonly [number, number, number]): Quaternion {
  return new Quaternion().setFromEuler(new Euler(x / D, y / D, z / D, 'XYZ'));
}

function fromQuat(q: Quat | Quaternion): Quaternion {
  return q instanceof Quaternion ? q.clone().normalize() : new Quaternion(q[0], q[1], q[2], q[3]).normalize();
}

/**
 * Whether a local rotation lies within the bone's limits (with a small tolerance for rounding).
 * Either Euler reading of the rotation may satisfy them.
 */
export function isWithinLimits(bone: BoneName, quat: Quat | Quaternion, toleranceDeg = 0.05): boolean {
  const limit = jointLimit(bone);
  if (limit === null) return true;
  const q = fromQuat(quat);
  return eulerReadings(q).some((reading) =>
    (['x', 'y', 'z'] as const).every((axis, i) => {
      const [min, max] = limit[axis];
      const a = wrapNear(reading[i]!, limit[axis]);
      return a >= min - toleranceDeg && a <= max + toleranceDeg;
    }),
  );
}

/**
 * The allowed rotation nearest to `quat`: each Euler reading is clamped axis by axis and the
 * candidate closest (by rotation angle) to the request wins. Returns a three.js Quaternion.
 */
export function clampQuaternion(bone: BoneName, quat: Quat | Quaternion): Quaternion {
  const q = fromQuat(quat);
  const limit = jointLimit(bone);
  if (limit === null) return q;
  let best: Quaternion | null = null;
  let bestAngle = Infinity;
  for (const reading of eulerReadings(q)) {
    const clamped = [
      clampRange(wrapNear(reading[0], limit.x), limit.x),
      clampRange(wrapNear(reading[1], limit.y), limit.y),
      clampRange(wrapNear(reading[2], limit.z), limit.z),
    ] as const;
    const candidate = toQuaternion(clamped);
    const angle = candidate.angleTo(q);
    if (angle < bestAngle - 1e-9) {
      best = candidate;
      bestAngle = angle;
    }
  }
  return best!;
}

/** The nearest allowed rotation, as a stored [x, y, z, w] quaternion. */
export function clampToLimits(bone: BoneName, quat: Quat): Quat {
  const q = clampQuaternion(bone, quat);
  return [q.x, q.y, q.z, q.w];
}
