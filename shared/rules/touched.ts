import type { Scene } from '../domain/scene';
import { RECORD_KINDS, type AnyRecord, type KindSpec, type RecordKind } from '../records/registry';

/** A record a command (or its undo) changed: its state before and after (null: did not exist). */
export interface TouchedRecord {
  readonly kind: RecordKind;
  readonly before: AnyRecord | null;
  readonly after: AnyRecord | null;
}

/** What the mapping needs to read from the document as it is after the change. */
export interface TouchLookup {
  /** A record by kind and id, soft-deleted or not; null when it does not exist. */
  get(kind: RecordKind, id: string): AnyRecord | null;
  /** The live scenes. */
  liveScenes(): readonly Scene[];
  /** The scenes where a performer stands in as a body double (their own consent applies there too). */
  doubledIn?(performerId: string): readonly string[];
}

/** Kinds a scene lists by id (its cast): a change to one concerns every live scene listing it. */
const LISTED_BY_SCENE: Partial<Record<RecordKind, 'performerIds'>> = { performer: 'performerIds' };

/**
 * The scenes whose findings a change can alter: a scene itself; a beat, set piece or camera → its
 * scene; a placement or camera placement → its beat's scene (following the registry's parents); a
 * performer → every live scene whose cast includes them or where they stand in as a body double; a
 * performer's consent entry or garment fitting → its scene, or every live scene with them; the production, crew and pose presets → none.
 * Both the state before and after count, so a record moved out of a scene or deleted still names it.
 */
export function scenesTouched(touched: readonly TouchedRecord[], lookup: TouchLookup): string[] {
  const out = new Set<string>();
  // A parent changed by the same command (or removed by an undo) is found in the change itself first.
  const inChange = new Map<string, AnyRecord | null>();
  for (const t of touched) for (const r of [t.after, t.before]) if (r && !inChange.has(`${t.kind}:${r.id}`)) inChange.set(`${t.kind}:${r.id}`, r);
  // Each parent read from the file once (a record's before and after usually share it).
  const find = (kind: RecordKind, id: string) => {
    const k = `${kind}:${id}`;
    if (!inChange.has(k)) inChange.set(k, lookup.get(kind, id));
    return inChange.get(k) ?? null;
  };
  let scenes: readonly Scene[] | null = null;

  for (const t of touched) {
    for (const record of [t.before, t.after]) {
      if (!record) continue;
      const listedAs = LISTED_BY_SCENE[t.kind];
      if (listedAs) {
        scenes ??= lookup.liveScenes();
        for (const s of scenes) if (s[listedAs].includes(record.id as never)) out.add(s.id);
        for (const id of lookup.doubledIn?.(record.id) ?? []) out.add(id);
        continue;
      }
      // Consent and fittings belong to a performer: a scene's own entry concerns that scene, a standing one every scene with them.
      if (t.kind === 'boundary' || t.kind === 'rider' || t.kind === 'garmentFitting') {
        const { performerId, sceneId } = record as { performerId: string; sceneId?: string | null };
        if (sceneId) out.add(sceneId);
        else {
          scenes ??= lookup.liveScenes();
          for (const s of scenes) if (s.performerIds.includes(performerId as never)) out.add(s.id);
          for (const id of lookup.doubledIn?.(performerId) ?? []) out.add(id);
        }
        continue;
      }
      const sceneId = sceneOf(t.kind, record, find);
      if (sceneId) out.add(sceneId);
    }
  }
  return [...out];
}

/** Walks up the registry's parents from a record to its scene, or null when it hangs off none. */
function sceneOf(kind: RecordKind, record: AnyRecord, find: (kind: RecordKind, id: string) => AnyRecord | null): string | null {
  let k = kind;
  let r: AnyRecord | null = record;
  for (let depth = 0; r && depth < 8; depth++) {
    if (k === 'scene') return r.id;
    const parent: KindSpec['parent'] = RECORD_KINDS[k].parent;
    if (!parent) return null;
    const parentId = (r as unknown as Record<string, unknown>)[parent.field];
    if (typeof parentId !== 'string') return null;
    if (parent.kind === 'scene') return parentId;
    k = parent.kind as RecordKind;
    r = find(k, parentId);
  }
  return null;
}
