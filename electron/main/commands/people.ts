import type { CommandOf } from '../../../shared/commands';
import { defaultCrew, defaultPerformer } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Crew, Performer } from '../../../shared/domain/people';
import { checkDoublesFor } from './doubles';
import type { Tx } from './tx';

export function productionUpdate(tx: Tx, cmd: CommandOf<'production.update'>): void {
  const production = tx.repo.listLive('production')[0];
  if (!production) throw new Error('The production row is missing');
  tx.update(production, cmd.patch);
}

export function performerCreate(tx: Tx, cmd: CommandOf<'performer.create'>): void {
  const count = tx.repo.listLive('performer').length;
  const performer: Performer = {
    kind: 'performer',
    id: newId(),
    ...defaultPerformer(count),
    ...cmd.fields,
    createdAt: tx.now,
    updatedAt: tx.now,
    deletedAt: null,
  };
  checkDoublesFor(tx, { ...performer, doublesFor: null }, performer.doublesFor);
  tx.put(performer);
}

export function performerUpdate(tx: Tx, cmd: CommandOf<'performer.update'>): void {
  const performer = tx.require('performer', cmd.id, 'That performer');
  if (cmd.patch.doublesFor !== undefined) checkDoublesFor(tx, performer, cmd.patch.doublesFor);
  tx.update(performer, cmd.patch);
}

/** Soft delete: the performer leaves every scene, but their record (and later their consent history) stays in the file. */
export function performerDelete(tx: Tx, cmd: CommandOf<'performer.delete'>): void {
  const performer = tx.require('performer', cmd.id, 'That performer');
  for (const scene of tx.repo.listLive('scene')) {
    if (scene.performerIds.includes(performer.id)) {
      tx.update(scene, { performerIds: scene.performerIds.filter((id) => id !== performer.id) });
    }
  }
  tx.softDelete(performer);
}

export function crewCreate(tx: Tx, cmd: CommandOf<'crew.create'>): void {
  const crew: Crew = { kind: 'crew', id: newId(), ...defaultCrew(), ...cmd.fields, createdAt: tx.now, updatedAt: tx.now, deletedAt: null };
  tx.put(crew);
}

export function crewUpdate(tx: Tx, cmd: CommandOf<'crew.update'>): void {
  tx.update(tx.require('crew', cmd.id, 'That crew member'), cmd.patch);
}

export function crewDelete(tx: Tx, cmd: CommandOf<'crew.delete'>): void {
  tx.softDelete(tx.require('crew', cmd.id, 'That crew member'));
}
