import type { Beat } from '../domain/beat';
import { beatsOfScene, type DocRecords } from '../records/query';
import { RECORD_KINDS, type KindSpec } from '../records/registry';
import type { TouchedRecord } from './touched';

/** Beat fields no per-beat rule reads: editing only these re-checks no beat. */
const UNREAD_BEAT_FIELDS = new Set(['description', 'notes', 'checkInAfter', 'updatedAt']);

/** Every beat of the scene, or just these beat ids. */
export type BeatsToRecheck = 'all' | ReadonlySet<string>;

/**
 * The beats whose per-beat findings a change can alter (shared/rules/types.ts says what a per-beat rule
 * may read): a beat's own records (a beat child: placement, camera placement, contact, garment, barrier,
 * doubling) → that beat, before and after; the beat itself, edited in place → that beat (none when only its
 * description, notes or check-in changed: no per-beat rule reads them); and each of those
 * beats' next beat, whose move-into findings read the beat before it. Anything else — a beat added,
 * deleted or reordered (beat numbers are in the sentences), the scene, its set or cameras, people or
 * consent — can change every beat: 'all'.
 */
export function beatsToRecheck(changes: readonly TouchedRecord[], doc: DocRecords, sceneId: string): BeatsToRecheck {
  const ids = new Set<string>();
  for (const c of changes) {
    // Nothing a rule reads: the production's details, saved pose presets.
    if (c.kind === 'production' || c.kind === 'posePreset') continue;
    if (c.kind === 'beat') {
      const [b, a] = [c.before as Beat | null, c.after as Beat | null];
      if (!b || !a || b.order !== a.order || b.sceneId !== a.sceneId || !!b.deletedAt !== !!a.deletedAt) return 'all';
      // Words and the check-in flag are read by no per-beat rule (the check-in by a scene-level one).
      if (Object.keys(a).some((k) => !UNREAD_BEAT_FIELDS.has(k) && JSON.stringify(a[k as keyof Beat]) !== JSON.stringify(b[k as keyof Beat]))) ids.add(a.id);
      continue;
    }
    const parent = (RECORD_KINDS[c.kind] as KindSpec).parent;
    if (parent?.kind !== 'beat') return 'all';
    for (const r of [c.before, c.after]) {
      const beatId = r ? (r as unknown as Record<string, unknown>)[parent.field] : null;
      if (typeof beatId === 'string') ids.add(beatId);
    }
  }
  if (ids.size === 0) return ids;
  const beats = beatsOfScene(doc, sceneId);
  const touched = new Set(ids);
  beats.forEach((beat, i) => {
    if (touched.has(beat.id) && beats[i + 1]) ids.add(beats[i + 1]!.id);
  });
  return ids;
}
