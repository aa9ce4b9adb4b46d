import { Box3, Vector3 } from 'three';
import { cameraObjects, mannequinRigs, setPieceObjects } from '../rigRegistry';
import type { StageSelection } from '../stageStore';

/** Where the selection is in the world and how big it is, for "focus" (F). */
export function selectionBounds(selection: StageSelection): { centre: Vector3; radius: number } | null {
  if (!selection) return null;
  if (selection.kind === 'performer') {
    const rig = mannequinRigs.get(selection.performerId);
    if (!rig) return null;
    if (selection.bone) return { centre: rig.bones[selection.bone].getWorldPosition(new Vector3()), radius: 0.45 };
    const box = new Box3().setFromObject(rig.mesh, true);
    return { centre: box.getCenter(new Vector3()), radius: Math.max(0.6, box.getSize(new Vector3()).length() / 2) };
  }
  const obj = selection.kind === 'setPiece' ? setPieceObjects.get(selection.id) : cameraObjects.get(selection.id)?.body;
  if (!obj) return null;
  const box = new Box3().setFromObject(obj, true);
  if (box.isEmpty()) return { centre: obj.getWorldPosition(new Vector3()), radius: 0.5 };
  return { centre: box.getCenter(new Vector3()), radius: Math.max(0.4, box.getSize(new Vector3()).length() / 2) };
}
