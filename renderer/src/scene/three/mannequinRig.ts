import {
  Box3,
  Color,
  Sphere,
  Group,
  InstancedMesh,
  Matrix4,
  MeshBasicMaterial,
  MeshLambertMaterial,
  Quaternion,
  Skeleton,
  SkinnedMesh,
  Sprite,
  SpriteMaterial,
  Vector3,
  type Bone,
  type Material,
} from 'three';
import { BONE_NAMES, type BoneName } from '../../../../shared/domain/bones';
import { applyPose, buildBones, setRootTransform, type BoneRig, type PlacementLike } from '../../../../shared/blocking';
import { JOINT_MARKER_GEOMETRY, mannequinGeometry } from '../geometry/mannequinGeometry';
import { makeLabelTexture } from '../geometry/labelTexture';
import { HELPER_LAYER } from './layers';
import { createRegionTint, regionTintedMaterial, type RegionTint } from './regionTint';
import { garmentShellGeometry } from '../geometry/garmentShell';
import type { GarmentType } from '../../../../shared/domain/wardrobe';

/** The objects of one mannequin: a root (placement), ONE skinned mesh (the body), joint markers, a name tag. */
export interface RigObjects {
  readonly root: Group;
  readonly mesh: SkinnedMesh;
  readonly bones: Readonly<Record<BoneName, Bone>>;
  readonly markers: InstancedMesh;
  readonly label: Sprite;
  readonly heightCm: number;
  /** Per-region tint of this mannequin's body and garments (hover, the initiator of a contact being made). */
  readonly tint: RegionTint;
  /** This mannequin's own body material (its tint uniform is its own); colour set by styleBody. */
  readonly bodyMat: MeshLambertMaterial;
  /** The garments worn in this beat: one skinned shell on the body's skeleton, or null when undressed. */
  shell: SkinnedMesh | null;
}

const NEUTRAL = new Color('#d9d5cc');

/** The body's colour: a neutral figure tinted towards the performer's colour, lit a little when selected. */
export function styleBody(rig: RigObjects, color: string, selected: boolean): void {
  rig.bodyMat.color.copy(NEUTRAL).lerp(new Color(color), 0.42);
  rig.bodyMat.emissive.set(selected ? new Color(color).multiplyScalar(0.22) : 0x000000);
}

/**
 * Dresses the mannequin in the garments of the beat: one extra SkinnedMesh sharing the body's skeleton and
 * bind matrix (so it follows every pose, in every view and in the glTF export), or none.
 */
export function dressRig(rig: RigObjects, garments: readonly GarmentType[]): void {
  const geometry = garments.length ? garmentShellGeometry(rig.heightCm, garments) : null;
  if (!geometry) {
    if (rig.shell) rig.shell.removeFromParent();
    rig.shell = null;
    return;
  }
  if (!rig.shell) {
    const shell = new SkinnedMesh(geometry, regionTintedMaterial(rig.tint, { color: '#ffffff' }));
    shell.name = 'garments';
    shell.bind(rig.mesh.skeleton, rig.mesh.bindMatrix);
    // Culled with the body's bounds (from the posed joints, refreshRig), not its own rest-pose ones.
    if (rig.mesh.boundingSphere) shell.boundingSphere = rig.mesh.boundingSphere;
    shell.userData.garments = true;
    rig.shell = shell;
  }
  rig.shell.geometry = geometry;
  rig.shell.userData.garmentTypes = [...garments];
  if (rig.shell.parent !== rig.root) rig.root.add(rig.shell);
}

export const MARKER_MATERIAL = new MeshBasicMaterial({ color: '#ffffff', depthTest: false, transparent: true, opacity: 0.95 });
const MARKER_COLOR = new Color('#f4f4f6');
const MARKER_SELECTED = new Color('#4a55c9');
const MARKER_EFFECTOR = new Color('#ffd166');

const noRaycast = () => undefined;

/** The body: one skinned mesh on its own VRM skeleton, in the rest pose. */
function skinnedBody(heightCm: number, material: Material): { mesh: SkinnedMesh; bones: BoneRig['bones'] } {
  const rig = buildBones(heightCm);
  const mesh = new SkinnedMesh(mannequinGeometry(heightCm), material);
  mesh.name = 'body';
  mesh.add(rig.hips);
  mesh.updateMatrixWorld(true);
  mesh.bind(new Skeleton(rig.list as Bone[]));
  return { mesh, bones: rig.bones };
}

const ghostMaterials = new Map<string, MeshLambertMaterial>();
/** See-through and unlit-looking: a ghost reads as "where they were", never as a second person. */
function ghostMaterial(color: string): MeshLambertMaterial {
  let m = ghostMaterials.get(color);
  if (!m) {
    m = new MeshLambertMaterial({ color: NEUTRAL.clone().lerp(new Color(color), 0.6), transparent: true, opacity: 0.28, depthWrite: false });
    ghostMaterials.set(color, m);
  }
  return m;
}

/** A ghost of a mannequin (the previous beat's blocking): body only, on the helper layer, not clickable. */
export function createGhost(heightCm: number, color: string): { root: Group; mesh: SkinnedMesh; bones: BoneRig['bones'] } {
  const { mesh, bones } = skinnedBody(heightCm, ghostMaterial(color));
  mesh.layers.set(HELPER_LAYER);
  mesh.raycast = noRaycast;
  mesh.renderOrder = -1;
  mesh.frustumCulled = false; // its bounds would be the rest pose's; there are only a few ghosts
  const root = new Group();
  root.name = 'ghost';
  root.add(mesh);
  return { root, mesh, bones };
}

