import type { z } from 'zod';
import { Beat } from '../domain/beat';
import { Camera, CameraPlacement, Placement, PosePreset, POSE_SCHEMA_VERSION, SetPiece } from '../domain/blocking';
import { Approval, Comment } from '../domain/comment';
import { BoundaryEntry, RiderAttachment, RiderVersion } from '../domain/consent';
import { Contact } from '../domain/contact';
import { Doubling } from '../domain/doubling';
import { Crew, Performer } from '../domain/people';
import { Production } from '../domain/production';
import { Scene } from '../domain/scene';
import { SigningCertificate } from '../domain/signingCertificate';
import { Barrier, Garment, GarmentFitting } from '../domain/wardrobe';
import { SceneVersion, Signoff } from '../domain/versions';

/**
 * Every record kind, declared once (after tldraw's RecordType + StoreSchema). Everything else is
 * derived from these entries: the SQLite columns (columns.ts), the DocumentSnapshot and the
 * renderer's maps (its `snapshotKey`), delete cascades (`parent` and `refs`), copying into a new
 * beat, undo validation (`schema`), and the versions of JSON stored inside records (`json`).
 *
 * Adding a kind: write its zod schema in shared/domain, add an entry here, a migration creating its
 * table, and its commands. shared/CONTEXT.md walks through it.
 */
export interface KindSpec {
  readonly schema: z.ZodObject;
  readonly table: string;
  /** Key of the kind's list in the DocumentSnapshot and of its map in the renderer's store. */
  readonly snapshotKey: string;
  /** The one record of its kind in a file (the production): never deleted, not a list. */
  readonly single?: true;
  /** The record that owns this one: deleting the parent soft-deletes it in the same transaction. */
  readonly parent: { readonly kind: string; readonly field: string } | null;
  /** Other records this one points at; deleting one of them soft-deletes this record too. */
  readonly refs?: readonly { readonly kind: string; readonly field: string }[];
  /** Children of a beat that a new beat starts with (a copy of the previous beat's). */
  readonly copyIntoNewBeat?: true;
  /** Fields records are listed by (display order), so the UI receives them in that order. */
  readonly sortBy: readonly string[];
  /** Fields stored under another column name than their snake_case name. */
  readonly columnNames?: Readonly<Record<string, string>>;
  /** Array fields stored as rows of a link table (ordered), not as a column. */
  readonly links?: Readonly<Record<string, { readonly table: string; readonly owner: string; readonly value: string; readonly order: string }>>;
  /**
   * Consent history: records are only ever added, never changed or deleted (not even by a cascade);
   * undo and redo add an entry too, made by `shared/records/appendOnly.ts`.
   */
  readonly appendOnly?: true;
  /** Versions of the JSON shapes stored in a column (bumped with a migration of stored records and history). */
  readonly json?: Readonly<Record<string, { readonly version: number }>>;
}

