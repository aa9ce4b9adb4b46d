import { z } from 'zod';
import type { Production } from './production';
import {
  COLLECTION_KINDS,
  RECORD_KINDS,
  type AnyRecord as AnyRecordType,
  type CollectionKind,
  type RecordKind,
  type RecordOf,
  type SnapshotKey,
} from '../records/registry';

export type { CollectionKind, RecordKind, RecordOf };
export type AnyRecord = AnyRecordType;

/** Every stored record, discriminated by `kind` (derived from the registry). */
export const AnyRecord = z.discriminatedUnion(
  'kind',
  Object.values(RECORD_KINDS).map((k) => k.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<AnyRecordType>;

/** The whole open production as the UI loads it: live (not soft-deleted) records only, one list per kind. */
export type DocumentSnapshot = { readonly production: Production } & {
  readonly [K in CollectionKind as SnapshotKey<K>]: readonly RecordOf<K>[];
};

/** The snapshot keys of the list kinds, in registry order. */
export const SNAPSHOT_KEYS = COLLECTION_KINDS.map((k) => RECORD_KINDS[k].snapshotKey);

/**
 * What one command (or its undo/redo) changed. `records` are the new states (a soft delete is a
 * record with `deletedAt` set); `removed` are records that no longer exist at all (undoing a create).
 */
export interface ChangeSet {
  readonly records: readonly AnyRecord[];
  readonly removed: readonly { readonly kind: RecordKind; readonly id: string }[];
}

export const isLive = (r: { deletedAt?: string | null }): boolean => !r.deletedAt;
