import { Matrix4, Vector3 } from 'three';
import type { Pose, Vec3 } from '../domain/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import { posedRig, type PlacementLike } from '../blocking/pose';
import { REFERENCE_SKELETON } from '../blocking/skeleton';
import { CAPSULES, NOSE } from './capsules';
import { regionAt } from './classify';

/** A ray in world metres; a three.js `Ray` fits. The direction need not be of unit length. */
export interface RayLike {
  readonly origin: Vec3 | Vector3;
  readonly direction: Vec3 | Vector3;
}

export interface BodyHit {
  readonly region: BodyRegionId;
  /** The bone the region rides on (BODY_REGIONS[region].bone): `localOffset` is in its frame. */
  readonly bone: BoneName;
  /**
   * Where on the body, in `bone`'s local frame, metres on the 1.70 m reference figure (scaled by
   * height / 1.70 when placed, like the pose's hips), rounded to 0.1 mm: what a contact stores.
   */
  readonly localOffset: Vec3;
  /** The bone whose capsule the ray hit (the region's bone or its neighbour: the top of the upper arm is the shoulder). */
  readonly hitBone: BoneName;
  /** The hit point, world metres. */
  readonly point: Vec3;
  /** From the ray's origin to the hit, metres. */
  readonly distance: number;
}

/**
 * A placed, posed mannequin ready for picking: per bone its world matrix, the inverse, and the map from
 * the world to its capsule's canonical frame. Built once per pose, placement and height (see posedBody).
 */
export interface PosedBody {
  readonly heightCm: number;
  readonly scale: number;
  /** BONE_NAMES order. */
  readonly boneWorld: readonly Matrix4[];
  readonly boneInverse: readonly Matrix4[];
  /** 12 numbers per bone (BONE_NAMES order): world → canonical capsule frame, the rows of an affine 3×4. */
  readonly toCanonical: Float64Array;
  /** The nose sphere: world centre and radius. */
  readonly nose: readonly [number, number, number, number];
  /** A sphere around the whole body: world centre and radius. */
  readonly bounds: readonly [number, number, number, number];
}

const BONE_INDEX = Object.fromEntries(BONE_NAMES.map((b, i) => [b, i])) as Record<BoneName, number>;
const RADII = BONE_NAMES.map((b) => CAPSULES[b].radius);
const HALF_LENGTHS = BONE_NAMES.map((b) => CAPSULES[b].halfLength);
const HEAD = BONE_INDEX.head;

function buildPosedBody(placement: PlacementLike, heightCm: number): PosedBody {
  const rig = posedRig(placement, heightCm);
  const s = rig.scale;
  const boneWorld = BONE_NAMES.map((b) => rig.bones[b].matrixWorld.clone());
  const boneInverse = boneWorld.map((m) => m.clone().invert());
  const toCanonical = new Float64Array(BONE_NAMES.length * 12);
  const unscale = new Matrix4().makeScale(1 / s, 1 / s, 1 / s);
  const m = new Matrix4();
  const ends: { at: Vector3; reach: number }[] = [];
  BONE_NAMES.forEach((bone, i) => {
    const frame = CAPSULES[bone];
    m.copy(frame.fromLocal).multiply(unscale).multiply(boneInverse[i]!);
    const e = m.elements; // column-major
    toCanonical.set([e[0], e[4], e[8], e[12], e[1], e[5], e[9], e[13], e[2], e[6], e[10], e[14]], i * 12);
    // The capsule's two end centres in the world, for the bounding sphere.
    const toWorld = m.clone().invert();
    const { radius, halfWidth } = REFERENCE_SKELETON[bone].shape;
    const reach = (Math.max(radius, halfWidth) + 1e-3) * s;
    for (const y of [-frame.halfLength, frame.halfLength]) ends.push({ at: new Vector3(0, y, 0).applyMatrix4(toWorld), reach });
  });
  const noseCentre = new Vector3(...NOSE.centre).multiplyScalar(s).applyMatrix4(boneWorld[HEAD]!);
  ends.push({ at: noseCentre, reach: NOSE.radius * s });
  const centre = ends.reduce((sum, { at }) => sum.add(at), new Vector3()).divideScalar(ends.length);
  const radius = Math.max(...ends.map(({ at, reach }) => at.distanceTo(centre) + reach));
  return {
    heightCm,
    scale: s,
    boneWorld,
    boneInverse,
    toCanonical,
    nose: [noseCentre.x, noseCentre.y, noseCentre.z, NOSE.radius * s],
    bounds: [centre.x, centre.y, centre.z, radius],
  };
}

