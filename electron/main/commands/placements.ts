import type { CommandOf } from '../../../shared/commands';
import type { Placement } from '../../../shared/domain/blocking';
import { defaultPlacementPosition, standingPose } from '../../../shared/domain/defaults';
import { newId, type BeatId, type CameraId, type PlacementId } from '../../../shared/domain/ids';
import type { Scene } from '../../../shared/domain/scene';
import type { Tx } from './tx';

/**
 * Gives every performer of the scene a live placement in the beat: a new one standing in line,
 * or the earlier one revived if they were taken out of the scene and put back.
 */
export function ensurePlacements(tx: Tx, scene: Scene, beatId: string): void {
  const existing = tx.repo.listBy('placement', 'beat_id', beatId);
  scene.performerIds.forEach((performerId, index) => {
    const found = existing.find((p) => p.performerId === performerId);
    if (found && !found.deletedAt) return;
    if (found) {
      tx.update(found, { deletedAt: null });
      return;
    }
    const placement: Placement = {
      kind: 'placement',
      id: newId(),
      beatId: beatId as Placement['beatId'],
      performerId: performerId,
      position: defaultPlacementPosition(index, scene.performerIds.length),
      rotationY: 0,
      pose: standingPose(),
      hidden: false,
      pins: [],
      createdAt: tx.now,
      updatedAt: tx.now,
      deletedAt: null,
    };
    tx.put(placement);
  });
}

/** Copies the live placements and cameras of one beat into another (a new beat starts as the previous one). */
export function copyBlocking(tx: Tx, fromBeatId: string, toBeatId: string): void {
  const stamps = { createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  for (const p of tx.repo.listBy('placement', 'beat_id', fromBeatId)) {
    if (!p.deletedAt) tx.put({ ...p, ...stamps, id: newId<PlacementId>(), beatId: toBeatId as BeatId });
  }
  for (const c of tx.repo.listBy('camera', 'beat_id', fromBeatId)) {
    if (!c.deletedAt) tx.put({ ...c, ...stamps, id: newId<CameraId>(), beatId: toBeatId as BeatId });
  }
}

export function placementUpdate(tx: Tx, cmd: CommandOf<'placement.update'>): void {
  tx.update(tx.require('placement', cmd.id, 'That placement'), cmd.patch);
}
