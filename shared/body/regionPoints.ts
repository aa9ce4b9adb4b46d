import { Vector3 } from 'three';
import type { Vec3 } from '../domain/blocking';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import { REFERENCE_SKELETON } from '../blocking/skeleton';
import { aroundCapsule, CAPSULES, canonicalDistance, REST_JOINTS, type CapsuleFrame } from './capsules';
import { regionAt } from './classify';

/** Where a region is on its bone: bone-local metres on the 1.70 m reference figure (scale by height / 1.70). */
export interface RegionPoints {
  readonly region: BodyRegionId;
  /** The bone the region rides on (BODY_REGIONS[region].bone); the points are in its frame. */
  readonly bone: BoneName;
  /** Where a marker for the region goes by default: the middle of the region, on the side it faces. */
  readonly anchor: Vec3;
  /** Up to SAMPLES_PER_REGION points spread over the region's outer surface, the anchor first. */
  readonly samples: readonly Vec3[];
}

export const SAMPLES_PER_REGION = 16;
/** Fewer visible grid points than this (a region mostly inside the body at rest): hidden ones count too. */
const MIN_SAMPLES = 6;
/** How far out from the region's middle the anchor is aimed from, metres. */
const ANCHOR_REACH = 0.01;
/**
 * Where the anchor faces when the region's average facing is not where a coordinator puts a marker: a foot's
 * on the instep (not the sole), a breast's at its front (the region also wraps round the side).
 */
const ANCHOR_FACING: Partial<Record<BodyRegionId, Vec3>> = {
  leftFoot: [0, 1, 1],
  rightFoot: [0, 1, 1],
  leftBreast: [0, 0, 1],
  rightBreast: [0, 0, 1],
};
/** Spacing of the surface grid the points are chosen from, metres (a 2 cm nipple still gets about twenty). */
const GRID_SPACING = 0.008;
/** A grid point this far inside another capsule (at rest) is hidden inside the body, not on its surface. */
const HIDDEN_DEPTH = 0.002;

/** Points on a capsule's surface, about `spacing` apart, bone-local (reference figure), in a fixed order. */
function capsuleSurfacePoints(frame: CapsuleFrame, spacing: number): Vector3[] {
  const { radius: r, halfLength: h } = frame;
  const stretch = REFERENCE_SKELETON[frame.bone].shape.halfWidth / r;
  const around = (ringRadius: number) => Math.max(1, Math.ceil((2 * Math.PI * ringRadius * Math.sqrt((1 + stretch * stretch) / 2)) / spacing));
  const out: Vector3[] = [];
  const ring = (y: number, ringRadius: number) => {
    const m = around(ringRadius);
    for (let i = 0; i < m; i++) {
      const a = (2 * Math.PI * i) / m;
      out.push(new Vector3(ringRadius * Math.sin(a), y, ringRadius * Math.cos(a)).applyMatrix4(frame.toLocal));
    }
  };
  const rows = Math.max(1, Math.ceil((2 * h) / spacing));
  for (let k = 0; k <= rows; k++) ring(-h + (2 * h * k) / rows, r);
  const latitudes = Math.max(1, Math.ceil((Math.PI / 2) * r / spacing));
  for (let j = 1; j <= latitudes; j++) {
    const phi = (Math.PI / 2) * (j / latitudes);
    const ringRadius = j === latitudes ? 0 : r * Math.cos(phi);
    ring(h + r * Math.sin(phi), ringRadius);
    ring(-h - r * Math.sin(phi), ringRadius);
  }
  return out;
}

/** Each capsule's rest-pose bounding sphere (root frame, reference figure): most points are far from most capsules. */
const REST_BOUNDS = BONE_NAMES.map((bone) => {
  const centre = new Vector3().applyMatrix4(CAPSULES[bone].toLocal).add(new Vector3(...REST_JOINTS[bone]));
  const { radius, halfWidth } = REFERENCE_SKELETON[bone].shape;
  return { bone, centre, reach: CAPSULES[bone].halfLength + Math.max(radius, halfWidth) };
});

/** Is a bone-local point (reference figure) inside another bone's capsule when the figure stands at rest? */
function hiddenAtRest(bone: BoneName, p: Vector3, scratch: Vector3): boolean {
  const rest = REST_JOINTS[bone];
  const x = p.x + rest[0];
  const y = p.y + rest[1];
  const z = p.z + rest[2];
  for (const { bone: other, centre, reach } of REST_BOUNDS) {
    if (other === bone || (x - centre.x) ** 2 + (y - centre.y) ** 2 + (z - centre.z) ** 2 > reach * reach) continue;
    const o = REST_JOINTS[other];
    scratch.set(x - o[0], y - o[1], z - o[2]).applyMatrix4(CAPSULES[other].fromLocal);
    if (canonicalDistance(CAPSULES[other], scratch) < -HIDDEN_DEPTH) return true;
  }
  return false;
}

