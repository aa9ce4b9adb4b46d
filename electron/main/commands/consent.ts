import type { CommandOf } from '../../../shared/commands';
import { BODY_REGION_IDS } from '../../../shared/domain/bodyRegions';
import type { BoundaryEntry, RiderVersion } from '../../../shared/domain/consent';
import { newId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/errors';
import { boundaryOf, riderOf } from '../../../shared/records/consentQuery';
import { docRecordsFrom } from '../../../shared/records/query';
import type { Tx } from './tx';

// Consent is history (docs/domain.md): every handler here only adds entries; nothing is updated or deleted.

const stamps = (tx: Tx) => ({ createdAt: tx.now, updatedAt: tx.now, deletedAt: null, recordedAt: tx.now });

function consentOf(tx: Tx, performerId: string) {
  return docRecordsFrom({ boundaries: tx.repo.listBy('boundary', 'performerId', performerId), riders: tx.repo.listBy('rider', 'performerId', performerId) });
}

function requireScene(tx: Tx, sceneId: string | null): void {
  if (sceneId) tx.require('scene', sceneId, 'That scene');
}

export function boundarySet(tx: Tx, cmd: CommandOf<'boundary.set'>): void {
  tx.require('performer', cmd.performerId, 'That performer');
  requireScene(tx, cmd.sceneId);
  const doc = consentOf(tx, cmd.performerId);
  for (const e of cmd.entries) {
    const now = boundaryOf(doc, cmd.performerId, cmd.sceneId, e.region, e.channel);
    // Only a scene's own entry counts as "already so" for a scene override; a standing value may differ.
    const current = cmd.sceneId && now.entry?.sceneId !== cmd.sceneId ? null : now;
    const note = e.note ?? current?.note ?? '';
    if (current && current.value === e.value && current.note === note) continue;
    const entry: BoundaryEntry = {
      kind: 'boundary',
      id: newId(),
      performerId: cmd.performerId,
      sceneId: cmd.sceneId,
      region: e.region,
      channel: e.channel,
      value: e.value,
      previousValue: now.value,
      note,
      occasion: cmd.occasion,
      recordedBy: cmd.recordedBy,
      ...stamps(tx),
    };
    tx.put(entry);
  }
}

export function riderSave(tx: Tx, cmd: CommandOf<'rider.save'>): void {
  tx.require('performer', cmd.performerId, 'That performer');
  tx.require('scene', cmd.sceneId, 'That scene');
  const current = riderOf(consentOf(tx, cmd.performerId), cmd.performerId, cmd.sceneId);
  const rider: RiderVersion = {
    kind: 'rider',
    id: newId(),
    performerId: cmd.performerId,
    sceneId: cmd.sceneId,
    version: (current?.version ?? 0) + 1,
    ...cmd.fields,
    occasion: cmd.occasion,
    recordedBy: cmd.recordedBy,
    ...stamps(tx),
  };
  tx.put(rider);
}

export function consentWithdraw(tx: Tx, cmd: CommandOf<'consent.withdraw'>): void {
  const performer = tx.require('performer', cmd.performerId, 'That performer');
  requireScene(tx, cmd.sceneId);
  const doc = consentOf(tx, cmd.performerId);
  const regions = cmd.regions.length ? cmd.regions : BODY_REGION_IDS;
  let count = 0;
  for (const region of regions) {
    for (const channel of cmd.channels) {
      const now = boundaryOf(doc, cmd.performerId, cmd.sceneId, region, channel);
      if (now.value === 'notAgreed' || now.value === 'unrecorded') continue;
      const entry: BoundaryEntry = {
        kind: 'boundary',
        id: newId(),
        performerId: cmd.performerId,
        sceneId: cmd.sceneId,
        region,
        channel,
        value: 'notAgreed',
        previousValue: now.value,
        note: cmd.note,
        occasion: 'onSetWithdrawal',
        recordedBy: cmd.recordedBy,
        ...stamps(tx),
      };
      tx.put(entry);
      count++;
    }
  }
  if (count === 0) throw new AppError('invalid-argument', `Nothing to withdraw: ${performer.name} has not agreed to anything in that scope.`);
}
