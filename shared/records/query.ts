import type { Beat } from '../domain/beat';
import type { Camera, CameraPlacement, CameraSetup, Placement, SetPiece } from '../domain/blocking';
import type { Contact } from '../domain/contact';
import type { Doubling } from '../domain/doubling';
import type { Performer } from '../domain/people';
import type { Scene } from '../domain/scene';
import type { Barrier, Garment, GarmentFitting, GarmentType } from '../domain/wardrobe';
import { BEAT_COPIED_KINDS, COLLECTION_KINDS, RECORD_KINDS, type CollectionKind, type RecordOf, type SnapshotKey } from './registry';

/**
 * The one answer to "what is live", parents taken into account: a beat of a deleted scene, a
 * placement of a performer who left the cast, or a camera placement of a deleted camera is not
 * live, whatever its own deletedAt says. Main's handlers, the renderer's selectors, the diagrams,
 * the rules engine and the sheet all ask here; nothing else re-derives it.
 *
 * The functions read `DocRecords`: one map by id per kind, holding live records (deletedAt null).
 * The renderer's store is that shape; main builds one for the scene a command touched.
 */
export type ById<T> = Readonly<Record<string, T>>;
export type DocRecords = { readonly [K in CollectionKind as SnapshotKey<K>]: ById<RecordOf<K>> };

/** Empty maps for every kind. */
export function emptyDocRecords(): DocRecords {
  return Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, {}])) as unknown as DocRecords;
}

/** Maps by id of the live records in the lists given (e.g. a DocumentSnapshot). */
export function docRecordsFrom(lists: { readonly [K in CollectionKind as SnapshotKey<K>]?: readonly RecordOf<K>[] }): DocRecords {
  const out: Record<string, Record<string, unknown>> = {};
  for (const k of COLLECTION_KINDS) {
    const key = RECORD_KINDS[k].snapshotKey;
    const map: Record<string, unknown> = {};
    for (const r of ((lists as Record<string, readonly { id: string; deletedAt?: string | null }[] | undefined>)[key] ?? [])) if (!r.deletedAt) map[r.id] = r;
    out[key] = map;
  }
  return out as unknown as DocRecords;
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || cmp(a.id, b.id);
const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// The records of a map grouped by a parent field, built once per map: the maps are replaced, never
// mutated, so a rule asking for every beat's contacts costs one pass over the contacts, not one per beat.
const groups = new WeakMap<object, Map<string, Map<string, readonly unknown[]>>>();
function recordsWith<T extends object>(map: Readonly<Record<string, T>>, field: keyof T & string, value: string): readonly T[] {
  let byField = groups.get(map);
  if (!byField) groups.set(map, (byField = new Map()));
  let index = byField.get(field) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const r of Object.values(map)) {
      const k = r[field] as unknown as string;
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
    byField.set(field, index);
  }
  return index.get(value) ?? [];
}

/**
 * The next version of a map: `changes` (id → the record, or null: gone) applied to a copy. The groups
 * recordsWith built for the old map are carried over and patched, so a command that moves one mannequin
 * does not make every rule regroup all the scene's placements. A group's list keeps the map's order
 * (a record replaced stays where it was, a new one comes last), as regrouping would give.
 */
export function mapWithChanges<T extends { readonly id: string }>(map: ById<T>, changes: ReadonlyMap<string, T | null>): ById<T> {
  const next: Record<string, T> = { ...map };
  for (const [id, r] of changes) {
    if (r) next[id] = r;
    else delete next[id];
  }
  const old = groups.get(map);
  if (old) {
    const carried = new Map<string, Map<string, readonly unknown[]>>();
    for (const [field, index] of old) {
      const patched = patchedGroups(index as Map<string, readonly T[]>, field as keyof T & string, map, changes);
      if (patched) carried.set(field, patched);
    }
    groups.set(next, carried);
  }
  return next;
}

/** One field's groups with the changes applied, or null when a record moved to another group (then it is regrouped when asked). */
function patchedGroups<T extends { readonly id: string }>(index: Map<string, readonly T[]>, field: keyof T & string, map: ById<T>, changes: ReadonlyMap<string, T | null>): Map<string, readonly T[]> | null {
  const out = new Map(index);
  const copied = new Set<string>();
  const listOf = (value: string): T[] => {
    if (!copied.has(value)) {
      out.set(value, [...(out.get(value) ?? [])]);
      copied.add(value);
    }
    return out.get(value) as T[];
  };
  for (const [id, r] of changes) {
    const was = map[id];
    const [from, to] = [was?.[field] as unknown as string | undefined, r?.[field] as unknown as string | undefined];
    if (was && r && from !== to) return null;
    if (was) {
      const list = listOf(from!);
      const at = list.findIndex((x) => x.id === id);
      if (at < 0) return null; // not where the map says: regroup rather than guess
      if (r) list[at] = r;
      else list.splice(at, 1);
    } else if (r) listOf(to!).push(r);
  }
  return out;
}

