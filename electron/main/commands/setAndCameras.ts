import type { CommandOf } from '../../../shared/commands';
import type { CameraSetup, PosePreset, SetPiece } from '../../../shared/domain/blocking';
import { defaultCamera, defaultSetPiece } from '../../../shared/domain/defaults';
import { newId, type SetPieceId } from '../../../shared/domain/ids';
import type { Tx } from './tx';

export function setPieceAdd(tx: Tx, cmd: CommandOf<'setPiece.add'>): void {
  const scene = tx.require('scene', cmd.sceneId, 'That scene');
  const piece: SetPiece = {
    kind: 'setPiece',
    id: newId(),
    sceneId: scene.id,
    ...defaultSetPiece(cmd.pieceType),
    ...cmd.fields,
    createdAt: tx.now,
    updatedAt: tx.now,
    deletedAt: null,
  };
  tx.put(piece);
}

export function setPieceUpdate(tx: Tx, cmd: CommandOf<'setPiece.update'>): void {
  tx.update(tx.require('setPiece', cmd.id, 'That set piece'), cmd.patch);
}

export function setPieceDelete(tx: Tx, cmd: CommandOf<'setPiece.delete'>): void {
  tx.softDelete(tx.require('setPiece', cmd.id, 'That set piece'));
}

/** The copy lands 0.5 m to the side so it is visibly a second piece. */
export function setPieceDuplicate(tx: Tx, cmd: CommandOf<'setPiece.duplicate'>): void {
  const source = tx.require('setPiece', cmd.id, 'That set piece');
  const [x, y, z] = source.position;
  tx.put({ ...source, id: newId<SetPieceId>(), position: [x + 0.5, y, z + 0.5], createdAt: tx.now, updatedAt: tx.now, deletedAt: null });
}

export function cameraAdd(tx: Tx, cmd: CommandOf<'camera.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const count = tx.repo.listBy('camera', 'beat_id', beat.id).filter((c) => !c.deletedAt).length;
  const camera: CameraSetup = {
    kind: 'camera',
    id: newId(),
    beatId: beat.id,
    ...defaultCamera(count),
    ...cmd.fields,
    createdAt: tx.now,
    updatedAt: tx.now,
    deletedAt: null,
  };
  tx.put(camera);
}

export function cameraUpdate(tx: Tx, cmd: CommandOf<'camera.update'>): void {
  tx.update(tx.require('camera', cmd.id, 'That camera'), cmd.patch);
}

export function cameraDelete(tx: Tx, cmd: CommandOf<'camera.delete'>): void {
  tx.softDelete(tx.require('camera', cmd.id, 'That camera'));
}

export function posePresetSave(tx: Tx, cmd: CommandOf<'posePreset.save'>): void {
  const preset: PosePreset = { kind: 'posePreset', id: newId(), name: cmd.name, pose: cmd.pose, createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  tx.put(preset);
}

export function posePresetDelete(tx: Tx, cmd: CommandOf<'posePreset.delete'>): void {
  tx.softDelete(tx.require('posePreset', cmd.id, 'That pose preset'));
}
