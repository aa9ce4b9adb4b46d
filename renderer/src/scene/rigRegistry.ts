import type { Bone, Group, InstancedMesh, Object3D, PerspectiveCamera, SkinnedMesh } from 'three';
import type { BoneName } from '../../../shared/domain/bones';

/**
 * The live three.js objects of the stage, for imperative work that must not go through React state:
 * gizmos attach to them, the focus and measure tools read them, export walks them. Components register
 * on mount and remove themselves on unmount; the data still comes from the stores.
 */
export interface MannequinRig {
  readonly performerId: string;
  readonly heightCm: number;
  readonly root: Group;
  readonly mesh: SkinnedMesh;
  readonly bones: Readonly<Record<BoneName, Bone>>;
  readonly markers: InstancedMesh;
  /** Re-applies the stored placement (after a failed command or a cancelled drag). */
  resync(): void;
  /** Re-reads the bones after they were moved directly (gizmo, IK): markers, label, bounds. */
  refresh(): void;
}

export const mannequinRigs = new Map<string, MannequinRig>();
export const setPieceObjects = new Map<string, Object3D>();
export const cameraObjects = new Map<string, { readonly body: Object3D; readonly lens: PerspectiveCamera }>();

/** The group holding everything that belongs in an exported scene (no grid, gizmos or helpers). */
export const exportRoot: { current: Group | null } = { current: null };
