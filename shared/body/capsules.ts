import { Matrix4, Quaternion, Vector3 } from 'three';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import type { Vec3 } from '../domain/blocking';
import { REFERENCE_SKELETON } from '../blocking/skeleton';

/**
 * The capsule drawn around each bone, in the same parametrisation as the renderer's mannequin mesh
 * (renderer/src/scene/geometry/mannequinGeometry.ts): a canonical capsule — axis along y from
 * −halfLength to +halfLength, `radius` — stretched sideways by halfWidth / radius, turned from +y to
 * the segment's direction and moved to the segment's midpoint. Reference 1.70 m figure, bone-local
 * metres; a performer's capsule is the same scaled by height / 1.70.
 */
export interface CapsuleFrame {
  readonly bone: BoneName;
  readonly radius: number;
  readonly halfLength: number;
  /** Canonical capsule frame → bone-local frame (reference figure). */
  readonly toLocal: Matrix4;
  /** Bone-local frame (reference figure) → canonical capsule frame. */
  readonly fromLocal: Matrix4;
  /** The turn alone: a direction in the canonical frame → the same direction in the bone's frame. */
  readonly turn: Quaternion;
}

const Y = new Vector3(0, 1, 0);

function frameOf(bone: BoneName): CapsuleFrame {
  const { start, end, radius, halfWidth } = REFERENCE_SKELETON[bone].shape;
  const a = new Vector3(...start);
  const b = new Vector3(...end);
  const dir = b.clone().sub(a);
  const length = Math.max(dir.length(), 1e-4); // as the renderer
  const turn = new Quaternion().setFromUnitVectors(Y, dir.normalize());
  const toLocal = new Matrix4()
    .makeTranslation(a.clone().add(b).multiplyScalar(0.5))
    .multiply(new Matrix4().makeRotationFromQuaternion(turn))
    .multiply(new Matrix4().makeScale(halfWidth / radius, 1, 1));
  return { bone, radius, halfLength: length / 2, toLocal, fromLocal: toLocal.clone().invert(), turn };
}

export const CAPSULES: Readonly<Record<BoneName, CapsuleFrame>> = Object.fromEntries(BONE_NAMES.map((b) => [b, frameOf(b)])) as Record<BoneName, CapsuleFrame>;

/**
 * The small nose on the head (as the renderer draws it, so the facing reads): a sphere in the head's
 * frame, reference figure. Picking hits it; it classifies as face.
 */
export const NOSE = { centre: [0, 0.04, 0.1] as Vec3, radius: 0.022 } as const;

/** Rest-pose joint positions above the mannequin's root (the floor point under the pelvis), reference figure. */
export const REST_JOINTS: Readonly<Record<BoneName, Vec3>> = (() => {
  const out = {} as Record<BoneName, Vec3>;
  for (const name of BONE_NAMES) {
    const { parent, offset } = REFERENCE_SKELETON[name];
    const p: Vec3 = parent ? out[parent] : [0, 0, 0];
    out[name] = [p[0] + offset[0], p[1] + offset[1], p[2] + offset[2]];
  }
  return out;
})();

/** The bones next to a bone in the skeleton: its parent and its children. */
export function neighbourBones(bone: BoneName): BoneName[] {
  const parent = REFERENCE_SKELETON[bone].parent;
  const children = BONE_NAMES.filter((b) => REFERENCE_SKELETON[b].parent === bone);
  return parent ? [parent, ...children] : children;
}

/**
 * Where a bone-local point (reference figure) lies around its capsule: `canonical` is the point in the
 * capsule's own frame, `outward` the unit direction from the capsule's axis to the point, turned into the
 * bone's frame (for the torso, whose capsules are upright: +z front, +x the performer's left, +y up).
 * A point on the axis itself counts as facing front.
 */
export function aroundCapsule(frame: CapsuleFrame, local: Vector3, canonical: Vector3, outward: Vector3): void {
  canonical.copy(local).applyMatrix4(frame.fromLocal);
  const h = frame.halfLength;
  const axisY = Math.min(h, Math.max(-h, canonical.y));
  outward.set(canonical.x, canonical.y - axisY, canonical.z);
  if (outward.lengthSq() < 1e-18) outward.set(0, 0, 1);
  else outward.normalize().applyQuaternion(frame.turn);
}

/**
 * Signed distance from a canonical-frame point to the canonical capsule surface (negative inside).
 * Exact for the round capsules; for the stretched torso it is measured in the unstretched frame.
 */
export function canonicalDistance(frame: CapsuleFrame, c: Vector3): number {
  const h = frame.halfLength;
  const y = c.y - Math.min(h, Math.max(-h, c.y));
  return Math.hypot(c.x, y, c.z) - frame.radius;
}