export function scenesInOrder(doc: Pick<DocRecords, 'scenes'>): Scene[] {
  return Object.values(doc.scenes).sort(byOrder);
}

export function beatsOfScene(doc: Pick<DocRecords, 'scenes' | 'beats'>, sceneId: string): Beat[] {
  if (!doc.scenes[sceneId]) return [];
  let byScene = sortedBeats.get(doc.beats);
  if (!byScene) sortedBeats.set(doc.beats, (byScene = new Map()));
  let sorted = byScene.get(sceneId);
  if (!sorted) byScene.set(sceneId, (sorted = [...recordsWith(doc.beats, 'sceneId', sceneId)].sort(byOrder)));
  return [...sorted];
}
// A scene's beats in order, sorted once per beats map: every rule asks for them, for every beat.
const sortedBeats = new WeakMap<object, Map<string, readonly Beat[]>>();

/** The performers cast in a scene, in the scene's billing order (deleted performers left out). */
export function castOfScene(doc: Pick<DocRecords, 'scenes' | 'performers'>, sceneId: string): Performer[] {
  const scene = doc.scenes[sceneId];
  if (!scene) return [];
  return scene.performerIds.map((id) => doc.performers[id]).filter((p): p is Performer => !!p);
}

/** The beat, when it and its scene are live. */
export function liveBeat(doc: Pick<DocRecords, 'scenes' | 'beats'>, beatId: string): Beat | null {
  const beat = doc.beats[beatId];
  return beat && doc.scenes[beat.sceneId] ? beat : null;
}

/** The placements of a beat for the scene's current cast (someone taken out of the scene keeps theirs, unseen). */
export function placementsOfBeat(doc: Pick<DocRecords, 'scenes' | 'beats' | 'performers' | 'placements'>, beatId: string): Placement[] {
  const beat = liveBeat(doc, beatId);
  if (!beat) return [];
  const cast = new Set(doc.scenes[beat.sceneId]!.performerIds.filter((id) => doc.performers[id]));
  return recordsWith(doc.placements, 'beatId', beatId)
    .filter((p) => cast.has(p.performerId))
    .sort(byCreated);
}

export function setPiecesOfScene(doc: Pick<DocRecords, 'scenes' | 'setPieces'>, sceneId: string): SetPiece[] {
  if (!doc.scenes[sceneId]) return [];
  return [...recordsWith(doc.setPieces, 'sceneId', sceneId)].sort(byCreated);
}

const byName = (a: { name: string; createdAt: string; id: string }, b: { name: string; createdAt: string; id: string }) =>
  a.name.localeCompare(b.name) || byCreated(a, b);

/** The cameras of a scene ("A cam", "B cam"), by name. */
export function camerasOfScene(doc: Pick<DocRecords, 'scenes' | 'cameras'>, sceneId: string): Camera[] {
  if (!doc.scenes[sceneId]) return [];
  return [...recordsWith(doc.cameras, 'sceneId', sceneId)].sort(byName);
}

type CameraDoc = Pick<DocRecords, 'scenes' | 'beats' | 'cameras' | 'cameraPlacements'>;

/** Every camera of the beat's scene as set up in that beat, hidden ones included, by name. */
export function camerasOfBeat(doc: CameraDoc, beatId: string): CameraSetup[] {
  const beat = liveBeat(doc, beatId);
  if (!beat) return [];
  const out: CameraSetup[] = [];
  for (const p of recordsWith(doc.cameraPlacements, 'beatId', beatId)) {
    const camera = doc.cameras[p.cameraId];
    if (camera) out.push(cameraSetup(camera, p));
  }
  return out.sort(byNameOnly);
}
const byNameOnly = (a: CameraSetup, b: CameraSetup) => a.name.localeCompare(b.name) || cmp(a.id, b.id);

/** The cameras used in a beat (not hidden there). */
export function visibleCamerasOfBeat(doc: CameraDoc, beatId: string): CameraSetup[] {
  return camerasOfBeat(doc, beatId).filter((c) => !c.hidden);
}

/** One camera as set up in one beat, or null when either is gone. */
export function cameraInBeat(doc: CameraDoc, cameraId: string, beatId: string): CameraSetup | null {
  return camerasOfBeat(doc, beatId).find((c) => c.id === cameraId) ?? null;
}

