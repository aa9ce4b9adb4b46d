import type { Beat } from '../../../shared/domain/beat';
import type { AnyRecord, RecordKind } from '../../../shared/domain/records';
import { mapWithChanges, type DocRecords } from '../../../shared/records/query';
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

  /** A live beat as the cached scopes hold it, or null when none does (then read the file). */
  beat(id: string): Beat | null {
    for (const scope of this.scopes.values()) {
      const beat = scope.beats[id];
      if (beat) return beat;
    }
    return null;
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

/**
 * A scope with the written records applied: maps are replaced where they change, never mutated, and carry
 * their query groups along (shared/records/query.ts mapWithChanges).
 */
export function applyWritten(scope: DocRecords, sceneId: string, written: readonly WrittenRecord[]): DocRecords {
  const maps = scope as unknown as Record<string, Readonly<Record<string, AnyRecord>>>;
  const pending = new Map<string, Map<string, AnyRecord | null>>();
  const current = (key: string, id: string) => {
    const p = pending.get(key);
    return p?.has(id) ? p.get(id)! : (maps[key]?.[id] ?? null);
  };
  const set = (key: string, id: string, r: AnyRecord | null) => {
    if (!pending.has(key)) pending.set(key, new Map());
    pending.get(key)!.set(id, r);
  };
  // Parents first, so a beat made by the same command is known when its placements arrive.
  const ordered = [...written].sort((a, b) => depth(a.kind) - depth(b.kind));
  for (const w of ordered) {
    if (UNSCOPED_KINDS.has(w.kind)) continue;
    const key = RECORD_KINDS[w.kind].snapshotKey;
    const live = w.after && !('deletedAt' in w.after && w.after.deletedAt) ? w.after : null;
    if (live && belongs((parentKey, parentId) => !!current(parentKey, parentId), sceneId, w.kind, live)) set(key, w.id, live);
    else if (current(key, w.id)) set(key, w.id, null);
  }
  if (pending.size === 0) return scope;
  const next = { ...maps };
  for (const [key, changes] of pending) next[key] = mapWithChanges(maps[key] ?? {}, changes);
  return next as unknown as DocRecords;
}

function depth(kind: RecordKind): number {
  let d = 0;
  for (let spec: KindSpec = RECORD_KINDS[kind]; spec.parent; spec = RECORD_KINDS[spec.parent.kind as RecordKind]) d++;
  return d;
}

/** Whether a live record is part of this scene's scope (`has` answers whether the scope holds a record by snapshot key and id). */
function belongs(has: (key: string, id: string) => boolean, sceneId: string, kind: RecordKind, r: AnyRecord): boolean {
  if (SHARED_KINDS.has(kind)) return true;
  if (kind === 'scene') return r.id === sceneId;
  const parent = (RECORD_KINDS[kind] as KindSpec).parent;
  if (!parent) return false;
  const parentId = (r as unknown as Record<string, string>)[parent.field];
  if (parent.kind === 'scene') return parentId === sceneId;
  if (parent.kind === 'beat') return has('beats', parentId!);
  return false;
}
