import { z } from 'zod';
import { Beat } from './beat';
import { CameraSetup, Placement, PosePreset, SetPiece } from './blocking';
import { Crew, Performer } from './people';
import { Production } from './production';
import { Scene } from './scene';

/** Every stored record, discriminated by `kind`. */
export const AnyRecord = z.discriminatedUnion('kind', [
  Production,
  Performer,
  Crew,
  Scene,
  Beat,
  SetPiece,
  Placement,
  CameraSetup,
  PosePreset,
]);
export type AnyRecord = z.infer<typeof AnyRecord>;
export type RecordKind = AnyRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;

/** The whole open production as the UI loads it: live (not soft-deleted) records only. */
export interface DocumentSnapshot {
  readonly production: Production;
  readonly performers: readonly Performer[];
  readonly crew: readonly Crew[];
  readonly scenes: readonly Scene[];
  readonly beats: readonly Beat[];
  readonly setPieces: readonly SetPiece[];
  readonly placements: readonly Placement[];
  readonly cameras: readonly CameraSetup[];
  readonly posePresets: readonly PosePreset[];
}

/**
 * What one command (or its undo/redo) changed. `records` are the new states (a soft delete is a
 * record with `deletedAt` set); `removed` are records that no longer exist at all (undoing a create).
 */
export interface ChangeSet {
  readonly records: readonly AnyRecord[];
  readonly removed: readonly { readonly kind: RecordKind; readonly id: string }[];
}

export const isLive = (r: { deletedAt?: string | null }): boolean => !r.deletedAt;
