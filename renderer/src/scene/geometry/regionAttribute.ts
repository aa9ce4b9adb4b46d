import { BufferAttribute, type BufferGeometry, Vector3 } from 'three';
import { BODY_REGION_IDS, type BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../../../../shared/domain/bones';
import { heightScale, skeletonForHeight } from '../../../../shared/blocking';
import { regionAt } from '../../../../shared/body';

/** The vertex attribute holding each vertex's body region: its index in BODY_REGION_IDS. */
export const REGION_ATTRIBUTE = 'regionId';
export const REGION_COUNT = BODY_REGION_IDS.length;
export const REGION_INDEX: Readonly<Record<BodyRegionId, number>> = Object.fromEntries(BODY_REGION_IDS.map((r, i) => [r, i])) as Record<BodyRegionId, number>;

/** Rest-pose joint positions of a performer's skeleton, relative to the mannequin root. */
export function restJoints(heightCm: number): Record<BoneName, Vector3> {
  const spec = skeletonForHeight(heightCm);
  const out = {} as Record<BoneName, Vector3>;
  for (const name of BONE_NAMES) {
    const { parent, offset } = spec[name];
    out[name] = new Vector3(...offset).add(parent ? out[parent] : new Vector3());
  }
  return out;
}

/**
 * Classifies every vertex of a mannequin-shaped geometry (built in the rest pose, in the root's frame, each
 * vertex bound rigidly to the bone in `skinIndex.x`) with the shared region map (shared/body/classify.ts),
 * from its bone and its bone-local position, and stores the region index as the `regionId` attribute.
 */
export function addRegionAttribute(geometry: BufferGeometry, heightCm: number): Uint8Array {
  const position = geometry.getAttribute('position');
  const skin = geometry.getAttribute('skinIndex');
  const joints = restJoints(heightCm);
  const scale = heightScale(heightCm);
  const ids = new Uint8Array(position.count);
  const local = new Vector3();
  for (let i = 0; i < position.count; i++) {
    const bone = BONE_NAMES[skin.getX(i)]!;
    local.fromBufferAttribute(position, i).sub(joints[bone]);
    ids[i] = REGION_INDEX[regionAt(bone, local, scale)];
  }
  geometry.setAttribute(REGION_ATTRIBUTE, new BufferAttribute(ids, 1));
  return ids;
}