const round = (v: number) => {
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? 0 : r;
};
const toVec3 = (v: Vector3): Vec3 => [round(v.x), round(v.y), round(v.z)];

/**
 * The anchor, then the point farthest from those chosen so far, until `count`. The anchor is the point
 * nearest to a spot just outside the region's middle, in the direction the region faces on average (front
 * for a region all round a limb, such as a hand), so a marker sits on the visible side of the region.
 */
function spread(frame: CapsuleFrame, points: readonly Vector3[], count: number, aim: Vec3 | undefined): Vector3[] {
  const centre = new Vector3();
  const facing = new Vector3();
  const canonical = new Vector3();
  const outward = new Vector3();
  for (const p of points) {
    centre.add(p);
    aroundCapsule(frame, p, canonical, outward);
    facing.add(outward);
  }
  centre.divideScalar(points.length);
  if (aim) facing.set(...aim);
  else if (facing.length() < 0.25 * points.length) facing.set(0, 0, 1);
  const target = centre.addScaledVector(facing.normalize(), ANCHOR_REACH);
  let first = 0;
  for (let i = 1; i < points.length; i++) if (points[i]!.distanceToSquared(target) < points[first]!.distanceToSquared(target)) first = i;
  const chosen = [points[first]!];
  const nearest = points.map((p) => p.distanceToSquared(points[first]!));
  while (chosen.length < Math.min(count, points.length)) {
    let far = 0;
    for (let i = 1; i < points.length; i++) if (nearest[i]! > nearest[far]!) far = i;
    const next = points[far]!;
    chosen.push(next);
    for (let i = 0; i < points.length; i++) nearest[i] = Math.min(nearest[i]!, points[i]!.distanceToSquared(next));
  }
  return chosen;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The points of every region that rides on one bone, from that bone's capsule. */
function buildBone(bone: BoneName): Map<BodyRegionId, RegionPoints> {
  const visible = new Map<BodyRegionId, Vector3[]>();
  const all = new Map<BodyRegionId, Vector3[]>();
  const scratch = new Vector3();
  for (const exact of capsuleSurfacePoints(CAPSULES[bone], GRID_SPACING)) {
    const p = new Vector3(...toVec3(exact)); // as stored: rounded to 0.1 mm
    const region = regionAt(bone, p);
    if (regionAt(bone, exact) !== region) continue; // on a zone boundary: rounding would move it across
    if (BODY_REGIONS[region].bone !== bone) continue; // a neighbour's region: its points come from its own bone
    // A point on the mid-line counts as left (classify.ts); left regions leave it out to mirror the right ones.
    if (BODY_REGIONS[region].side === 'left' && Math.abs(p.x + REST_JOINTS[bone][0]) < 1e-9) continue;
    push(all, region, p);
    if (!hiddenAtRest(bone, p, scratch)) push(visible, region, p);
  }
  const out = new Map<BodyRegionId, RegionPoints>();
  for (const [region, points] of all) {
    const seen = visible.get(region) ?? [];
    const chosen = spread(CAPSULES[bone], seen.length >= MIN_SAMPLES ? seen : points, SAMPLES_PER_REGION, ANCHOR_FACING[region]).map(toVec3);
    out.set(region, { region, bone, anchor: chosen[0]!, samples: chosen });
  }
  return out;
}

const byBone = new Map<BoneName, Map<BodyRegionId, RegionPoints>>();

/** The same region on the other side ("leftEar" ↔ "rightEar"). */
function mirrorRegion(region: BodyRegionId): BodyRegionId {
  if (region.startsWith('left')) return `right${region.slice(4)}` as BodyRegionId;
  if (region.startsWith('right')) return `left${region.slice(5)}` as BodyRegionId;
  return region;
}

const mirrorX = ([x, y, z]: Vec3): Vec3 => [x === 0 ? 0 : -x, y, z];

/**
 * A region's anchor and sample points (computed on first use for all the regions of its bone, then kept).
 * A right-side region is the mirror image of the left one, as the skeleton is.
 */
export function regionPoints(region: BodyRegionId): RegionPoints {
  if (BODY_REGIONS[region].side === 'right') {
    const left = regionPoints(mirrorRegion(region));
    return { region, bone: BODY_REGIONS[region].bone, anchor: mirrorX(left.anchor), samples: left.samples.map(mirrorX) };
  }
  const bone = BODY_REGIONS[region].bone;
  let regions = byBone.get(bone);
  if (!regions) {
    regions = buildBone(bone);
    byBone.set(bone, regions);
  }
  const found = regions.get(region);
  if (!found) throw new Error(`No surface of ${bone} classifies as ${region}`);
  return found;
}

/** Every region's anchor and sample points. */
export function allRegionPoints(): Readonly<Record<BodyRegionId, RegionPoints>> {
  return Object.fromEntries(BODY_REGION_IDS.map((r) => [r, regionPoints(r)])) as Record<BodyRegionId, RegionPoints>;
}
