import type { CommandOf } from '../../../shared/commands';
import { CAMERA_BODY_FIELDS, type Camera, type PosePreset, type SetPiece } from '../../../shared/domain/blocking';
import { AppError } from '../../../shared/ipc/errors';
import { liveBeats } from './scenes';
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

/**
 * Adds a camera to the beat's scene ("A cam" exists once, in every beat): used from this beat on,
 * hidden in the beats before it, so earlier beats do not change what they show.
 */
export function cameraAdd(tx: Tx, cmd: CommandOf<'camera.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const count = tx.repo.listLiveBy('camera', 'sceneId', beat.sceneId).length;
  const fields = { ...defaultCamera(count), ...cmd.fields };
  const camera: Camera = { kind: 'camera', id: newId(), sceneId: beat.sceneId, name: fields.name, sensor: fields.sensor, aspect: fields.aspect, ...stamps(tx) };
  tx.put(camera);
  const { focalLengthMm, position, target, rollDeg, shotSize } = fields;
  for (const b of liveBeats(tx, beat.sceneId)) {
    const hidden = b.order < beat.order || (b.id === beat.id && fields.hidden);
    tx.put({ kind: 'cameraPlacement', id: newId(), beatId: b.id, cameraId: camera.id, focalLengthMm, position, target, rollDeg, shotSize, hidden, ...stamps(tx) });
  }
}

/** Name, sensor and aspect change the camera in every beat; position, aim, lens and use change this beat only. */
export function cameraUpdate(tx: Tx, cmd: CommandOf<'camera.update'>): void {
  const camera = tx.require('camera', cmd.id, 'That camera');
  const body = pick(cmd.patch, CAMERA_BODY_FIELDS);
  if (Object.keys(body).length) tx.update(camera, body);
  const shot = omit(cmd.patch, CAMERA_BODY_FIELDS);
  if (Object.keys(shot).length === 0) return;
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  if (beat.sceneId !== camera.sceneId) throw new AppError('invalid-argument', `${camera.name} belongs to another scene.`);
  const placement = tx.repo.listLiveBy('cameraPlacement', 'beatId', beat.id).find((p) => p.cameraId === camera.id);
  if (!placement) throw new AppError('not-found', `${camera.name} has no setup in that beat. Reload the production.`);
  tx.update(placement, shot);
}

export function cameraDelete(tx: Tx, cmd: CommandOf<'camera.delete'>): void {
  tx.softDelete(tx.require('camera', cmd.id, 'That camera'));
}

const stamps = (tx: Tx) => ({ createdAt: tx.now, updatedAt: tx.now, deletedAt: null });

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => keys.includes(k as K) && v !== undefined)) as Partial<Pick<T, K>>;
}
function omit<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Omit<T, K>> {
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => !keys.includes(k as K) && v !== undefined)) as Partial<Omit<T, K>>;
}

export function posePresetSave(tx: Tx, cmd: CommandOf<'posePreset.save'>): void {
  const preset: PosePreset = { kind: 'posePreset', id: newId(), name: cmd.name, pose: cmd.pose, createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  tx.put(preset);
}

export function posePresetDelete(tx: Tx, cmd: CommandOf<'posePreset.delete'>): void {
  tx.softDelete(tx.require('posePreset', cmd.id, 'That pose preset'));
}
