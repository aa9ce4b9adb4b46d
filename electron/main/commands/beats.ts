import type { CommandOf } from '../../../shared/commands';
import type { Beat } from '../../../shared/domain/beat';
import { defaultBeat } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/errors';
import { copyBeatChildren, ensureCameraPlacements, ensurePlacements } from './placements';
import { loadSceneScope } from './scope';
import { moved, renumber } from './order';
import { liveBeats } from './scenes';
import type { Tx } from './tx';

/** Inserts a beat and gives it the blocking of the beat before it (or default placements when first). */
export function beatCreate(tx: Tx, cmd: CommandOf<'beat.create'>): void {
  const scene = tx.require('scene', cmd.sceneId, 'That scene');
  const beats = liveBeats(tx, scene.id);
  let index = beats.length;
  if (cmd.afterBeatId === null) index = 0;
  else if (cmd.afterBeatId) {
    const at = beats.findIndex((b) => b.id === cmd.afterBeatId);
    if (at < 0) throw new AppError('not-found', 'The beat to insert after no longer exists.');
    index = at + 1;
  }
  const beat = insertBeat(tx, beats, index, { kind: 'beat', id: newId(), sceneId: scene.id, order: index, ...defaultBeat(), ...cmd.fields });
  const previous = beats[index - 1];
  if (previous) copyBeatChildren(tx, loadSceneScope(tx.repo, scene.id), previous.id, beat.id);
  ensurePlacements(tx, scene, beat.id);
  ensureCameraPlacements(tx, scene.id, beat.id);
}

export function beatUpdate(tx: Tx, cmd: CommandOf<'beat.update'>): void {
  tx.update(tx.require('beat', cmd.id, 'That beat'), cmd.patch);
}

export function beatDelete(tx: Tx, cmd: CommandOf<'beat.delete'>): void {
  const beat = tx.require('beat', cmd.id, 'That beat');
  tx.softDelete(beat);
  renumber(tx, liveBeats(tx, beat.sceneId));
}

/** A copy of the beat, its placements and camera placements, placed right after it. */
export function beatDuplicate(tx: Tx, cmd: CommandOf<'beat.duplicate'>): void {
  const source = tx.require('beat', cmd.id, 'That beat');
  const beats = liveBeats(tx, source.sceneId);
  const index = beats.findIndex((b) => b.id === source.id) + 1;
  const { description, counts, notes, checkInAfter } = source;
  const copy = insertBeat(tx, beats, index, { kind: 'beat', id: newId(), sceneId: source.sceneId, order: index, description, counts, notes, checkInAfter });
  copyBeatChildren(tx, loadSceneScope(tx.repo, source.sceneId), source.id, copy.id);
}

export function beatMove(tx: Tx, cmd: CommandOf<'beat.move'>): void {
  const beat = tx.require('beat', cmd.id, 'That beat');
  renumber(tx, moved(liveBeats(tx, beat.sceneId), beat.id, cmd.toIndex));
}

function insertBeat(tx: Tx, beats: readonly Beat[], index: number, fields: Omit<Beat, 'createdAt' | 'updatedAt' | 'deletedAt'>): Beat {
  const beat: Beat = { ...fields, createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  tx.put(beat);
  const next = [...beats];
  next.splice(index, 0, beat);
  renumber(tx, next);
  return beat;
}
