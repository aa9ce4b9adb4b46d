import type { AnyRecord } from '../domain/records';
import { VERSION_CONTENT_FORMAT, type SceneVersion } from '../domain/versions';
import { BODY_REGION_IDS } from '../domain/bodyRegions';
import { CONSENT_CHANNELS } from '../domain/consent';
import { boundaryOf, riderOf } from '../records/consentQuery';
import {
  barriersOfBeat,
  beatsOfScene,
  camerasOfBeat,
  camerasOfScene,
  castOfScene,
  contactsOfBeat,
  docRecordsFrom,
  doublingsOfBeat,
  garmentsOfBeat,
  placementsOfBeat,
  setPiecesOfScene,
  type DocRecords,
} from '../records/query';
import { RECORD_KINDS } from '../records/registry';
import { canonicalHash } from './canonical';

/**
 * What a version of a scene holds: the live records a reader of that version needs, so the scene — its
 * sheet, its diagrams, its checks — can be rebuilt from the version alone (docFromVersion):
 * the scene (its safety plan is part of it), its live beats and their placements, contacts, garments,
 * barriers and body doublings, its set pieces, its cameras and their per-beat placements, the performer
 * records of the cast and of their body doubles in this scene,
 * the closed-set crew, the garment fittings of what the cast wears here, and the consent in force for
 * those people in this scene (each performer's latest standing and scene boundary entry per region and channel,
 * and their latest rider for the scene).
 *
 * Left out, because a reader would not call them content of the scene (changing them must not outdate
 * a signature):
 * - `updatedAt` of every record: bookkeeping (an edit made and then made back changes it, not the scene);
 *   a record rebuilt from a version carries its `createdAt` there. `createdAt` stays: it orders contacts,
 *   placements and set pieces, and never changes.
 * - the scene's `order` in the production's scene list (moving a scene in the sidebar is not a change to it);
 * - everyone's contact details (they never leave the People view, docs/domain.md privacy);
 * - the production record (renaming the production does not change what anyone agreed to).
 * Lists are sorted by id and objects canonicalised (RFC 8785), so the hash does not depend on the order
 * records were loaded or written in.
 */
export interface VersionContent {
  readonly format: number;
  readonly sceneId: string;
  /** Lists of records by snapshot key ("scenes", "beats", …), each sorted by id. */
  readonly records: Readonly<Record<VersionListKey, readonly Readonly<Record<string, unknown>>[]>>;
}

/** The kinds a version holds, by snapshot key. */
export const VERSION_LIST_KEYS = [
  'scenes',
  'beats',
  'placements',
  'contacts',
  'garments',
  'barriers',
  'setPieces',
  'cameras',
  'cameraPlacements',
  'doublings',
  'performers',
  'crew',
  'garmentFittings',
  'boundaries',
  'riders',
] as const;
export type VersionListKey = (typeof VERSION_LIST_KEYS)[number];

/** Fields a version leaves out, per kind (see above), and what a record rebuilt from a version gets there. */
const OMITTED: Readonly<Partial<Record<VersionListKey, Readonly<Record<string, unknown>>>>> = {
  scenes: { order: 0 },
  performers: { contact: '' },
  crew: { contact: '' },
};

function stripped(key: VersionListKey, record: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  delete out.updatedAt;
  for (const field of Object.keys(OMITTED[key] ?? {})) delete out[field];
  return out;
}

const byId = (a: { id?: unknown }, b: { id?: unknown }) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);

