import type { CommandOf } from '../../../shared/commands';
import { defaultScene } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Scene } from '../../../shared/domain/scene';
import { AppError } from '../../../shared/ipc/errors';
import { beatsOfScene, docRecordsFrom } from '../../../shared/records/query';
import { ensurePlacements } from './placements';
import { moved, renumber } from './order';
import type { Tx } from './tx';

export function sceneCreate(tx: Tx, cmd: CommandOf<'scene.create'>): void {
  const scenes = tx.repo.listLive('scene');
  const fields = { ...defaultScene(scenes.length), ...cmd.fields };
  checkPerformers(tx, fields.performerIds);
  const scene: Scene = { kind: 'scene', id: newId(), order: scenes.length, ...fields, createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  tx.put(scene);
}

export function sceneUpdate(tx: Tx, cmd: CommandOf<'scene.update'>): void {
  const scene = tx.require('scene', cmd.id, 'That scene');
  if (cmd.patch.performerIds) checkPerformers(tx, cmd.patch.performerIds);
  const next = tx.update(scene, cmd.patch);
  if (cmd.patch.performerIds) {
    // Everyone in the scene has a placement in every beat, so the 3D view always has a mannequin for them.
    for (const beat of liveBeats(tx, scene.id)) ensurePlacements(tx, next, beat.id);
  }
}

export function sceneDelete(tx: Tx, cmd: CommandOf<'scene.delete'>): void {
  const scene = tx.require('scene', cmd.id, 'That scene');
  tx.softDelete(scene);
  renumber(tx, tx.repo.listLive('scene'));
}

export function sceneMove(tx: Tx, cmd: CommandOf<'scene.move'>): void {
  tx.require('scene', cmd.id, 'That scene');
  renumber(tx, moved(tx.repo.listLive('scene'), cmd.id, cmd.toIndex));
}

/** The scene's live beats in order, as the query layer answers it. */
export function liveBeats(tx: Tx, sceneId: string) {
  const scene = tx.repo.get('scene', sceneId);
  return beatsOfScene(docRecordsFrom({ scenes: scene ? [scene] : [], beats: tx.repo.listLiveBy('beat', 'sceneId', sceneId) }), sceneId);
}

function checkPerformers(tx: Tx, ids: readonly string[]): void {
  if (new Set(ids).size !== ids.length) throw new AppError('invalid-argument', 'A performer is listed twice in the scene.');
  for (const id of ids) tx.require('performer', id, 'A performer in this scene');
}
