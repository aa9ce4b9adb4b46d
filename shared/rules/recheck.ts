import type { Beat } from '../domain/beat';
import { beatsOfScene, type DocRecords } from '../records/query';
import { RECORD_KINDS, type KindSpec, type RecordKind } from '../records/registry';
import type { TouchedRecord } from './touched';

/** Beat fields no rule reads: editing only these re-checks nothing. */
const UNREAD_BEAT_FIELDS = new Set(['description', 'notes', 'updatedAt']);
/** Beat fields only scene-level rules read (the check-in after a beat): no beat's own findings change. */
const SCENE_LEVEL_BEAT_FIELDS = new Set(['checkInAfter']);
/**
 * The geometry of a beat's records: where a body stands and how it is posed, where a camera stands, looks
 * and with which lens. Only the rules marked `readsGeometry` read it (shared/rules/types.ts), and no
 * scene-level rule: dragging a mannequin or a camera runs those rules alone, in that beat and the next.
 */
const GEOMETRY_FIELDS: Partial<Record<RecordKind, ReadonlySet<string>>> = {
  placement: new Set(['position', 'rotationY', 'pose', 'pins']),
  cameraPlacement: new Set(['position', 'target', 'focalLengthMm', 'rollDeg']),
};

/** Which per-beat rules run again in a beat: all of them, or only those reading the geometry. */
export type BeatRecheck = 'all' | 'geometry';

/**
 * What a change asks to be checked again in one scene: 'all', or the beats whose per-beat findings it
 * can alter and the kinds of beat records it changed ('beat' for a beat's own fields), which say which
 * scene-level rules run again (their `readsBeatRecords`).
 */
export type Recheck = 'all' | { readonly beats: ReadonlyMap<string, BeatRecheck>; readonly kinds: ReadonlySet<RecordKind> };

/**
 * What a change can alter in a scene's findings (shared/rules/types.ts says what a per-beat rule may read):
 * a beat's own records (a beat child: placement, camera placement, contact, garment, barrier, doubling) →
 * that beat, before and after; the beat itself, edited in place → that beat (none when only its words or
 * its check-in changed: no per-beat rule reads them); and each of those beats' next beat, whose move-into
 * findings read the beat before it. A change to nothing but the geometry asks only the rules reading it. Records of another scene's beats are not this scene's concern. Anything else — a beat added, deleted or reordered (beat numbers are in
 * the sentences), the scene, its set or cameras, people or consent — can change every finding: 'all'.
 */
export function whatToRecheck(changes: readonly TouchedRecord[], doc: DocRecords, sceneId: string): Recheck {
  const ids = new Map<string, BeatRecheck>();
  const mark = (beatId: string, what: BeatRecheck) => ids.set(beatId, ids.get(beatId) === 'all' ? 'all' : what);
  const kinds = new Set<RecordKind>();
  for (const c of changes) {
    // Nothing a rule reads: the production's details, saved pose presets.
    if (c.kind === 'production' || c.kind === 'posePreset') continue;
    if (c.kind === 'beat') {
      const [b, a] = [c.before as Beat | null, c.after as Beat | null];
      if ((b ?? a)!.sceneId !== sceneId && (a ?? b)!.sceneId !== sceneId) continue; // another scene's beat
      if (!b || !a || b.order !== a.order || b.sceneId !== a.sceneId || !!b.deletedAt !== !!a.deletedAt) return 'all';
      const changed = changedFields(b, a).filter((k) => !UNREAD_BEAT_FIELDS.has(k));
      if (changed.length) kinds.add('beat');
      if (changed.some((k) => !SCENE_LEVEL_BEAT_FIELDS.has(k))) mark(a.id, 'all');
      continue;
    }
    const parent = (RECORD_KINDS[c.kind] as KindSpec).parent;
    if (parent?.kind !== 'beat') return 'all';
    const geometry = GEOMETRY_FIELDS[c.kind];
    const geometryOnly = !!geometry && !!c.before && !!c.after && changedFields(c.before, c.after).every((k) => k === 'updatedAt' || geometry.has(k));
    for (const r of [c.before, c.after]) {
      const beatId = r ? (r as unknown as Record<string, unknown>)[parent.field] : null;
      // Only this scene's beats count (the doc may hold other scenes too); a beat gone from it changed as a beat: 'all'.
      if (typeof beatId === 'string' && doc.beats[beatId]?.sceneId === sceneId) {
        mark(beatId, geometryOnly ? 'geometry' : 'all');
        if (!geometryOnly) kinds.add(c.kind);
      }
    }
  }
  if (ids.size > 0) {
    const beats = beatsOfScene(doc, sceneId);
    const touched = new Map(ids);
    beats.forEach((beat, i) => {
      const what = touched.get(beat.id);
      if (what && beats[i + 1]) mark(beats[i + 1]!.id, what);
    });
  }
  return { beats: ids, kinds };
}

/** The fields whose values differ between two states of a record. */
function changedFields(before: object, after: object): string[] {
  const [b, a] = [before as Record<string, unknown>, after as Record<string, unknown>];
  return Object.keys({ ...b, ...a }).filter((k) => a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** Whether a recheck asks for nothing at all. */
export function isNothing(recheck: Recheck): boolean {
  return recheck !== 'all' && recheck.beats.size === 0 && recheck.kinds.size === 0;
}