interface CacheEntry {
  readonly heightCm: number;
  readonly position: Vec3;
  readonly rotationY: number;
  readonly body: PosedBody;
}
/**
 * Poses are immutable records: posed bodies are kept per pose object, a few per pose (two placements
 * may share one pose object, e.g. a preset), most recently used first.
 */
const cache = new WeakMap<Pose, CacheEntry[]>();
const ENTRIES_PER_POSE = 4;

/**
 * The posed body of a placement, kept while the pose object, position, facing and height stay the same:
 * picking on every pointer move does not rebuild the skeleton.
 */
export function posedBody(placement: PlacementLike, heightCm: number): PosedBody {
  const entries = cache.get(placement.pose) ?? [];
  const [x, y, z] = placement.position;
  const found = entries.find((e) => e.heightCm === heightCm && e.rotationY === placement.rotationY && e.position[0] === x && e.position[1] === y && e.position[2] === z);
  if (found) {
    if (entries[0] !== found) entries.splice(entries.indexOf(found), 1), entries.unshift(found);
    return found.body;
  }
  const body = buildPosedBody(placement, heightCm);
  cache.set(placement.pose, [{ heightCm, position: [x, y, z], rotationY: placement.rotationY, body }, ...entries.slice(0, ENTRIES_PER_POSE - 1)]);
  return body;
}

const read = (v: Vec3 | Vector3): Vec3 => (v instanceof Vector3 ? [v.x, v.y, v.z] : v);

/** First t ≥ 0 where the ray enters a sphere of radius r round (cx, cy, cz), or Infinity. */
export function sphereHit(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, cx: number, cy: number, cz: number, r: number): number {
  const px = ox - cx;
  const py = oy - cy;
  const pz = oz - cz;
  const a = dx * dx + dy * dy + dz * dz;
  const b = px * dx + py * dy + pz * dz;
  const c = px * px + py * py + pz * pz - r * r;
  const disc = b * b - a * c;
  if (disc < 0) return Infinity;
  const t = (-b - Math.sqrt(disc)) / a;
  return t >= 0 ? t : Infinity; // from inside (or behind): no entry ahead
}

/**
 * First t ≥ 0 where the ray enters the canonical capsule (axis along y from −h to h, radius r), exactly: the
 * capsule lies inside the infinite cylinder, so a ray that enters the cylinder between the end circles hits
 * there first; otherwise it can only enter through one of the end spheres.
 */
function capsuleHit(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, r: number, h: number): number {
  const a = dx * dx + dz * dz;
  const c = ox * ox + oz * oz - r * r;
  if (a > 1e-12) {
    const b = ox * dx + oz * dz;
    const disc = b * b - a * c;
    if (disc < 0) return Infinity;
    const t = (-b - Math.sqrt(disc)) / a;
    const y = oy + t * dy;
    if (t >= 0 && y >= -h && y <= h) return t;
  } else if (c > 0) {
    return Infinity; // parallel to the axis, outside the cylinder
  }
  return Math.min(sphereHit(ox, oy, oz, dx, dy, dz, 0, -h, 0, r), sphereHit(ox, oy, oz, dx, dy, dz, 0, h, 0, r));
}

/**
 * First t ≥ 0 where a world ray (unit direction) enters bone i's capsule of a posed body (`toCanonical`
 * of PosedBody), metres, or Infinity.
 */
