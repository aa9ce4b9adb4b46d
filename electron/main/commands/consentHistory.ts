import type { BoundaryEntry, RiderVersion } from '../../../shared/domain/consent';
import { emptyRiderFields } from '../../../shared/domain/defaults';
import { newId } from '../../../shared/domain/ids';
import type { AnyRecord } from '../../../shared/domain/records';
import type { Repository } from '../db/repository';

/**
 * Undo and redo of consent history (the registry's `appendOnly` kinds) add an entry instead of
 * removing or rewriting one: undoing a boundary entry records the value it replaced, undoing a rider
 * version records the version before it again, and redo records the undone entry once more. The
 * history shows every step, with when it happened.
 */
export function appendedFor(repo: Repository, entry: AnyRecord, side: 'undo' | 'redo', now: string): AnyRecord {
  const stamps = { createdAt: now, updatedAt: now, deletedAt: null };
  if (entry.kind === 'boundary') {
    const next: BoundaryEntry =
      side === 'undo'
        ? { ...entry, ...stamps, id: newId(), value: entry.previousValue, previousValue: entry.value, occasion: 'undo', note: `Took back the entry of ${entry.recordedAt.slice(0, 10)}.`, recordedAt: now }
        : { ...entry, ...stamps, id: newId(), previousValue: entry.previousValue, recordedAt: now };
    return next;
  }
  if (entry.kind === 'rider') {
    const versions = repo.listBy('rider', 'performerId', entry.performerId).filter((r) => r.sceneId === entry.sceneId);
    const latest = Math.max(0, ...versions.map((r) => r.version));
    const before = versions.filter((r) => r.version < entry.version).sort((a, b) => b.version - a.version)[0];
    const content = side === 'undo' ? (before ?? emptyRider(entry)) : entry;
    const next: RiderVersion = { ...content, ...stamps, id: newId(), version: latest + 1, occasion: side === 'undo' ? 'undo' : content.occasion, recordedAt: now };
    return next;
  }
  throw new Error(`${entry.kind} is not consent history`);
}

/** What undoing a performer's first rider for a scene records: nothing agreed. */
function emptyRider(r: RiderVersion): RiderVersion {
  return { ...r, ...emptyRiderFields() };
}
