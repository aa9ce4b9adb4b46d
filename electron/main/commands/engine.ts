import { Command } from '../../../shared/commands';
import { commandLabel } from '../../../shared/commands/labels';
import type { AnyRecord, ChangeSet, RecordKind } from '../../../shared/domain/records';
import type { ApplyResult, HistoryState } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import type { Db, Statement } from '../db/connection';
import { Repository } from '../db/repository';
import { runHandler } from './handlers';
import { Tx, type Touched } from './tx';

/** How many commands undo can reach back; older history rows are pruned. */
export const HISTORY_LIMIT = 500;

interface HistoryRow {
  id: number;
  label: string;
  before: string;
  after: string;
}
interface StoredChange {
  kind: RecordKind;
  id: string;
  record: AnyRecord | null;
}

/**
 * Applies validated commands, one SQLite transaction each, and keeps their inverses in the file's
 * history table. Undo restores the records a command touched to their earlier state; redo
 * re-applies the later state. Because history is in the file, undo survives reloads and reopens.
 */
export class CommandEngine {
  readonly repo: Repository;
  private readonly q: Record<'insert' | 'clearRedo' | 'prune' | 'lastDone' | 'firstUndone' | 'mark', Statement>;

  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    this.repo = new Repository(db);
    this.q = {
      insert: db.prepare('INSERT INTO history (label, command, before, after, undone, created_at) VALUES (?, ?, ?, ?, 0, ?)'),
      clearRedo: db.prepare('DELETE FROM history WHERE undone = 1'),
      prune: db.prepare('DELETE FROM history WHERE id <= (SELECT MAX(id) FROM history) - ?'),
      lastDone: db.prepare('SELECT id, label, before, after FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1'),
      firstUndone: db.prepare('SELECT id, label, before, after FROM history WHERE undone = 1 ORDER BY id ASC LIMIT 1'),
      mark: db.prepare('UPDATE history SET undone = ? WHERE id = ?'),
    };
  }

  /** Validates and applies one command given as plain data (from a test, a script, a file). */
  apply(input: unknown): ApplyResult {
    const parsed = Command.safeParse(input);
    if (!parsed.success) throw new AppError('invalid-argument', parsed.error.issues.map((i) => i.message).join('; '));
    return this.applyValidated(parsed.data);
  }

  /** Applies a command that has already passed the Command schema (IPC dispatch validates every call). */
  applyValidated(command: Command): ApplyResult {
    const now = this.clock();
    const changes = this.db.transaction(() => {
      const tx = new Tx(this.repo, now);
      runHandler(tx, command);
      const touched = tx.changes();
      if (touched.length === 0) return [];
      const before: StoredChange[] = touched.map((t) => ({ kind: t.kind, id: t.id, record: t.before }));
      const after: StoredChange[] = touched.map((t) => ({ kind: t.kind, id: t.id, record: t.after }));
      this.q.clearRedo.run();
      this.q.insert.run(commandLabel(command), JSON.stringify(command), JSON.stringify(before), JSON.stringify(after), now);
      this.q.prune.run(HISTORY_LIMIT);
      return touched;
    })();
    return this.result(toChangeSet(changes));
  }

  undo(): ApplyResult | null {
    return this.step(this.q.lastDone, 'before', 1);
  }

  redo(): ApplyResult | null {
    return this.step(this.q.firstUndone, 'after', 0);
  }

  history(): HistoryState {
    const done = this.q.lastDone.get() as HistoryRow | undefined;
    const undone = this.q.firstUndone.get() as HistoryRow | undefined;
    return { canUndo: !!done, canRedo: !!undone, undoLabel: done?.label ?? null, redoLabel: undone?.label ?? null };
  }

  private step(find: Statement, side: 'before' | 'after', markAs: 0 | 1): ApplyResult | null {
    const changes = this.db.transaction(() => {
      const row = find.get() as HistoryRow | undefined;
      if (!row) return null;
      const stored = JSON.parse(row[side]) as StoredChange[];
      // Undo walks the records backwards (children before parents), redo forwards.
      const ordered = side === 'before' ? [...stored].reverse() : stored;
      for (const c of ordered) {
        if (c.record) this.repo.put(c.record);
        else this.repo.remove(c.kind, c.id);
      }
      this.q.mark.run(markAs, row.id);
      return ordered;
    })();
    if (!changes) return null;
    return this.result({
      records: changes.flatMap((c) => (c.record ? [c.record] : [])),
      removed: changes.flatMap((c) => (c.record ? [] : [{ kind: c.kind, id: c.id }])),
    });
  }

  private result(changes: ChangeSet): ApplyResult {
    return { changes, history: this.history(), savedAt: this.clock() };
  }
}

function toChangeSet(touched: readonly Touched[]): ChangeSet {
  return {
    records: touched.flatMap((t) => (t.after ? [t.after] : [])),
    removed: touched.flatMap((t) => (t.after ? [] : [{ kind: t.kind, id: t.id }])),
  };
}