/** The content of a scene as it is now in `doc` (the draft), or of the version issued from it. */
export function versionContent(doc: DocRecords, sceneId: string): VersionContent {
  const scene = doc.scenes[sceneId];
  if (!scene) throw new Error('That scene no longer exists.');
  const beats = beatsOfScene(doc, sceneId);
  const cast = castOfScene(doc, sceneId);
  const lists: Record<VersionListKey, object[]> = {
    scenes: [scene],
    beats,
    placements: beats.flatMap((b) => placementsOfBeat(doc, b.id)),
    contacts: beats.flatMap((b) => contactsOfBeat(doc, b.id)),
    garments: beats.flatMap((b) => garmentsOfBeat(doc, b.id)),
    barriers: beats.flatMap((b) => barriersOfBeat(doc, b.id)),
    setPieces: setPiecesOfScene(doc, sceneId),
    cameras: camerasOfScene(doc, sceneId),
    cameraPlacements: beats.flatMap((b) => camerasOfBeat(doc, b.id).flatMap((c) => (doc.cameraPlacements[c.placementId] ? [doc.cameraPlacements[c.placementId]!] : []))),
    doublings: beats.flatMap((b) => doublingsOfBeat(doc, b.id)),
    performers: [],
    crew: scene.closedSetCrewIds.flatMap((id) => (doc.crew[id] ? [doc.crew[id]!] : [])),
    garmentFittings: [],
    boundaries: [],
    riders: [],
  };
  // The people of the version: the cast and the body doubles who stand in for them here (the rules hold a
  // double to their own consent too, so theirs is part of what was agreed).
  const doubles = (lists.doublings as { doubleId: string }[]).map((d) => doc.performers[d.doubleId]).filter((p): p is NonNullable<typeof p> => !!p && !cast.includes(p));
  const people = [...cast, ...new Set(doubles)];
  lists.performers = people;
  const worn = new Set((lists.garments as { performerId: string; type: string }[]).map((g) => `${g.performerId}|${g.type}`));
  lists.garmentFittings = Object.values(doc.garmentFittings).filter((f) => worn.has(`${f.performerId}|${f.type}`));
  const boundaries = new Map<string, object>();
  for (const p of people) {
    for (const region of BODY_REGION_IDS) {
      for (const channel of CONSENT_CHANNELS) {
        // The standing entry and the scene's own entry, when there are: boundaryOf answers the same from the version.
        for (const scope of [null, sceneId]) {
          const entry = boundaryOf(doc, p.id, scope, region, channel).entry;
          if (entry && (entry.sceneId === null || entry.sceneId === sceneId)) boundaries.set(entry.id, entry);
        }
      }
    }
    const rider = riderOf(doc, p.id, sceneId);
    if (rider) lists.riders.push(rider);
  }
  lists.boundaries = [...boundaries.values()];
  const records = Object.fromEntries(VERSION_LIST_KEYS.map((key) => [key, lists[key].map((r) => stripped(key, r)).sort(byId)])) as unknown as VersionContent['records'];
  return { format: VERSION_CONTENT_FORMAT, sceneId, records };
}

/** The draft of a scene: its content now, that content's canonical JSON and hash. */
export function draftOf(doc: DocRecords, sceneId: string): { readonly content: VersionContent; readonly canonical: string; readonly hash: string } {
  const content = versionContent(doc, sceneId);
  return { content, ...canonicalHash(content) };
}

/** The hash of a scene's draft (what a sign-off of the latest version must still match to be current). */
export function draftHash(doc: DocRecords, sceneId: string): string {
  return draftOf(doc, sceneId).hash;
}

// Parsing a version's canonical text is the expensive part of reading it; versions never change, so once per version object.
const parsedContent = new WeakMap<object, VersionContent>();
const rebuilt = new WeakMap<object, DocRecords>();

/** The content a version holds, read back from its canonical JSON (checked: a damaged file is an error, not a guess). */
export function contentOfVersion(version: Pick<SceneVersion, 'canonical' | 'sceneId' | 'number'>): VersionContent {
  const seen = parsedContent.get(version);
  if (seen) return seen;
  let content: VersionContent;
  try {
    content = JSON.parse(version.canonical) as VersionContent;
  } catch {
    throw new Error(`Version ${version.number} of this scene cannot be read: its stored text is damaged.`);
  }
  if (!content || typeof content !== 'object' || typeof content.records !== 'object' || content.sceneId !== version.sceneId) {
    throw new Error(`Version ${version.number} of this scene cannot be read: its stored text is not a scene version.`);
  }
  if (content.format !== VERSION_CONTENT_FORMAT) {
    throw new Error(`Version ${version.number} of this scene was written by a newer Closed Set (format ${String(content.format)}); update Closed Set to read it.`);
  }
  parsedContent.set(version, content);
  return content;
}

/** The records a content holds as `DocRecords` (validated against their schemas), for the query layer. */
export function docFromContent(content: VersionContent): DocRecords {
  const cached = rebuilt.get(content);
  if (cached) return cached;
  const kindOf = Object.fromEntries(Object.values(RECORD_KINDS).map((spec) => [spec.snapshotKey, spec.schema]));
  const lists: Record<string, AnyRecord[]> = {};
  for (const key of VERSION_LIST_KEYS) {
    const schema = kindOf[key]!;
    lists[key] = (content.records[key] ?? []).map((r) => {
      const restored = { ...OMITTED[key], ...r, updatedAt: r.createdAt };
      const parsed = schema.safeParse(restored);
      if (!parsed.success) throw new Error(`A version of this scene holds a ${key.replace(/s$/, '')} record Closed Set cannot read; the version may be damaged.`);
      return parsed.data as AnyRecord;
    });
  }
  const doc = docRecordsFrom(lists as Parameters<typeof docRecordsFrom>[0]);
  rebuilt.set(content, doc);
  return doc;
}

/**
 * A version's records as `DocRecords`: the shared query layer (beatsOfScene, contactsOfBeat, boundaryOf…)
 * works on it, so the sheet can be built from the version alone. Kinds a version does not hold are empty.
 */
export function docFromVersion(version: Pick<SceneVersion, 'canonical' | 'sceneId' | 'number'>): DocRecords {
  return docFromContent(contentOfVersion(version));
}
