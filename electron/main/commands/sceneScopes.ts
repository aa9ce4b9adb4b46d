import type { AnyRecord, RecordKind } from '../../../shared/domain/records';
import type { DocRecords } from '../../../shared/records/query';
import { RECORD_KINDS, type KindSpec } from '../../../shared/records/registry';
import type { Repository } from '../db/repository';
import { loadSceneScope } from './scope';

/** One record a change wrote: its kind and its state after (null: removed). */
export interface WrittenRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly after: AnyRecord | null;
}

/** Kinds every scene's scope holds whole (people and their consent), rather than the scene's share. */
const SHARED_KINDS = new Set<RecordKind>(['performer', 'crew', 'garmentFitting', 'boundary', 'rider']);
/** Kinds a scene scope holds nothing of. */
const UNSCOPED_KINDS = new Set<RecordKind>(['production', 'posePreset']);

/**
 * The scenes' records as the rules read them, kept between commands. Loading a scene from the file
 * for every command cost most of a command's time (npm run bench); instead each scope is loaded once and
 * then brought up to date with the records each command, undo or redo wrote — the engine knows every one.
 * `after` gives a scope with a change applied without keeping it (the transaction may still roll back);
 * `keep` stores it once the change is committed. Anything unexpected: `clear()`, and scopes load afresh.
 */
export class SceneScopes {
  private readonly scopes = new Map<string, DocRecords>();

  constructor(private readonly repo: Repository) {}

  /** The scene's records with `written` applied (the cached scope, or one loaded from the file inside the transaction). */
  after(sceneId: string, written: readonly WrittenRecord[]): DocRecords {
    const cached = this.scopes.get(sceneId);
    // Without a cached scope the file already holds the change (we are inside its transaction).
    return cached ? applyWritten(cached, sceneId, written) : loadSceneScope(this.repo, sceneId);
  }

  /** The cached scope of a scene, as it is (null when not cached). */
  peek(sceneId: string): DocRecords | null {
    return this.scopes.get(sceneId) ?? null;
  }

  keep(sceneId: string, scope: DocRecords): void {
    this.scopes.set(sceneId, scope);
  }

  /** Brings every cached scope up to date with a committed change (scenes the rules did not check too). */
  update(written: readonly WrittenRecord[], except: ReadonlySet<string>): void {
    for (const [sceneId, scope] of this.scopes) if (!except.has(sceneId)) this.scopes.set(sceneId, applyWritten(scope, sceneId, written));
  }

  clear(): void {
    this.scopes.clear();
  }
}

/** A scope with the written records applied: maps are copied where they change, never mutated. */
export function applyWritten(scope: DocRecords, sceneId: string, written: readonly WrittenRecord[]): DocRecords {
  const next = { ...scope } as Record<string, Readonly<Record<string, AnyRecord>>>;
  const touchedMaps = new Set<string>();
  const mapOf = (key: string): Record<string, AnyRecord> => {
    if (!touchedMaps.has(key)) {
      next[key] = { ...next[key] };
      touchedMaps.add(key);
    }
    return next[key] as Record<string, AnyRecord>;
  };
  // Parents first, so a beat made by the same command is known when its placements arrive.
  const ordered = [...written].sort((a, b) => depth(a.kind) - depth(b.kind));
  for (const w of ordered) {
    if (UNSCOPED_KINDS.has(w.kind)) continue;
    const spec: KindSpec = RECORD_KINDS[w.kind];
    const key = spec.snapshotKey;
    const live = w.after && !('deletedAt' in w.after && w.after.deletedAt) ? w.after : null;
    if (!live || !belongs(next, sceneId, w.kind, live)) {
      if (next[key]?.[w.id]) delete mapOf(key)[w.id];
      continue;
    }
    mapOf(key)[w.id] = live;
  }
  return next as unknown as DocRecords;
}

function depth(kind: RecordKind): number {
  let d = 0;
  for (let spec: KindSpec = RECORD_KINDS[kind]; spec.parent; spec = RECORD_KINDS[spec.parent.kind as RecordKind]) d++;
  return d;
}

/** Whether a live record is part of this scene's scope. */
function belongs(scope: Record<string, Readonly<Record<string, AnyRecord>>>, sceneId: string, kind: RecordKind, r: AnyRecord): boolean {
  if (SHARED_KINDS.has(kind)) return true;
  if (kind === 'scene') return r.id === sceneId;
  const parent = (RECORD_KINDS[kind] as KindSpec).parent;
  if (!parent) return false;
  const parentId = (r as unknown as Record<string, string>)[parent.field];
  if (parent.kind === 'scene') return parentId === sceneId;
  if (parent.kind === 'beat') return !!scope.beats?.[parentId!];
  return false;
}