export function createRig(heightCm: number, color: string, title: string, subtitle: string): RigObjects {
  const tint = createRegionTint();
  const bodyMat = regionTintedMaterial(tint, {});
  const { mesh, bones } = skinnedBody(heightCm, bodyMat);

  const markers = new InstancedMesh(JOINT_MARKER_GEOMETRY, MARKER_MATERIAL, BONE_NAMES.length);
  markers.name = 'joints';
  markers.renderOrder = 10;
  markers.frustumCulled = false;
  markers.visible = false;
  markers.raycast = noRaycast; // the body's faces say which bone was clicked
  markers.layers.set(HELPER_LAYER);
  for (let i = 0; i < BONE_NAMES.length; i++) markers.setColorAt(i, MARKER_COLOR);

  const labelTex = makeLabelTexture(title, subtitle, color);
  const label = new Sprite(new SpriteMaterial({ map: labelTex?.texture ?? null, depthTest: false, transparent: true }));
  label.name = 'label';
  label.renderOrder = 11;
  label.userData.labelAspect = labelTex?.aspect ?? 4;
  label.center.set(0.5, 0);
  label.raycast = noRaycast;
  label.layers.set(HELPER_LAYER);
  label.visible = labelTex !== null;

  const root = new Group();
  root.add(mesh, markers, label);
  const rig: RigObjects = { root, mesh, bones, markers, label, heightCm, tint, bodyMat, shell: null };
  styleBody(rig, color, false);
  return rig;
}

const m4 = new Matrix4();
const rootInverse = new Matrix4();
const pos = new Vector3();
const q = new Quaternion();
const s = new Vector3();

/** Joint markers and the name tag follow the bones; call after the bones moved. */
export function refreshRig(rig: RigObjects, selectedBone: BoneName | null, computeBounds = true): void {
  rig.root.updateMatrixWorld(true);
  rootInverse.copy(rig.root.matrixWorld).invert();
  const scale = rig.heightCm / 170;
  BONE_NAMES.forEach((name, i) => {
    m4.multiplyMatrices(rootInverse, rig.bones[name].matrixWorld).decompose(pos, q, s);
    const selected = name === selectedBone;
    const effector = name === 'leftHand' || name === 'rightHand' || name === 'leftFoot' || name === 'rightFoot';
    const r = (selected ? 0.034 : effector ? 0.026 : 0.02) * scale;
    m4.compose(pos, q.identity(), s.set(r, r, r));
    rig.markers.setMatrixAt(i, m4);
    rig.markers.setColorAt(i, selected ? MARKER_SELECTED : effector ? MARKER_EFFECTOR : MARKER_COLOR);
  });
  rig.markers.instanceMatrix.needsUpdate = true;
  if (rig.markers.instanceColor) rig.markers.instanceColor.needsUpdate = true;
  // Name tag: above the highest point of the head, whatever the pose (standing or lying).
  m4.multiplyMatrices(rootInverse, rig.bones.head.matrixWorld).decompose(pos, q, s);
  rig.label.position.set(pos.x, pos.y + 0.26 * scale, pos.z);
  if (computeBounds) {
    // Bounds from the joints (padded by the thickest body segment) rather than SkinnedMesh's per-vertex
    // skinned bounds: the same use (culling, early-out of click picking) at a fraction of the cost.
    const box = rig.mesh.boundingBox ?? new Box3();
    box.makeEmpty();
    for (const name of BONE_NAMES) {
      m4.multiplyMatrices(rootInverse, rig.bones[name].matrixWorld).decompose(pos, q, s);
      box.expandByPoint(pos);
    }
    box.expandByScalar(0.22 * scale);
    rig.mesh.boundingBox = box;
    rig.mesh.boundingSphere = box.getBoundingSphere(rig.mesh.boundingSphere ?? new Sphere());
    if (rig.shell) rig.shell.boundingSphere = rig.mesh.boundingSphere;
  }
}

/** Puts the rig where the placement says: root transform, then the pose. */
export function applyPlacementToRig(rig: RigObjects, placement: PlacementLike, selectedBone: BoneName | null, computeBounds = true): void {
  setRootTransform(rig.root, placement);
  applyPose(rig.bones, placement.pose, rig.heightCm);
  refreshRig(rig, selectedBone, computeBounds);
}

/** The bone whose capsule a body hit landed on (each vertex is bound to exactly one bone). */
export function boneAtFace(mesh: SkinnedMesh, vertexIndex: number): BoneName | null {
  const skin = mesh.geometry.getAttribute('skinIndex');
  if (!skin) return null;
  return BONE_NAMES[skin.getX(vertexIndex)] ?? null;
}

export function disposeRig(rig: RigObjects): void {
  rig.markers.dispose();
  const mat = rig.label.material;
  mat.map?.dispose();
  mat.dispose();
  rig.bodyMat.dispose();
  if (rig.shell) (rig.shell.material as Material).dispose();
  rig.mesh.skeleton.dispose();
}
