import { BufferAttribute, BufferGeometry, CapsuleGeometry, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { BONE_NAMES, type BoneName } from '../../../../shared/domain/bones';
import { addRegionAttribute } from './regionAttribute';

import { heightScale, skeletonForHeight, type SkeletonSpec } from '../../../../shared/blocking';

/** Rest-pose joint positions relative to the mannequin root (every rest rotation is the identity). */
export function restJointPositions(spec: SkeletonSpec): Record<BoneName, Vector3> {
  const out = {} as Record<BoneName, Vector3>;
  for (const name of BONE_NAMES) {
    const { parent, offset } = spec[name];
    out[name] = new Vector3(...offset).add(parent ? out[parent] : new Vector3());
  }
  return out;
}

// Shade per body part (multiplied into the material colour): hands, feet and head a touch darker so
// the extremities read at a glance, as on a wooden artist's mannequin.
const SHADE: Partial<Record<BoneName, number>> = {
  head: 0.92,
  leftHand: 0.8,
  rightHand: 0.8,
  leftFoot: 0.8,
  rightFoot: 0.8,
  leftToes: 0.8,
  rightToes: 0.8,
  hips: 0.9,
};

// Kept indexed: a software rasteriser (and any GPU's vertex cache) shades each shared vertex once instead of
// once per triangle corner; for a skinned mesh that is most of a mannequin's cost.
function skinned(g: BufferGeometry, boneIndex: number, shade: number): BufferGeometry {
  const n = g.getAttribute('position').count;
  const skinIndex = new Uint16Array(n * 4);
  const skinWeight = new Float32Array(n * 4);
  const color = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    skinIndex[i * 4] = boneIndex;
    skinWeight[i * 4] = 1;
    color.fill(shade, i * 3, i * 3 + 3);
  }
  g.setAttribute('skinIndex', new BufferAttribute(skinIndex, 4));
  g.setAttribute('skinWeight', new BufferAttribute(skinWeight, 4));
  g.setAttribute('color', new BufferAttribute(color, 3));
  g.deleteAttribute('uv');
  return g;
}

const Y = new Vector3(0, 1, 0);

/**
 * Tessellation per use. "full": 2 cap rings and 8 sides, smooth at working distances, ~1.8k triangles a
 * figure. "preview": 1 ring and 6 sides (~0.8k) for the small camera preview, where a figure is a few
 * dozen pixels tall. Triangles are most of a mannequin's cost when there is no GPU (SwiftShader).
 */
export type MannequinDetail = 'full' | 'preview';
const TESSELLATION: Record<MannequinDetail, { capSegments: number; sides: number }> = {
  full: { capSegments: 2, sides: 8 },
  preview: { capSegments: 1, sides: 6 },
};

function capsuleBetween(start: Vector3, end: Vector3, radius: number, halfWidth: number, detail: MannequinDetail): BufferGeometry {
  const dir = end.clone().sub(start);
  const length = Math.max(dir.length(), 1e-4);
  const { capSegments, sides } = TESSELLATION[detail];
  const g = new CapsuleGeometry(radius, length, capSegments, sides);
  // Torso segments are wider than deep: stretch sideways before orienting.
  const m = new Matrix4()
    .makeTranslation(start.clone().add(end).multiplyScalar(0.5))
    .multiply(new Matrix4().makeRotationFromQuaternion(new Quaternion().setFromUnitVectors(Y, dir.normalize())))
    .multiply(new Matrix4().makeScale(halfWidth / radius, 1, 1));
  g.applyMatrix4(m);
  return g;
}

/**
 * Which way a mannequin faces must read from any angle, in the plan and at a glance, while the figure
 * stays anonymous: a dark visor across the eyes and a nose that stands out from the face (+z is the
 * front). Merged into the body, so it costs no draw call.
 */
function faceMarker(head: Vector3, s: number, boneIndex: number, detail: MannequinDetail): BufferGeometry[] {
  const at = (x: number, y: number, z: number) => new Vector3(head.x + x * s, head.y + y * s, head.z + z * s);
  const nose = capsuleBetween(at(0, 0.035, 0.085), at(0, 0.02, 0.14), 0.02 * s, 0.02 * s, detail);
  const visor = detail === 'full' ? new SphereGeometry(1, 12, 6) : new SphereGeometry(1, 8, 4);
  visor.applyMatrix4(new Matrix4().makeTranslation(head.x, head.y + 0.068 * s, head.z + 0.088 * s).multiply(new Matrix4().makeScale(0.068 * s, 0.024 * s, 0.034 * s)));
  return [skinned(nose, boneIndex, 0.78), skinned(visor, boneIndex, 0.32)];
}

/**
 * One skinned geometry for a whole mannequin: a capsule per bone (REFERENCE_SKELETON shapes scaled to the
 * performer), each vertex bound rigidly to its bone, merged so the figure is a single draw call.
 * Built in the rest pose, in the mannequin root's frame; bind the skeleton with identity rest rotations.
 */
export function buildMannequinGeometry(heightCm: number, detail: MannequinDetail = 'full'): BufferGeometry {
  const spec = skeletonForHeight(heightCm);
  const joints = restJointPositions(spec);
  const s = heightScale(heightCm);
  const parts: BufferGeometry[] = [];
  BONE_NAMES.forEach((name, index) => {
    const { shape } = spec[name];
    const origin = joints[name];
    const start = new Vector3(...shape.start).add(origin);
    const end = new Vector3(...shape.end).add(origin);
    parts.push(skinned(capsuleBetween(start, end, shape.radius, shape.halfWidth, detail), index, SHADE[name] ?? 1));
    if (name === 'head') parts.push(...faceMarker(origin, s, index, detail));
  });
  const merged = mergeGeometries(parts, false);
  for (const p of parts) p.dispose();
  if (!merged) throw new Error('Could not build the mannequin geometry');
  addRegionAttribute(merged, heightCm);
  merged.computeBoundingSphere();
  return merged;
}

const cache = new Map<string, BufferGeometry>();

/** Shared per height and detail: every mannequin of the same height uses the same geometry. */
export function mannequinGeometry(heightCm: number, detail: MannequinDetail = 'full'): BufferGeometry {
  const key = `${heightCm}|${detail}`;
  let g = cache.get(key);
  if (!g) {
    g = buildMannequinGeometry(heightCm, detail);
    cache.set(key, g);
  }
  return g;
}

/** The unit sphere drawn (instanced) at every joint of the selected mannequin. */
export const JOINT_MARKER_GEOMETRY = new SphereGeometry(1, 8, 6);

