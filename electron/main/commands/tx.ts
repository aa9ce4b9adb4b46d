import type { AnyRecord, RecordKind, RecordOf } from '../../../shared/domain/records';
import { dependentsOf, isAppendOnly } from '../../../shared/records/registry';
import { AppError } from '../../../shared/ipc/errors';
import type { Repository } from '../db/repository';

export interface Touched {
  readonly kind: RecordKind;
  readonly id: string;
  readonly before: AnyRecord | null;
  after: AnyRecord | null;
}

/**
 * The write side a command handler sees. It remembers each record's state before its first change,
 * in the order records were first touched, so the engine can store an exact inverse for undo.
 */
export class Tx {
  private readonly touched = new Map<string, Touched>();

  constructor(
    readonly repo: Repository,
    readonly now: string,
  ) {}

  get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | null {
    return this.repo.get(kind, id);
  }

  /** Like get, but a missing or deleted record is a clear error. */
  require<K extends RecordKind>(kind: K, id: string, what: string): RecordOf<K> {
    const r = this.repo.get(kind, id);
    if (!r || ('deletedAt' in r && r.deletedAt)) throw new AppError('not-found', `${what} no longer exists. It may have been deleted; reload the production.`);
    return r;
  }

  put(record: AnyRecord): void {
    // Consent history is added to, never rewritten (the file's triggers refuse it too).
    if (isAppendOnly(record.kind) && this.repo.get(record.kind, record.id)) throw new AppError('refused', 'Consent history cannot be changed: a change adds a new entry.');
    this.touch(record.kind, record.id);
    this.repo.put(record);
    this.entry(record.kind, record.id).after = record;
  }

  /** Apply a patch to a record and stamp updatedAt; returns the new record. */
  update<K extends RecordKind>(record: RecordOf<K>, patch: Partial<RecordOf<K>>): RecordOf<K> {
    const clean = stripUndefined(patch);
    const changed = Object.entries(clean).some(([k, v]) => JSON.stringify((record as Record<string, unknown>)[k]) !== JSON.stringify(v));
    if (!changed) return record;
    const next = { ...record, ...clean, updatedAt: this.now } as RecordOf<K>;
    this.put(next);
    return next;
  }

  /**
   * Soft-deletes a record and, in the same transaction, every live record that hangs off it (the
   * registry's parents and references: a scene's beats, set pieces and cameras; a beat's placements;
   * a performer's placements). Undo restores them all, since each is a touched record.
   */
  softDelete<K extends RecordKind>(record: RecordOf<K>): RecordOf<K> {
    const next = this.update(record, { deletedAt: this.now } as Partial<RecordOf<K>>);
    for (const dep of dependentsOf(record.kind)) {
      if (isAppendOnly(dep.kind)) continue;
      for (const child of this.repo.listLiveBy(dep.kind, dep.field, record.id)) this.softDelete(child);
    }
    return next;
  }

  remove(kind: RecordKind, id: string): void {
    this.touch(kind, id);
    this.repo.remove(kind, id);
    this.entry(kind, id).after = null;
  }

  /** Touched records in first-touch order, dropping any whose state did not actually change. */
  changes(): Touched[] {
    return [...this.touched.values()].filter((t) => JSON.stringify(t.before) !== JSON.stringify(t.after));
  }

  private touch(kind: RecordKind, id: string): void {
    const key = `${kind}:${id}`;
    if (!this.touched.has(key)) this.touched.set(key, { kind, id, before: this.repo.get(kind, id), after: null });
  }

  private entry(kind: RecordKind, id: string): Touched {
    return this.touched.get(`${kind}:${id}`)!;
  }
}

/** The patch without keys whose value is undefined (an absent field means "leave as is"). */
export function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
