import type { CommandOf } from '../../../shared/commands';
import type { CameraPlacement, Placement } from '../../../shared/domain/blocking';
import { settlePose, snapPlacement } from '../../../shared/blocking/settle';
import { defaultCamera, defaultPerformer, defaultPlacementPosition, standingPose } from '../../../shared/domain/defaults';
import { newId, type BeatId } from '../../../shared/domain/ids';
import type { Scene } from '../../../shared/domain/scene';
import { camerasOfScene, copiedChildrenOfBeat, docRecordsFrom, setPiecesOfScene, type DocRecords } from '../../../shared/records/query';
import { loadSceneScope } from './scope';
import { stripUndefined, type Tx } from './tx';

/**
 * Gives every performer of the scene a live placement in the beat: a new one standing in line,
 * or the earlier one revived if they were taken out of the scene and put back.
 */
export function ensurePlacements(tx: Tx, scene: Scene, beatId: string): void {
  const existing = tx.repo.listBy('placement', 'beatId', beatId);
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
      costumeOff: [],
      createdAt: tx.now,
      updatedAt: tx.now,
      deletedAt: null,
    };
    tx.put(placement);
  });
}

/**
 * Gives every live camera of the scene a placement in the beat, so "A cam" exists in every beat:
 * a copy of its placement in the nearest other beat, or the default position, hidden when `hidden`.
 */
export function ensureCameraPlacements(tx: Tx, sceneId: string, beatId: string): void {
  const scope = loadSceneScope(tx.repo, sceneId);
  const here = new Set(Object.values(scope.cameraPlacements).filter((p) => p.beatId === beatId).map((p) => p.cameraId));
  const order = new Map<string, number>(Object.values(scope.beats).map((b) => [b.id, b.order]));
  const at = order.get(beatId) ?? 0;
  for (const camera of camerasOfScene(scope, sceneId)) {
    if (here.has(camera.id)) continue;
    const nearest = Object.values(scope.cameraPlacements)
      .filter((p) => p.cameraId === camera.id && order.has(p.beatId))
      .sort((a, b) => Math.abs(order.get(a.beatId)! - at) - Math.abs(order.get(b.beatId)! - at))[0];
    const { focalLengthMm, position, target, rollDeg, shotSize, hidden } = nearest ?? { ...defaultCamera(0), hidden: true };
    const placement: CameraPlacement = {
      kind: 'cameraPlacement',
      id: newId(),
      beatId: beatId as BeatId,
      cameraId: camera.id,
      focalLengthMm,
      position,
      target,
      rollDeg,
      shotSize,
      hidden,
      createdAt: tx.now,
      updatedAt: tx.now,
      deletedAt: null,
    };
    tx.put(placement);
  }
}

/** Copies what the query layer says a new beat starts with (shared/records/query.ts `copiedChildrenOfBeat`). */
export function copyBeatChildren(tx: Tx, scope: DocRecords, fromBeatId: string, toBeatId: string): void {
  const stamps = { createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  for (const r of copiedChildrenOfBeat(scope, fromBeatId)) tx.put({ ...r, ...stamps, id: newId<string>(), beatId: toBeatId as BeatId } as typeof r);
}

export function placementUpdate(tx: Tx, cmd: CommandOf<'placement.update'>): void {
  const placement = tx.require('placement', cmd.id, 'That placement');
  const next = { ...placement, ...stripUndefined(cmd.patch) };
  const heightCm = tx.get('performer', placement.performerId)?.heightCm ?? defaultPerformer(0).heightCm;
  const moved = cmd.patch.position !== undefined || cmd.patch.rotationY !== undefined || cmd.patch.pose !== undefined;
  const snapped = cmd.snap && moved ? snapOnScene(tx, placement.beatId, next, heightCm) : next;
  const pose = settlePose(placement, snapped, heightCm);
  const patch = snapped === next ? cmd.patch : { ...cmd.patch, position: snapped.position, pose: snapped.pose };
  tx.update(placement, pose === snapped.pose ? patch : { ...patch, pose });
}

/** The body put on the floor, bed or seat under it (shared/blocking/settle.ts), as the view does with snapping on. */
function snapOnScene<P extends Pick<Placement, 'position' | 'rotationY' | 'pose'>>(tx: Tx, beatId: string, p: P, heightCm: number): P {
  const beat = tx.require('beat', beatId, 'The beat of that placement');
  const scene = tx.require('scene', beat.sceneId, 'The scene of that placement');
  const pieces = setPiecesOfScene(docRecordsFrom({ scenes: [scene], setPieces: tx.repo.listLiveBy('setPiece', 'sceneId', scene.id) }), scene.id);
  const { position, pose } = snapPlacement(p.position, p.rotationY, p.pose, heightCm, pieces);
  return { ...p, position, pose };
}