/** A scene camera joined with its placement in one beat. */
export function cameraSetup(camera: Camera, p: CameraPlacement): CameraSetup {
  return {
    id: camera.id,
    sceneId: camera.sceneId,
    beatId: p.beatId,
    placementId: p.id,
    name: camera.name,
    sensor: camera.sensor,
    aspect: camera.aspect,
    focalLengthMm: p.focalLengthMm,
    position: p.position,
    target: p.target,
    rollDeg: p.rollDeg,
    shotSize: p.shotSize,
    hidden: p.hidden,
  };
}

/** The contacts of a beat, in the order they were made (broken ones included: the rules report them). */
export function contactsOfBeat(doc: Pick<DocRecords, 'scenes' | 'beats' | 'contacts'>, beatId: string): Contact[] {
  if (!liveBeat(doc, beatId)) return [];
  return [...recordsWith(doc.contacts, 'beatId', beatId)].sort(byCreated);
}

/** The garments worn in a beat by the scene's current cast. */
export function garmentsOfBeat(doc: Pick<DocRecords, 'scenes' | 'beats' | 'performers' | 'garments'>, beatId: string): Garment[] {
  const beat = liveBeat(doc, beatId);
  if (!beat) return [];
  const cast = new Set(castOfScene(doc, beat.sceneId).map((p) => p.id));
  return recordsWith(doc.garments, 'beatId', beatId)
    .filter((g) => cast.has(g.performerId))
    .sort(byCreated);
}

export function barriersOfBeat(doc: Pick<DocRecords, 'scenes' | 'beats' | 'barriers'>, beatId: string): Barrier[] {
  if (!liveBeat(doc, beatId)) return [];
  return [...recordsWith(doc.barriers, 'beatId', beatId)].sort(byCreated);
}

/**
 * Where body doubles stand in during a beat: doublings of a performer still in the cast, by a double who
 * is still a live performer, for the whole beat or a live camera's shot (shared/records/doubles.ts reads them).
 */
export function doublingsOfBeat(doc: Pick<DocRecords, 'scenes' | 'beats' | 'performers' | 'cameras' | 'doublings'>, beatId: string): Doubling[] {
  const beat = liveBeat(doc, beatId);
  const list = beat ? recordsWith(doc.doublings, 'beatId', beatId) : [];
  if (!beat || list.length === 0) return [];
  const cast = new Set(castOfScene(doc, beat.sceneId).map((p) => p.id));
  return list
    .filter((d) => cast.has(d.performerId) && doc.performers[d.doubleId] && (d.cameraId === null || doc.cameras[d.cameraId]))
    .sort(byCreated);
}

/** A performer's fitting record for a garment type, if any. */
export function fittingOf(doc: Pick<DocRecords, 'garmentFittings'>, performerId: string, type: GarmentType): GarmentFitting | null {
  return Object.values(doc.garmentFittings).find((f) => f.performerId === performerId && f.type === type) ?? null;
}

/**
 * What a new beat starts with from the beat before it (the registry's `copyIntoNewBeat` kinds): the
 * current cast's placements, garments and contacts between people still in the cast, the live
 * cameras' placements, and the barriers.
 */
export function copiedChildrenOfBeat(doc: DocRecords, beatId: string): (Placement | CameraPlacement | Contact | Garment | Barrier | Doubling)[] {
  const beat = liveBeat(doc, beatId);
  if (!beat) return [];
  const cast = new Set(castOfScene(doc, beat.sceneId).map((p) => p.id));
  const inCast = (c: Contact) => cast.has(c.initiator.performerId) && (c.receiver.kind !== 'performer' || cast.has(c.receiver.performerId));
  const byKind: { readonly [K in (typeof BEAT_COPIED_KINDS)[number]]?: () => readonly RecordOf<K>[] } = {
    placement: () => placementsOfBeat(doc, beatId),
    cameraPlacement: () => recordsWith(doc.cameraPlacements, 'beatId', beatId).filter((p) => doc.cameras[p.cameraId]),
    contact: () => contactsOfBeat(doc, beatId).filter(inCast),
    garment: () => garmentsOfBeat(doc, beatId),
    barrier: () => barriersOfBeat(doc, beatId),
    doubling: () => doublingsOfBeat(doc, beatId),
  };
  return BEAT_COPIED_KINDS.flatMap((kind) => {
    const list = byKind[kind as keyof typeof byKind];
    if (!list) throw new Error(`No copy rule for ${kind}`);
    return list() as (Placement | CameraPlacement | Contact | Garment | Barrier | Doubling)[];
  });
}
