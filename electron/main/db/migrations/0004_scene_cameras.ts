import { randomUUID } from 'node:crypto';
import type { Db } from '../connection';

interface OldCamera {
  id: string;
  beat_id: string;
  scene_id: string;
  beat_live: number;
  name: string;
  focal_length_mm: number;
  sensor: string;
  aspect: string;
  position: string;
  target: string;
  roll_deg: number;
  shot_size: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
type Json = Record<string, unknown>;
interface StoredChange {
  kind: string;
  id: string;
  record: Json | null;
}

/**
 * Format 4, the part SQL cannot say: format 3's per-beat cameras become one camera per scene and
 * name ("A cam" in beats 1–5 is one camera), each old row its placement in its beat (same id, so
 * undo history still points at it); every live beat gets a placement of every camera, hidden where
 * the camera was not used. Then orphans are soft-deleted and the undo history is upgraded.
 */
export function upgradeToFormat4(db: Db, now: string): void {
  const moved = moveCameras(db, now);
  db.exec('DROP TABLE camera_format3');
  repairOrphans(db, now);
  upgradeHistory(db, moved);
}

/** What moving the cameras made that no history step recorded, with the old rows it depends on. */
interface Moved {
  readonly cameraOfRow: Map<string, { cameraId: string }>;
  /** Each new camera, with the old row whose "Add camera" step now creates it. */
  readonly cameras: { readonly record: Json; readonly firstRowId: string }[];
  /** Placements added for beats where a camera had no row (hidden there). */
  readonly fillers: { readonly record: Json; readonly beatId: string; readonly firstRowId: string }[];
}

function moveCameras(db: Db, now: string): Moved {
  const rows = db
    .prepare(
      `SELECT c.*, b.scene_id, (b.deleted_at IS NULL) AS beat_live FROM camera_format3 c JOIN beat b ON b.id = c.beat_id
       ORDER BY b.scene_id, b.sort_order, c.created_at, c.id`,
    )
    .all() as OldCamera[];
  const insertCamera = db.prepare('INSERT INTO camera (id, scene_id, name, sensor, aspect, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertPlacement = db.prepare(
    `INSERT INTO camera_placement (id, beat_id, camera_id, focal_length_mm, position, target, roll_deg, shot_size, hidden, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
  );
  // Group by scene and name; a second "A cam" in the same beat becomes its own camera "A cam (2)".
  const groups = new Map<string, { name: string; rows: OldCamera[] }>();
  const seenInBeat = new Map<string, number>();
  for (const r of rows) {
    const n = (seenInBeat.get(`${r.beat_id}\u0000${r.name}`) ?? 0) + 1;
    seenInBeat.set(`${r.beat_id}\u0000${r.name}`, n);
    const key = `${r.scene_id}\u0000${r.name}\u0000${n}`;
    const group = groups.get(key) ?? { name: n === 1 ? r.name : `${r.name} (${n})`.slice(0, 40), rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  const liveBeats = db.prepare('SELECT id FROM beat WHERE scene_id = ? AND deleted_at IS NULL ORDER BY sort_order').pluck();
  const moved: Moved = { cameraOfRow: new Map(), cameras: [], fillers: [] };
  const { cameraOfRow } = moved;
  for (const { name, rows: group } of groups.values()) {
    const first = group[0]!;
    const used = group.filter((r) => !r.deleted_at && r.beat_live);
    const cameraId = randomUUID();
    const deletedAt = used.length ? null : group.map((r) => r.deleted_at ?? now).sort().at(-1)!;
    insertCamera.run(cameraId, first.scene_id, name, first.sensor, first.aspect, first.created_at, now, deletedAt);
    moved.cameras.push({
      firstRowId: first.id,
      record: { kind: 'camera', id: cameraId, sceneId: first.scene_id, name, sensor: JSON.parse(first.sensor), aspect: first.aspect, createdAt: first.created_at, updatedAt: now, deletedAt },
    });
    const byBeat = new Map<string, OldCamera>();
    for (const r of group) {
      cameraOfRow.set(r.id, { cameraId });
      // A row deleted in format 3 means "not in this beat": the camera stays, hidden there.
      const current = byBeat.get(r.beat_id);
      if (!current || (current.deleted_at && !r.deleted_at)) byBeat.set(r.beat_id, r);
    }
    for (const r of byBeat.values()) {
      insertPlacement.run(r.id, r.beat_id, cameraId, r.focal_length_mm, r.position, r.target, r.roll_deg, r.shot_size, r.deleted_at ? 1 : 0, r.created_at, r.updated_at);
    }
    const beats = liveBeats.all(first.scene_id) as string[];
    beats.forEach((beatId, index) => {
      if (byBeat.has(beatId)) return;
      // Nearest beat that had the camera, for a sensible position when it is switched on here.
      const source = nearest(beats, index, byBeat) ?? first;
      const id = randomUUID();
      insertPlacement.run(id, beatId, cameraId, source.focal_length_mm, source.position, source.target, source.roll_deg, source.shot_size, 1, now, now);
      const record = cameraPlacementOf({ ...jsonOf(source), id, beatId, createdAt: now, updatedAt: now, deletedAt: null }, cameraId);
      moved.fillers.push({ beatId, firstRowId: first.id, record: { ...record, hidden: true } });
    });
  }
  return moved;
}

/** A format-3 camera row as the record format 3 kept in history. */
function jsonOf(r: OldCamera): Json {
  return {
    id: r.id,
    beatId: r.beat_id,
    focalLengthMm: r.focal_length_mm,
    position: JSON.parse(r.position),
    target: JSON.parse(r.target),
    rollDeg: r.roll_deg,
    shotSize: r.shot_size,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

function nearest(beats: readonly string[], index: number, byBeat: ReadonlyMap<string, OldCamera>): OldCamera | undefined {
  for (let d = 1; d < beats.length; d++) {
    const r = byBeat.get(beats[index - d] ?? '') ?? byBeat.get(beats[index + d] ?? '');
    if (r) return r;
  }
  return undefined;
}

/** Records still live under a deleted or missing parent were left by earlier versions' deletes. */
function repairOrphans(db: Db, now: string): void {
  const orphans: [string, string][] = [
    ['beat', 'scene_id NOT IN (SELECT id FROM scene WHERE deleted_at IS NULL)'],
    ['set_piece', 'scene_id NOT IN (SELECT id FROM scene WHERE deleted_at IS NULL)'],
    ['camera', 'scene_id NOT IN (SELECT id FROM scene WHERE deleted_at IS NULL)'],
    ['placement', 'beat_id NOT IN (SELECT id FROM beat WHERE deleted_at IS NULL) OR performer_id NOT IN (SELECT id FROM performer WHERE deleted_at IS NULL)'],
    ['camera_placement', 'beat_id NOT IN (SELECT id FROM beat WHERE deleted_at IS NULL) OR camera_id NOT IN (SELECT id FROM camera WHERE deleted_at IS NULL)'],
  ];
  // In this order, so a beat soft-deleted here takes its placements with it.
  for (const [table, where] of orphans) db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE deleted_at IS NULL AND (${where})`).run(now);
}

/**
 * Undo history holds whole records as format 3 wrote them. Camera records become camera placements
 * of the camera their row moved to; scenes gain an empty guardian note. What the move created is
 * added to the step that made what it depends on (a camera to its first row's "Add camera", a
 * hidden placement to the later of its beat's and its camera's creation), so undoing that step
 * removes it too and redoing it brings it back. A step that touched a camera row that no longer
 * exists cannot be replayed: undo then reaches back to just after it.
 */
function upgradeHistory(db: Db, moved: Moved): void {
  const { cameraOfRow } = moved;
  const rows = db.prepare('SELECT id, undone, before, after FROM history ORDER BY id').all() as { id: number; undone: number; before: string; after: string }[];
  const update = db.prepare('UPDATE history SET before = ?, after = ? WHERE id = ?');
  // Which step created each record (before: absent, after: present).
  const createdIn = new Map<string, number>();
  for (const row of rows) {
    for (const c of JSON.parse(row.before) as StoredChange[]) if (!c.record) createdIn.set(`${c.kind}:${c.id}`, row.id);
  }
  const extra = new Map<number, StoredChange[]>();
  const attach = (step: number | undefined, record: Json) => {
    if (step === undefined) return;
    extra.set(step, [...(extra.get(step) ?? []), { kind: record.kind as string, id: record.id as string, record }]);
  };
  for (const c of moved.cameras) attach(createdIn.get(`camera:${c.firstRowId}`), c.record);
  for (const f of moved.fillers) {
    const steps = [createdIn.get(`beat:${f.beatId}`), createdIn.get(`camera:${f.firstRowId}`)].filter((n): n is number => n !== undefined);
    if (steps.length) attach(Math.max(...steps), f.record);
  }
  let cutDoneAt = 0;
  let cutUndoneFrom = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const added = extra.get(row.id) ?? [];
    const convert = (text: string, side: 'before' | 'after'): string | null => {
      const changes = JSON.parse(text) as StoredChange[];
      // Cameras first, so redo creates a camera before its placements and undo removes it after them.
      const out: StoredChange[] = added.filter((c) => c.kind === 'camera').map((c) => (side === 'before' ? { ...c, record: null } : c));
      for (const c of changes) {
        if (c.kind === 'scene' && c.record && !('guardianNote' in c.record)) out.push({ ...c, record: { ...c.record, guardianNote: '' } });
        else if (c.kind === 'camera') {
          const mapped = cameraOfRow.get(c.id);
          if (!mapped) return null;
          out.push({ kind: 'cameraPlacement', id: c.id, record: c.record ? cameraPlacementOf(c.record, mapped.cameraId) : null });
        } else out.push(c);
      }
      for (const c of added) if (c.kind !== 'camera') out.push(side === 'before' ? { ...c, record: null } : c);
      return JSON.stringify(out);
    };
    const before = convert(row.before, 'before');
    const after = convert(row.after, 'after');
    if (before === null || after === null) {
      if (row.undone) cutUndoneFrom = Math.min(cutUndoneFrom, row.id);
      else cutDoneAt = row.id;
      continue;
    }
    if (before !== row.before || after !== row.after) update.run(before, after, row.id);
  }
  if (cutDoneAt) db.prepare('DELETE FROM history WHERE undone = 0 AND id <= ?').run(cutDoneAt);
  if (Number.isFinite(cutUndoneFrom)) db.prepare('DELETE FROM history WHERE undone = 1 AND id >= ?').run(cutUndoneFrom);
}

function cameraPlacementOf(old: Json, cameraId: string): Json {
  const { beatId, focalLengthMm, position, target, rollDeg, shotSize, createdAt, updatedAt, deletedAt } = old;
  return {
    kind: 'cameraPlacement',
    id: old.id,
    beatId,
    cameraId,
    focalLengthMm,
    position,
    target,
    rollDeg,
    shotSize,
    // A camera deleted in one beat is, in format 4, the camera not used in that beat.
    hidden: !!deletedAt,
    createdAt,
    updatedAt,
    deletedAt: null,
  };
}
