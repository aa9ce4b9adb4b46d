import type { CommandOf } from '../../../shared/commands';
import type { Doubling } from '../../../shared/domain/doubling';
import { newId } from '../../../shared/domain/ids';
import type { Performer } from '../../../shared/domain/people';
import { AppError } from '../../../shared/ipc/errors';
import { beatNumber } from '../../../shared/domain/beat';
import { castOfScene, doublingsOfBeat } from '../../../shared/records/query';
import { loadSceneScope } from './scope';
import type { Tx } from './tx';

/**
 * Body doubles (shared/domain/doubling.ts). Who doubles whom is a performer's `doublesFor`, checked here
 * whenever a performer is created or edited; where a double stands in is a doubling, checked when added.
 */

export function doublingAdd(tx: Tx, cmd: CommandOf<'doubling.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const performer = tx.require('performer', cmd.performerId, 'That performer');
  const double = tx.require('performer', cmd.doubleId, 'That body double');
  const scope = loadSceneScope(tx.repo, beat.sceneId);
  if (!castOfScene(scope, beat.sceneId).some((p) => p.id === performer.id)) {
    throw new AppError('invalid-argument', `${performer.name} is not in this scene, so no one can double them in it.`);
  }
  if (double.doublesFor !== performer.id) {
    throw new AppError('invalid-argument', `${double.name} is not recorded as a body double for ${performer.name}: set "Body double for" in ${double.name}'s details first.`);
  }
  const camera = cmd.cameraId ? tx.require('camera', cmd.cameraId, 'That camera') : null;
  if (camera && camera.sceneId !== beat.sceneId) throw new AppError('invalid-argument', `${camera.name} is a camera of another scene.`);
  const where = camera ? `${camera.name}'s shot of beat ${beatNumber(beat)}` : `the whole of beat ${beatNumber(beat)}`;
  const taken = doublingsOfBeat(scope, beat.id).find((d) => d.performerId === performer.id && d.cameraId === (camera?.id ?? null));
  if (taken) {
    const who = scope.performers[taken.doubleId]?.name ?? 'A body double';
    throw new AppError('invalid-argument', `${who} already doubles ${performer.name} in ${where}: remove that body double first.`);
  }
  const doubling: Doubling = {
    kind: 'doubling',
    id: newId(),
    beatId: beat.id,
    performerId: performer.id,
    doubleId: double.id,
    cameraId: camera?.id ?? null,
    note: cmd.note ?? '',
    createdAt: tx.now,
    updatedAt: tx.now,
    deletedAt: null,
  };
  tx.put(doubling);
}

export function doublingDelete(tx: Tx, cmd: CommandOf<'doubling.delete'>): void {
  tx.softDelete(tx.require('doubling', cmd.id, 'That body double'));
}

/**
 * Refuses a `doublesFor` that would not make sense: oneself, someone no longer in the production, a double
 * of a double, a performer others double, or a change while the double still stands in for someone.
 */
export function checkDoublesFor(tx: Tx, performer: Pick<Performer, 'id' | 'name' | 'doublesFor'>, doublesFor: string | null): void {
  if (doublesFor === performer.doublesFor) return;
  const standsIn = tx.repo.listLiveBy('doubling', 'doubleId', performer.id).filter((d) => tx.get('beat', d.beatId) && !tx.get('beat', d.beatId)!.deletedAt);
  if (standsIn.length > 0) {
    throw new AppError('invalid-argument', `${performer.name} still stands in as a body double in ${standsIn.length === 1 ? 'a beat' : `${standsIn.length} beats`}: remove those body doubles from the blocking first.`);
  }
  if (doublesFor === null) return;
  if (doublesFor === performer.id) throw new AppError('invalid-argument', `${performer.name} cannot be their own body double.`);
  const target = tx.require('performer', doublesFor, 'The performer to double');
  if (target.doublesFor) throw new AppError('invalid-argument', `${target.name} is a body double themselves: a double stands in for a performer, not for another double.`);
  if (tx.repo.listLiveBy('performer', 'doublesFor', performer.id).length > 0) {
    throw new AppError('invalid-argument', `${performer.name} has a body double of their own, so cannot be recorded as a double.`);
  }
}
