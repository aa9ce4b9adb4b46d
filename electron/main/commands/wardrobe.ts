import type { CommandOf } from '../../../shared/commands';
import type { Contact, ContactFields } from '../../../shared/domain/contact';
import { defaultBarrier, defaultContact, DEFAULT_KISS } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { Barrier, BarrierFields, Garment, GarmentFitting } from '../../../shared/domain/wardrobe';
import { AppError } from '../../../shared/ipc/errors';
import { castOfScene, fittingOf, garmentsOfBeat } from '../../../shared/records/query';
import { GARMENT_LABELS } from '../../../shared/domain/wardrobe';
import { loadSceneScope } from './scope';
import { stripUndefined, type Tx } from './tx';

const stamps = (tx: Tx) => ({ createdAt: tx.now, updatedAt: tx.now, deletedAt: null });

export function contactAdd(tx: Tx, cmd: CommandOf<'contact.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const fields = withKiss({ ...defaultContact(), ...cmd.fields });
  checkContact(tx, beat.sceneId, fields);
  const contact: Contact = { kind: 'contact', id: newId(), beatId: beat.id, ...fields, ...stamps(tx) };
  tx.put(contact);
}

export function contactUpdate(tx: Tx, cmd: CommandOf<'contact.update'>): void {
  const contact = tx.require('contact', cmd.id, 'That contact');
  const beat = tx.require('beat', contact.beatId, 'The beat of that contact');
  const { kind: _k, id: _i, beatId: _b, createdAt: _c, updatedAt: _u, deletedAt: _d, ...current } = contact;
  const next = withKiss({ ...current, ...stripUndefined(cmd.patch) } as ContactFields);
  checkContact(tx, beat.sceneId, next);
  tx.update(contact, next);
}

export function contactDelete(tx: Tx, cmd: CommandOf<'contact.delete'>): void {
  tx.softDelete(tx.require('contact', cmd.id, 'That contact'));
}

/** A kiss always carries its specification; any other contact carries none. */
function withKiss(fields: ContactFields): ContactFields {
  if (fields.type === 'kiss') return { ...fields, kiss: fields.kiss ?? DEFAULT_KISS };
  return { ...fields, kiss: null };
}

/** What cannot be stored at all: people or set pieces that do not exist here, counts in the wrong order. */
function checkContact(tx: Tx, sceneId: string, fields: ContactFields): void {
  const person = (id: string) => tx.require('performer', id, 'A performer in this contact');
  person(fields.initiator.performerId);
  if (fields.receiver.kind === 'performer') person(fields.receiver.performerId);
  if (fields.receiver.kind === 'setPiece') {
    const piece = tx.require('setPiece', fields.receiver.setPieceId, 'The set piece of this contact');
    if (piece.sceneId !== sceneId) throw new AppError('invalid-argument', `${piece.label} is part of another scene's set.`);
  }
  if (fields.fromCount !== null && fields.toCount !== null && fields.fromCount > fields.toCount) {
    throw new AppError('invalid-argument', `A contact runs from an earlier count to a later one: counts ${fields.fromCount}–${fields.toCount} are the wrong way round.`);
  }
}

export function garmentAdd(tx: Tx, cmd: CommandOf<'garment.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const performer = tx.require('performer', cmd.performerId, 'That performer');
  const scope = loadSceneScope(tx.repo, beat.sceneId);
  if (!castOfScene(scope, beat.sceneId).some((p) => p.id === performer.id)) {
    throw new AppError('invalid-argument', `${performer.name} is not in this scene, so cannot be dressed in it.`);
  }
  if (garmentsOfBeat(scope, beat.id).some((g) => g.performerId === performer.id && g.type === cmd.garmentType)) {
    throw new AppError('invalid-argument', `${performer.name} already wears ${GARMENT_LABELS[cmd.garmentType]} in this beat.`);
  }
  const garment: Garment = { kind: 'garment', id: newId(), beatId: beat.id, performerId: performer.id, type: cmd.garmentType, notes: '', ...stamps(tx) };
  tx.put(garment);
}

export function garmentUpdate(tx: Tx, cmd: CommandOf<'garment.update'>): void {
  tx.update(tx.require('garment', cmd.id, 'That garment'), cmd.patch);
}

export function garmentDelete(tx: Tx, cmd: CommandOf<'garment.delete'>): void {
  tx.softDelete(tx.require('garment', cmd.id, 'That garment'));
}

export function garmentFittingSet(tx: Tx, cmd: CommandOf<'garmentFitting.set'>): void {
  const performer = tx.require('performer', cmd.performerId, 'That performer');
  const existing = fittingOf({ garmentFittings: Object.fromEntries(tx.repo.listLiveBy('garmentFitting', 'performerId', performer.id).map((f) => [f.id, f])) }, performer.id, cmd.garmentType);
  if (existing) {
    tx.update(existing, { status: cmd.status, ...(cmd.notes !== undefined ? { notes: cmd.notes } : {}) });
    return;
  }
  const fitting: GarmentFitting = { kind: 'garmentFitting', id: newId(), performerId: performer.id, type: cmd.garmentType, status: cmd.status, notes: cmd.notes ?? '', ...stamps(tx) };
  tx.put(fitting);
}

export function barrierAdd(tx: Tx, cmd: CommandOf<'barrier.add'>): void {
  const beat = tx.require('beat', cmd.beatId, 'That beat');
  const fields = { ...defaultBarrier(cmd.barrierType), ...stripUndefined(cmd.fields ?? {}) } as BarrierFields;
  checkAttachment(tx, beat.sceneId, fields.attachedTo);
  const barrier: Barrier = { kind: 'barrier', id: newId(), beatId: beat.id, ...fields, ...stamps(tx) };
  tx.put(barrier);
}

export function barrierUpdate(tx: Tx, cmd: CommandOf<'barrier.update'>): void {
  const barrier = tx.require('barrier', cmd.id, 'That barrier');
  const beat = tx.require('beat', barrier.beatId, 'The beat of that barrier');
  if (cmd.patch.attachedTo !== undefined) checkAttachment(tx, beat.sceneId, cmd.patch.attachedTo);
  tx.update(barrier, cmd.patch);
}

export function barrierDelete(tx: Tx, cmd: CommandOf<'barrier.delete'>): void {
  tx.softDelete(tx.require('barrier', cmd.id, 'That barrier'));
}

function checkAttachment(tx: Tx, sceneId: string, attachedTo: Barrier['attachedTo']): void {
  if (attachedTo?.kind === 'region') tx.require('performer', attachedTo.performerId, 'The performer the barrier rests against');
  if (attachedTo?.kind === 'setPiece') {
    const piece = tx.require('setPiece', attachedTo.setPieceId, 'The set piece the barrier rests on');
    if (piece.sceneId !== sceneId) throw new AppError('invalid-argument', `${piece.label} is part of another scene's set.`);
  }
}
