import { Command } from '../../../shared/commands';
import { commandLabel } from '../../../shared/commands/labels';
import type { AnyRecord, ChangeSet, RecordKind } from '../../../shared/domain/records';
import type { ApplyResult, HistoryState } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { describeIssues } from '../ipc/dispatch';
import { isAppendOnly, KIND_NAMES, RECORD_KINDS } from '../../../shared/records/registry';
import { appendedFor } from './consentHistory';
import { blockingFindings, scenesTouched, type Finding, type SceneCheck, type TouchedRecord } from '../../../shared/rules';
import type { Db, Statement } from '../db/connection';
import { Repository } from '../db/repository';
import { runHandler } from './handlers';
import { SceneFindings } from './sceneFindings';
import { SceneScopes, type WrittenRecord } from './sceneScopes';
import type { DocRecords } from '../../../shared/records/query';
import { Tx, type Touched } from './tx';

/** The scenes the rules looked at for one change, and what they found there (the UI replaces its findings for exactly these scenes). */
interface Checks {
  readonly checkedScenes: readonly string[];
  readonly findings: readonly Finding[];
}
const NO_CHECKS: Checks = { checkedScenes: [], findings: [] };
/** The scopes the rules read for a change and what it wrote, kept in the cache once it commits. */
interface Pending {
  readonly scopes: ReadonlyMap<string, DocRecords>;
  readonly written: readonly WrittenRecord[];
  /** The checked scenes' checks (sceneFindings.ts). */
  readonly sceneChecks: ReadonlyMap<string, SceneCheck>;
  readonly changes: readonly TouchedRecord[];
}

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

/** Sees how long the rules took inside each command (the benchmark's hook; the app sets none). */
export interface EngineProbe {
  rules(ms: number, scenes: number): void;
}

/**
 * Applies validated commands, one SQLite transaction each, and keeps their inverses in the file's
 * history table. Undo restores the records a command touched to their earlier state; redo
 * re-applies the later state. Because history is in the file, undo survives reloads and reopens.
 *
 * Inside each transaction, after the handler ran, the rules (shared/rules) check the scenes the
 * command touched: a `block` finding throws, so the transaction rolls back and nothing is written;
 * the other findings come back with the result. Undo and redo are checked too but never refused.
 */