export const RECORD_KINDS = {
  production: { schema: Production, table: 'production', snapshotKey: 'production', single: true, parent: null, sortBy: ['createdAt'] },
  performer: { schema: Performer, table: 'performer', snapshotKey: 'performers', parent: null, sortBy: ['createdAt', 'id'] },
  crew: { schema: Crew, table: 'crew', snapshotKey: 'crew', parent: null, sortBy: ['createdAt', 'id'] },
  scene: {
    schema: Scene,
    table: 'scene',
    snapshotKey: 'scenes',
    parent: null,
    sortBy: ['order', 'id'],
    columnNames: { order: 'sort_order' },
    links: { performerIds: { table: 'scene_performer', owner: 'scene_id', value: 'performer_id', order: 'position' } },
  },
  beat: {
    schema: Beat,
    table: 'beat',
    snapshotKey: 'beats',
    parent: { kind: 'scene', field: 'sceneId' },
    sortBy: ['sceneId', 'order', 'id'],
    columnNames: { order: 'sort_order' },
  },
  setPiece: { schema: SetPiece, table: 'set_piece', snapshotKey: 'setPieces', parent: { kind: 'scene', field: 'sceneId' }, sortBy: ['sceneId', 'createdAt', 'id'] },
  placement: {
    schema: Placement,
    table: 'placement',
    snapshotKey: 'placements',
    parent: { kind: 'beat', field: 'beatId' },
    refs: [{ kind: 'performer', field: 'performerId' }],
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
    json: { pose: { version: POSE_SCHEMA_VERSION } },
  },
  camera: { schema: Camera, table: 'camera', snapshotKey: 'cameras', parent: { kind: 'scene', field: 'sceneId' }, sortBy: ['sceneId', 'createdAt', 'id'] },
  cameraPlacement: {
    schema: CameraPlacement,
    table: 'camera_placement',
    snapshotKey: 'cameraPlacements',
    parent: { kind: 'beat', field: 'beatId' },
    refs: [{ kind: 'camera', field: 'cameraId' }],
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
  },
  contact: {
    schema: Contact,
    table: 'contact',
    snapshotKey: 'contacts',
    parent: { kind: 'beat', field: 'beatId' },
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
  },
  garment: {
    schema: Garment,
    table: 'garment',
    snapshotKey: 'garments',
    parent: { kind: 'beat', field: 'beatId' },
    refs: [{ kind: 'performer', field: 'performerId' }],
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
  },
  garmentFitting: {
    schema: GarmentFitting,
    table: 'garment_fitting',
    snapshotKey: 'garmentFittings',
    parent: { kind: 'performer', field: 'performerId' },
    sortBy: ['performerId', 'createdAt', 'id'],
  },
  barrier: {
    schema: Barrier,
    table: 'barrier',
    snapshotKey: 'barriers',
    parent: { kind: 'beat', field: 'beatId' },
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
  },
  boundary: {
    schema: BoundaryEntry,
    table: 'boundary_entry',
    snapshotKey: 'boundaries',
    parent: null,
    appendOnly: true,
    sortBy: ['performerId', 'recordedAt', 'createdAt', 'id'],
  },
  rider: {
    schema: RiderVersion,
    table: 'rider_version',
    snapshotKey: 'riders',
    parent: null,
    appendOnly: true,
    sortBy: ['performerId', 'sceneId', 'version', 'id'],
  },
  riderAttachment: {
    schema: RiderAttachment,
    table: 'rider_attachment',
    snapshotKey: 'riderAttachments',
    parent: null,
    appendOnly: true,
    sortBy: ['performerId', 'sceneId', 'recordedAt', 'id'],
  },
  doubling: {
    schema: Doubling,
    table: 'doubling',
    snapshotKey: 'doublings',
    parent: { kind: 'beat', field: 'beatId' },
    refs: [
      { kind: 'performer', field: 'performerId' },
      { kind: 'performer', field: 'doubleId' },
      { kind: 'camera', field: 'cameraId' },
    ],
    copyIntoNewBeat: true,
    sortBy: ['beatId', 'createdAt', 'id'],
  },
  signingCertificate: {
    schema: SigningCertificate,
    table: 'signing_certificate',
    snapshotKey: 'signingCertificates',
    parent: null,
    appendOnly: true,
    sortBy: ['recordedAt', 'id'],
  },
  // Versions and sign-offs (shared/versions): append-only, written outside the undo history by main's own channels.
  sceneVersion: {
    schema: SceneVersion,
    table: 'scene_version',
    snapshotKey: 'sceneVersions',
    parent: null,
    appendOnly: true,
    sortBy: ['sceneId', 'number', 'id'],
  },
  signoff: {
    schema: Signoff,
    table: 'signoff',
    snapshotKey: 'signoffs',
    parent: null,
    appendOnly: true,
    sortBy: ['sceneId', 'signedAt', 'createdAt', 'id'],
  },
  posePreset: {
    schema: PosePreset,
    table: 'pose_preset',
    snapshotKey: 'posePresets',
    parent: null,
    sortBy: ['createdAt', 'id'],
    json: { pose: { version: POSE_SCHEMA_VERSION } },
  },
  // Review (issue 11): kept when what they are about is deleted (no parent), so a comment on a deleted beat stays, marked.
  comment: { schema: Comment, table: 'comment', snapshotKey: 'comments', parent: null, sortBy: ['sceneId', 'writtenAt', 'id'] },
  approval: { schema: Approval, table: 'approval', snapshotKey: 'approvals', parent: null, appendOnly: true, sortBy: ['sceneId', 'approvedAt', 'id'] },
} as const satisfies Record<string, KindSpec>;

type Kinds = typeof RECORD_KINDS;
export type RecordKind = keyof Kinds;
/** Every stored record, discriminated by `kind`. */
export type AnyRecord = { [K in RecordKind]: z.infer<Kinds[K]['schema']> }[RecordKind];
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;
/** Kinds kept as lists (every kind but the single production record). */
export type CollectionKind = { [K in RecordKind]: Kinds[K] extends { single: true } ? never : K }[RecordKind];
export type SnapshotKey<K extends RecordKind> = Kinds[K]['snapshotKey'];

export const KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];
export const COLLECTION_KINDS = KIND_NAMES.filter((k) => !('single' in RECORD_KINDS[k])) as CollectionKind[];

export function kindSpec(kind: RecordKind): KindSpec {
  return RECORD_KINDS[kind];
}

/** The kinds whose records hang off a record of `kind` (as parent or reference), with the field that points at it. */
export function dependentsOf(kind: RecordKind): readonly { readonly kind: RecordKind; readonly field: string }[] {
  return DEPENDENTS[kind];
}
const DEPENDENTS = Object.fromEntries(
  KIND_NAMES.map((target) => [
    target,
    KIND_NAMES.flatMap((k) => {
      const spec: KindSpec = RECORD_KINDS[k];
      const links = [...(spec.parent ? [spec.parent] : []), ...(spec.refs ?? [])];
      return links.filter((l) => l.kind === target).map((l) => ({ kind: k, field: l.field }));
    }),
  ]),
) as unknown as Record<RecordKind, readonly { kind: RecordKind; field: string }[]>;

/** Whether records of a kind are consent history (added only; see KindSpec.appendOnly). */
export function isAppendOnly(kind: RecordKind): boolean {
  return !!(RECORD_KINDS[kind] as KindSpec).appendOnly;
}

/** Beat children that a new beat starts with. */
export const BEAT_COPIED_KINDS = KIND_NAMES.filter((k) => {
  const spec: KindSpec = RECORD_KINDS[k];
  return spec.copyIntoNewBeat && spec.parent?.kind === 'beat';
}) as CollectionKind[];
