import { BufferAttribute, BufferGeometry, CapsuleGeometry, Color, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three';
import { BODY_REGIONS, BODY_REGION_IDS, type BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { BONE_NAMES } from '../../../../shared/domain/bones';
import type { GarmentType } from '../../../../shared/domain/wardrobe';
import { heightScale } from '../../../../shared/blocking';
import { GARMENT_CATALOGUE, regionAt, regionPoints } from '../../../../shared/body';
import { aroundCapsule, CAPSULES } from '../../../../shared/body/capsules';
import { REGION_ATTRIBUTE, REGION_INDEX, restJoints } from './regionAttribute';

/** How far a garment stands off the skin, metres of the reference figure (a robe more: it is a layer over everything). */
const OFFSET = 0.006;
const ROBE_OFFSET = 0.018;
/** Tessellation of the shell: finer than the body, so a pouch or a brief has a readable outline. */
const SIDES = 16;
const CAP_SEGMENTS = 4;
const ROW_LENGTH = 0.04;
/** A region this small on the shell (the nipples) gets a patch at its anchor instead: a pasty, a cover. */
const MIN_TRIANGLES = 3;
const PATCH_RADIUS = 0.024;

/** Outermost first: where two garments cover one region, the outer one is what is seen. */
const LAYERING: readonly GarmentType[] = ['robe', 'barrierLinedBriefs', 'fleshToneUnderwear', 'modestyPouchDrawstring', 'modestyPouchAdhesive', 'gaff', 'straplessThong', 'nippleCovers', 'merkin', 'bodyTape'];

/** The regions a set of garments covers (a covered region covers the regions within it), and which garment is seen on each. */
export function coveredRegions(types: readonly GarmentType[]): Map<BodyRegionId, GarmentType> {
  const out = new Map<BodyRegionId, GarmentType>();
  for (const type of LAYERING) {
    if (!types.includes(type)) continue;
    for (const region of GARMENT_CATALOGUE[type].covers) if (!out.has(region)) out.set(region, type);
  }
  for (const region of BODY_REGION_IDS) {
    const parent = BODY_REGIONS[region].within;
    if (parent && !out.has(region) && out.has(parent)) out.set(region, out.get(parent)!);
  }
  return out;
}

interface Sink {
  positions: number[];
  normals: number[];
  colors: number[];
  bones: number[];
  regions: number[];
}

const color = new Color();
function push(sink: Sink, p: Vector3, n: Vector3, bone: number, region: BodyRegionId, type: GarmentType): void {
  color.set(GARMENT_CATALOGUE[type].color);
  sink.positions.push(p.x, p.y, p.z);
  sink.normals.push(n.x, n.y, n.z);
  sink.colors.push(color.r, color.g, color.b);
  sink.bones.push(bone);
  sink.regions.push(REGION_INDEX[region]);
}

/**
 * The garments a performer wears as one shell over the body: for every bone, a finer capsule a few
 * millimetres out from the body's, of which only the triangles whose middle lies in a covered region are
 * kept (classified with the same region map as the body), coloured by the garment seen there; tiny covered
 * regions get a patch at their anchor. Rest pose, root frame, each vertex bound rigidly to its bone like the
 * body (skinIndex/skinWeight), so the shell follows every pose on the body's own skeleton. Null when the
 * garments cover nothing (a merkin, body tape).
 */
export function buildGarmentShell(heightCm: number, types: readonly GarmentType[]): BufferGeometry | null {
  const covered = coveredRegions(types);
  if (covered.size === 0) return null;
  const s = heightScale(heightCm);
  const joints = restJoints(heightCm);
  const sink: Sink = { positions: [], normals: [], colors: [], bones: [], regions: [] };
  const counts = new Map<BodyRegionId, number>();
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  const mid = new Vector3();
  const na = new Vector3();
  const nb = new Vector3();
  const nc = new Vector3();
  const robe = types.includes('robe');

  BONE_NAMES.forEach((bone, boneIndex) => {
    const frame = CAPSULES[bone];
    const offset = robe ? ROBE_OFFSET : OFFSET;
    const rows = Math.max(1, Math.ceil((2 * frame.halfLength) / ROW_LENGTH));
    const g = new CapsuleGeometry(frame.radius + offset, 2 * frame.halfLength, CAP_SEGMENTS, SIDES, rows).toNonIndexed();
    g.applyMatrix4(frame.toLocal); // reference figure, bone-local
    const pos = g.getAttribute('position');
    const nor = g.getAttribute('normal');
    const toRoot = new Matrix4().makeTranslation(joints[bone]).multiply(new Matrix4().makeScale(s, s, s));
    for (let i = 0; i + 2 < pos.count; i += 3) {
      a.fromBufferAttribute(pos, i);
      b.fromBufferAttribute(pos, i + 1);
      c.fromBufferAttribute(pos, i + 2);
      mid.copy(a).add(b).add(c).divideScalar(3);
      const region = regionAt(bone, mid);
      const type = covered.get(region);
      if (!type) continue;
      counts.set(region, (counts.get(region) ?? 0) + 1);
      na.fromBufferAttribute(nor, i);
      nb.fromBufferAttribute(nor, i + 1);
      nc.fromBufferAttribute(nor, i + 2);
      push(sink, a.applyMatrix4(toRoot), na, boneIndex, region, type);
      push(sink, b.applyMatrix4(toRoot), nb, boneIndex, region, type);
      push(sink, c.applyMatrix4(toRoot), nc, boneIndex, region, type);
    }
    g.dispose();
  });

  // Small regions (a nipple is 2 cm across): a flattened dome on the region's anchor, facing out.
  const canonical = new Vector3();
  const outward = new Vector3();
  const q = new Quaternion();
  for (const [region, type] of covered) {
    if ((counts.get(region) ?? 0) >= MIN_TRIANGLES) continue;
    const { bone, anchor } = regionPoints(region);
    const at = new Vector3(...anchor);
    aroundCapsule(CAPSULES[bone], at, canonical, outward);
    q.setFromUnitVectors(new Vector3(0, 0, 1), outward);
    const patch = new SphereGeometry(PATCH_RADIUS, 10, 6, 0, Math.PI * 2, 0, Math.PI / 2).toNonIndexed();
    patch.rotateX(Math.PI / 2); // the dome's top faces +z
    patch.applyMatrix4(
      new Matrix4()
        .makeTranslation(joints[bone])
        .multiply(new Matrix4().makeScale(s, s, s))
        .multiply(new Matrix4().compose(at.clone().addScaledVector(outward, 0.002), q, new Vector3(1, 1, 0.3))),
    );
    const pos = patch.getAttribute('position');
    const nor = patch.getAttribute('normal');
    const boneIndex = BONE_NAMES.indexOf(bone);
    for (let i = 0; i < pos.count; i++) push(sink, a.fromBufferAttribute(pos, i), na.fromBufferAttribute(nor, i).normalize(), boneIndex, region, type);
    patch.dispose();
  }

  const n = sink.bones.length;
  if (n === 0) return null;
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(sink.positions), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(sink.normals), 3));
  g.setAttribute('color', new BufferAttribute(new Float32Array(sink.colors), 3));
  const skinIndex = new Uint16Array(n * 4);
  const skinWeight = new Float32Array(n * 4);
  for (let i = 0; i < n; i++) {
    skinIndex[i * 4] = sink.bones[i]!;
    skinWeight[i * 4] = 1;
  }
  g.setAttribute('skinIndex', new BufferAttribute(skinIndex, 4));
  g.setAttribute('skinWeight', new BufferAttribute(skinWeight, 4));
  g.setAttribute(REGION_ATTRIBUTE, new BufferAttribute(new Uint8Array(sink.regions), 1));
  g.computeBoundingSphere();
  return g;
}

const cache = new Map<string, BufferGeometry | null>();

/** Shared per height and set of garments (order does not matter). */
export function garmentShellGeometry(heightCm: number, types: readonly GarmentType[]): BufferGeometry | null {
  const key = `${heightCm}|${[...new Set(types)].sort().join(',')}`;
  if (!cache.has(key)) cache.set(key, buildGarmentShell(heightCm, types));
  return cache.get(key)!;
}
