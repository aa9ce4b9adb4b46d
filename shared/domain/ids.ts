import { z } from 'zod';

/** Stable record ids: opaque strings, branded per record kind so they cannot be mixed up. */
const idString = z.string().min(1, 'An id is required').max(64, 'An id is at most 64 characters');

export const ProductionId = idString.brand<'ProductionId'>();
export const PerformerId = idString.brand<'PerformerId'>();
export const CrewId = idString.brand<'CrewId'>();
export const SceneId = idString.brand<'SceneId'>();
export const BeatId = idString.brand<'BeatId'>();
export const SetPieceId = idString.brand<'SetPieceId'>();
export const PlacementId = idString.brand<'PlacementId'>();
export const CameraId = idString.brand<'CameraId'>();
export const CameraPlacementId = idString.brand<'CameraPlacementId'>();
export const PosePresetId = idString.brand<'PosePresetId'>();
export const ContactId = idString.brand<'ContactId'>();
export const GarmentId = idString.brand<'GarmentId'>();
export const GarmentFittingId = idString.brand<'GarmentFittingId'>();
export const BarrierId = idString.brand<'BarrierId'>();
export const BoundaryId = idString.brand<'BoundaryId'>();
export const RiderId = idString.brand<'RiderId'>();
export const SigningCertificateId = idString.brand<'SigningCertificateId'>();
export const DoublingId = idString.brand<'DoublingId'>();
export const RiderAttachmentId = idString.brand<'RiderAttachmentId'>();
export const CommentId = idString.brand<'CommentId'>();
export const ApprovalId = idString.brand<'ApprovalId'>();
export const SceneVersionId = idString.brand<'SceneVersionId'>();
export const SignoffId = idString.brand<'SignoffId'>();

export type ProductionId = z.infer<typeof ProductionId>;
export type PerformerId = z.infer<typeof PerformerId>;
export type CrewId = z.infer<typeof CrewId>;
export type SceneId = z.infer<typeof SceneId>;
export type BeatId = z.infer<typeof BeatId>;
export type SetPieceId = z.infer<typeof SetPieceId>;
export type PlacementId = z.infer<typeof PlacementId>;
export type CameraId = z.infer<typeof CameraId>;
export type CameraPlacementId = z.infer<typeof CameraPlacementId>;
export type PosePresetId = z.infer<typeof PosePresetId>;
export type ContactId = z.infer<typeof ContactId>;
export type GarmentId = z.infer<typeof GarmentId>;
export type GarmentFittingId = z.infer<typeof GarmentFittingId>;
export type BarrierId = z.infer<typeof BarrierId>;
export type BoundaryId = z.infer<typeof BoundaryId>;
export type RiderId = z.infer<typeof RiderId>;
export type SigningCertificateId = z.infer<typeof SigningCertificateId>;
export type DoublingId = z.infer<typeof DoublingId>;
export type RiderAttachmentId = z.infer<typeof RiderAttachmentId>;
export type CommentId = z.infer<typeof CommentId>;
export type ApprovalId = z.infer<typeof ApprovalId>;
export type SceneVersionId = z.infer<typeof SceneVersionId>;
export type SignoffId = z.infer<typeof SignoffId>;

// shared/ is compiled without DOM or Node typings, so the Web Crypto global is described here.
const webCrypto = (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto;

/** A new random id. `crypto.randomUUID` exists in Node 20, Electron and every browser we serve. */
export function newId<T extends string>(): T {
  return webCrypto.randomUUID() as T;
}