export class CommandEngine {
  readonly repo: Repository;
  probe: EngineProbe | null = null;
  /** Each checked scene's records, kept between commands (sceneScopes.ts). */
  readonly scopes: SceneScopes;
  /** Each checked scene's per-beat findings, kept between commands (sceneFindings.ts). */
  readonly findings = new SceneFindings();
  private readonly q: Record<'insert' | 'clearRedo' | 'prune' | 'lastDone' | 'firstUndone' | 'mark', Statement>;

  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    this.repo = new Repository(db);
    this.scopes = new SceneScopes(this.repo);
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
    if (!parsed.success) throw new AppError('invalid-argument', describeIssues(parsed.error, 'command:apply', { command: input }));
    return this.applyValidated(parsed.data);
  }

  /** Applies a command that has already passed the Command schema (IPC dispatch validates every call). */
  applyValidated(command: Command): ApplyResult {
    const now = this.clock();
    const { touched, checks } = this.db.transaction(() => {
      const tx = new Tx(this.repo, now);
      runHandler(tx, command);
      const touched = tx.changes();
      if (touched.length === 0) return { touched, checks: NO_CHECKS };
      const checks = this.check(touched.map((t) => ({ kind: t.kind, before: t.before, after: t.after })));
      const refused = blockingFindings(checks.findings);
      if (refused.length) throw new AppError('refused', refusal(refused));
      const before: StoredChange[] = touched.map((t) => ({ kind: t.kind, id: t.id, record: t.before }));
      const after: StoredChange[] = touched.map((t) => ({ kind: t.kind, id: t.id, record: t.after }));
      this.q.clearRedo.run();
      this.q.insert.run(commandLabel(command), JSON.stringify(command), JSON.stringify(before), JSON.stringify(after), now);
      this.q.prune.run(HISTORY_LIMIT);
      return { touched, checks };
    })();
    this.keepScopes(checks);
    return this.result(toChangeSet(touched), checks);
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
    const done = this.db.transaction(() => {
      const row = find.get() as HistoryRow | undefined;
      if (!row) return null;
      const stored = JSON.parse(row[side]) as StoredChange[];
      // Undo walks the records backwards (children before parents), redo forwards.
      const ordered = side === 'before' ? [...stored].reverse() : stored;
      const other = new Map((JSON.parse(row[side === 'before' ? 'after' : 'before']) as StoredChange[]).map((c) => [`${c.kind}:${c.id}`, c.record]));
      const written: StoredChange[] = [];
      for (const c of ordered) {
        if (isAppendOnly(c.kind)) {
          // Consent history is never removed or rewritten: undo and redo add an entry (consentHistory.ts).
          const entry = side === 'before' ? other.get(`${c.kind}:${c.id}`) : c.record;
          if (!entry) continue;
          const added = appendedFor(this.repo, validRestored({ kind: c.kind, id: c.id, record: entry }), side === 'before' ? 'undo' : 'redo', this.clock());
          this.repo.put(added);
          written.push({ kind: added.kind, id: added.id, record: added });
          continue;
        }
        if (c.record) this.repo.put(validRestored(c));
        else this.repo.remove(c.kind, c.id);
        written.push(c);
      }
      this.q.mark.run(markAs, row.id);
      // Checked for what the coordinator sees next, never refused: undo must always be able to go back.
      const checks = this.check(written.map((c) => ({ kind: c.kind, before: other.get(`${c.kind}:${c.id}`) ?? null, after: c.record })));
      return { changes: written, checks };
    })();
    if (!done) return null;
    const { changes, checks } = done;
    this.keepScopes(checks);
    return this.result(
      {
        records: changes.flatMap((c) => (c.record ? [c.record] : [])),
        removed: changes.flatMap((c) => (c.record ? [] : [{ kind: c.kind, id: c.id }])),
      },
      checks,
    );
  }

  /**
   * The findings of every rule for the scenes these changes touched, as they are after the change: the
   * scenes' cached records with the change applied (sceneScopes.ts), kept only once the change commits.
   */
  private check(changes: readonly TouchedRecord[]): Checks & Pending {
    const start = this.probe ? performance.now() : 0;
    // A record's beat, the parent looked up most, comes from the cached scopes when they hold it (they are current: what this command changed is found in the change first).
    const get = (kind: RecordKind, id: string) => (kind === 'beat' ? this.scopes.beat(id) : null) ?? this.repo.get(kind, id);
    const sceneIds = scenesTouched(changes, { get, liveScenes: () => this.repo.listLive('scene'), doubledIn: (id) => this.doubledIn(id) });
    const written = changes.map((c) => ({ kind: c.kind, id: (c.after ?? c.before)!.id, after: c.after }));
    const scopes = new Map(sceneIds.map((id) => [id, this.scopes.after(id, written)]));
    const sceneChecks = new Map<string, SceneCheck>();
    const findings = sceneIds.flatMap((id) => {
      const checked = this.findings.check(scopes.get(id)!, id, changes);
      sceneChecks.set(id, checked);
      return checked.findings;
    });
    this.probe?.rules(performance.now() - start, sceneIds.length);
    return { checkedScenes: sceneIds, findings, scopes, written, sceneChecks, changes };
  }

  /** The live scenes where a performer stands in as a body double. */
  private doubledIn(performerId: string): string[] {
    const scenes = new Set<string>();
    for (const d of this.repo.listLiveBy('doubling', 'doubleId', performerId)) {
      const beat = this.repo.get('beat', d.beatId);
      if (beat && !beat.deletedAt) scenes.add(beat.sceneId);
    }
    return [...scenes];
  }

  /** After a commit: the checked scenes' scopes as the rules saw them; every other cached scene brought up to date. */
  private keepScopes(checks: Checks | (Checks & Pending)): void {
    if (!('scopes' in checks)) return;
    const checked = new Set(checks.scopes.keys());
    this.scopes.update(checks.written, checked);
    for (const [id, scope] of checks.scopes) this.scopes.keep(id, scope);
    this.findings.forget(checks.changes, (id) => this.scopes.peek(id), checked);
    for (const [id, check] of checks.sceneChecks) this.findings.keep(id, check);
  }

  private result(changes: ChangeSet, checks: Checks): ApplyResult {
    return { changes, checkedScenes: checks.checkedScenes, findings: checks.findings, history: this.history(), savedAt: this.clock() };
  }
}

/**
 * A record about to be restored by undo or redo, checked against its kind's schema first: history
 * written by a damaged or hand-edited file must not put invalid records back into the document.
 */
function validRestored(c: StoredChange): AnyRecord {
  const spec = KIND_NAMES.includes(c.kind) ? RECORD_KINDS[c.kind] : null;
  const parsed = spec?.schema.safeParse(c.record);
  if (!parsed?.success || parsed.data.id !== c.id) {
    throw new AppError('file-damaged', 'This step of the undo history holds a record Closed Set cannot read, so it was not applied and nothing changed. The production itself is intact.');
  }
  return parsed.data as AnyRecord;
}

/** What a refused command says: the sentence of each blocking finding (the first three), then that nothing changed. */
function refusal(findings: readonly Finding[]): string {
  const sentences = [...new Set(findings.map((f) => f.message))];
  const more = sentences.length - 3;
  return [...sentences.slice(0, 3), ...(more > 0 ? [`${more} more like ${more === 1 ? 'it' : 'them'}.`] : []), 'Nothing was changed.'].join(' ');
}

function toChangeSet(touched: readonly Touched[]): ChangeSet {
  return {
    records: touched.flatMap((t) => (t.after ? [t.after] : [])),
    removed: touched.flatMap((t) => (t.after ? [] : [{ kind: t.kind, id: t.id }])),
  };
}
