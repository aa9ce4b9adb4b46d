import { Box3, Vector3 } from 'three';
import { cameraObjects, mannequinRigs, setPieceObjects } from '../rigRegistry';
import type { StageSelection } from '../stageStore';
import { barrierObjects } from './barrierObjects';
import { bodyRigs } from './bodyRigs';
import { getContactOwner } from './contactFocus';

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
  if (selection.kind === 'contact') {
    // Frame the contact's first point: the body region it starts from.
    const owner = getContactOwner(selection.id);
    const rig = owner ? bodyRigs.get(owner.performerId) : null;
    return rig && owner ? { centre: rig.bones[owner.bone].getWorldPosition(new Vector3()), radius: 0.6 } : null;
  }
  const obj =
    selection.kind === 'setPiece' ? setPieceObjects.get(selection.id) : selection.kind === 'barrier' ? barrierObjects.get(selection.id) : cameraObjects.get(selection.id)?.body;
  if (!obj) return null;
  const box = new Box3().setFromObject(obj, true);
  if (box.isEmpty()) return { centre: obj.getWorldPosition(new Vector3()), radius: 0.5 };
  return { centre: box.getCenter(new Vector3()), radius: Math.max(0.4, box.getSize(new Vector3()).length() / 2) };
}