export function boneHit(toCanonical: Float64Array, i: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
  const m = toCanonical;
  const k = i * 12;
  const cx = m[k]! * ox + m[k + 1]! * oy + m[k + 2]! * oz + m[k + 3]!;
  const cy = m[k + 4]! * ox + m[k + 5]! * oy + m[k + 6]! * oz + m[k + 7]!;
  const cz = m[k + 8]! * ox + m[k + 9]! * oy + m[k + 10]! * oz + m[k + 11]!;
  const ex = m[k]! * dx + m[k + 1]! * dy + m[k + 2]! * dz;
  const ey = m[k + 4]! * dx + m[k + 5]! * dy + m[k + 6]! * dz;
  const ez = m[k + 8]! * dx + m[k + 9]! * dy + m[k + 10]! * dz;
  // The map is affine, so t along the canonical ray is t along the world ray (metres).
  return capsuleHit(cx, cy, cz, ex, ey, ez, RADII[i]!, HALF_LENGTHS[i]!);
}

const round = (v: number) => {
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? 0 : r;
};
const scratch = new Vector3();

/** The nearest point where a ray meets a posed body (its capsules and the nose), classified into a region. */
export function pickPosedBody(body: PosedBody, ray: RayLike): BodyHit | null {
  const [ox, oy, oz] = read(ray.origin);
  const [rx, ry, rz] = read(ray.direction);
  const len = Math.hypot(rx, ry, rz);
  if (!(len > 0)) return null;
  const dx = rx / len;
  const dy = ry / len;
  const dz = rz / len;
  const [bx, by, bz, br] = body.bounds;
  if (sphereHit(ox, oy, oz, dx, dy, dz, bx, by, bz, br) === Infinity && (ox - bx) ** 2 + (oy - by) ** 2 + (oz - bz) ** 2 > br * br) return null;

  const m = body.toCanonical;
  let best = Infinity;
  let bestBone = -1;
  for (let i = 0; i < BONE_NAMES.length; i++) {
    const t = boneHit(m, i, ox, oy, oz, dx, dy, dz);
    if (t < best) {
      best = t;
      bestBone = i;
    }
  }
  const [nx, ny, nz, nr] = body.nose;
  const tNose = sphereHit(ox, oy, oz, dx, dy, dz, nx, ny, nz, nr);
  if (tNose < best) {
    best = tNose;
    bestBone = HEAD;
  }
  if (bestBone < 0) return null;

  const point: Vec3 = [ox + best * dx, oy + best * dy, oz + best * dz];
  const hitBone = BONE_NAMES[bestBone]!;
  scratch.set(...point).applyMatrix4(body.boneInverse[bestBone]!).divideScalar(body.scale);
  const region = regionAt(hitBone, scratch);
  const bone = BODY_REGIONS[region].bone;
  if (bone !== hitBone) scratch.set(...point).applyMatrix4(body.boneInverse[BONE_INDEX[bone]]!).divideScalar(body.scale);
  return { region, bone, localOffset: [round(scratch.x), round(scratch.y), round(scratch.z)], hitBone, point, distance: best };
}

/** Picking on a placed, posed mannequin (the caller leaves out hidden placements). */
export function pickBody(placement: PlacementLike, heightCm: number, ray: RayLike): BodyHit | null {
  return pickPosedBody(posedBody(placement, heightCm), ray);
}

export interface Pickable {
  readonly placement: PlacementLike;
  readonly heightCm: number;
}

/** The nearest hit among several bodies, with the body it is on. */
export function pickBodies<T extends Pickable>(bodies: readonly T[], ray: RayLike): (BodyHit & { readonly body: T }) | null {
  let best: (BodyHit & { readonly body: T }) | null = null;
  for (const body of bodies) {
    const hit = pickBody(body.placement, body.heightCm, ray);
    if (hit && (!best || hit.distance < best.distance)) best = { ...hit, body };
  }
  return best;
}

/**
 * Where a point stored on a bone (bone-local, reference-figure metres, as `BodyHit.localOffset`) is in the
 * world for this placement and height: a contact marker follows its bone through every pose.
 */
export function anchorWorld(placement: PlacementLike, heightCm: number, bone: BoneName, localOffset: Vec3): Vec3 {
  const body = posedBody(placement, heightCm);
  const v = new Vector3(...localOffset).multiplyScalar(body.scale).applyMatrix4(body.boneWorld[BONE_INDEX[bone]]!);
  return [v.x, v.y, v.z];
}
