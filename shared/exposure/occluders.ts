import { Vector3 } from 'three';
import { BONE_NAMES } from '../domain/bones';
import { REFERENCE_SKELETON } from '../blocking/skeleton';
import { CAPSULES } from '../body/capsules';
import { boneHit, sphereHit, type PosedBody } from '../body/pick';

/**
 * Sight lines against everything solid on stage, allocation-free: the posed bodies (their capsules and
 * the nose, exactly as the mannequin is built and picked) and boxes (the parts of each set piece and the
 * barriers). Everything is packed into typed arrays once per stage, so a segment test reads numbers only.
 */

const BONES = BONE_NAMES.length;

/** A box turned about the vertical axis: centre, half sizes (its own x, y, z) and its turn. */
export interface StageBox {
  readonly centre: readonly [number, number, number];
  readonly half: readonly [number, number, number];
  /** Radians about +y, as three.js `rotation.y`. */
  readonly rotationY: number;
}

export interface Occluders {
  readonly bodies: readonly PosedBody[];
  /** Per body, per bone (BONE_NAMES order): a sphere round its capsule in the world — cx, cy, cz, r. */
  readonly boneSpheres: readonly Float64Array[];
  /** Per box: cx, cy, cz, hx, hy, hz, cos, sin, bounding radius. */
  readonly boxes: Float64Array;
  readonly boxCount: number;
}

const BOX_STRIDE = 9;

export function packOccluders(bodies: readonly PosedBody[], boxes: readonly StageBox[]): Occluders {
  const packed = new Float64Array(boxes.length * BOX_STRIDE);
  boxes.forEach((b, i) => {
    packed.set([b.centre[0], b.centre[1], b.centre[2], b.half[0], b.half[1], b.half[2], Math.cos(b.rotationY), Math.sin(b.rotationY), Math.hypot(b.half[0], b.half[1], b.half[2])], i * BOX_STRIDE);
  });
  return { bodies, boneSpheres: bodies.map(boneSpheresOf), boxes: packed, boxCount: boxes.length };
}

const centre = new Vector3();
/** Each capsule's bounding sphere on the posed body: most sight lines pass far from most bones. */
function boneSpheresOf(body: PosedBody): Float64Array {
  const out = new Float64Array(BONES * 4);
  BONE_NAMES.forEach((bone, i) => {
    const frame = CAPSULES[bone];
    const { radius, halfWidth } = REFERENCE_SKELETON[bone].shape;
    centre.setFromMatrixPosition(frame.toLocal).multiplyScalar(body.scale).applyMatrix4(body.boneWorld[i]!);
    out.set([centre.x, centre.y, centre.z, (frame.halfLength + Math.max(radius, halfWidth) + 1e-3) * body.scale], i * 4);
  });
  return out;
}

/** Does the segment from o along the unit direction d, of length len, pass within r of the centre c? */
function segmentNearSphere(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, len: number, cx: number, cy: number, cz: number, r: number): boolean {
  const px = cx - ox;
  const py = cy - oy;
  const pz = cz - oz;
  let t = px * dx + py * dy + pz * dz;
  if (t < 0) t = 0;
  else if (t > len) t = len;
  const qx = px - t * dx;
  const qy = py - t * dy;
  const qz = pz - t * dz;
  return qx * qx + qy * qy + qz * qz <= r * r;
}

const scratch = new Float64Array(6);

/** First t ≥ 0 where the ray enters the box (slab test in the box's frame), or Infinity. */
function boxHit(b: Float64Array, k: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
  const c = b[k + 6]!;
  const s = b[k + 7]!;
  // World → box frame: undo the turn about y (three.js: x' = x cos + z sin, z' = −x sin + z cos for the forward turn).
  const rx = ox - b[k]!;
  const ry = oy - b[k + 1]!;
  const rz = oz - b[k + 2]!;
  const lo = scratch;
  lo[0] = c * rx - s * rz;
  lo[1] = ry;
  lo[2] = s * rx + c * rz;
  lo[3] = c * dx - s * dz;
  lo[4] = dy;
  lo[5] = s * dx + c * dz;
  let near = 0;
  let far = Infinity;
  for (let axis = 0; axis < 3; axis++) {
    const h = b[k + 3 + axis]!;
    const p = lo[axis]!;
    const v = lo[3 + axis]!;
    if (Math.abs(v) < 1e-12) {
      if (p < -h || p > h) return Infinity;
      continue;
    }
    let t1 = (-h - p) / v;
    let t2 = (h - p) / v;
    if (t1 > t2) [t1, t2] = [t2, t1];
    if (t1 > near) near = t1;
    if (t2 < far) far = t2;
    if (near > far) return Infinity;
  }
  return near;
}

/**
 * Is anything solid between the lens at o and the point at distance len along the unit direction d?
 * Hits within `slack` of the point are the point's own surface (sample points lie on a capsule, rounded
 * to 0.1 mm) and do not count. `ownBody`/`ownBone`: the capsule the point lies on, tested first.
 */
export function blocked(occ: Occluders, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, len: number, slack: number, ownBody = -1, ownBone = -1): boolean {
  const until = len - slack;
  // The point's own capsule first: a point on the far side of a limb is hidden by it at once.
  if (ownBody >= 0 && boneHit(occ.bodies[ownBody]!.toCanonical, ownBone, ox, oy, oz, dx, dy, dz) < until) return true;
  for (let j = 0; j < occ.bodies.length; j++) {
    const body = occ.bodies[j]!;
    const bb = body.bounds;
    if (!segmentNearSphere(ox, oy, oz, dx, dy, dz, len, bb[0], bb[1], bb[2], bb[3])) continue;
    const spheres = occ.boneSpheres[j]!;
    for (let i = 0, k = 0; i < BONES; i++, k += 4) {
      if (j === ownBody && i === ownBone) continue;
      if (!segmentNearSphere(ox, oy, oz, dx, dy, dz, len, spheres[k]!, spheres[k + 1]!, spheres[k + 2]!, spheres[k + 3]!)) continue;
      if (boneHit(body.toCanonical, i, ox, oy, oz, dx, dy, dz) < until) return true;
    }
    const n = body.nose;
    if (sphereHit(ox, oy, oz, dx, dy, dz, n[0], n[1], n[2], n[3]) < until) return true;
  }
  const b = occ.boxes;
  for (let i = 0, k = 0; i < occ.boxCount; i++, k += BOX_STRIDE) {
    if (!segmentNearSphere(ox, oy, oz, dx, dy, dz, len, b[k]!, b[k + 1]!, b[k + 2]!, b[k + 8]!)) continue;
    if (boxHit(b, k, ox, oy, oz, dx, dy, dz) < until) return true;
  }
  return false;
}
