import { z } from 'zod';
import { CameraFields, PlacementFields, Pose, SetPieceFields, SetPieceType } from '../domain/blocking';
import { BeatId, CameraId, PlacementId, PosePresetId, SceneId, SetPieceId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { requiredLine } from '../domain/text';

export const SetPieceAdd = z.strictObject({
  type: z.literal('setPiece.add'),
  sceneId: SceneId,
  pieceType: SetPieceType,
  fields: SetPieceFields.omit({ type: true }).partial().strict().optional(),
});
export const SetPieceUpdate = z.strictObject({ type: z.literal('setPiece.update'), id: SetPieceId, patch: SetPieceFields.omit({ type: true }).partial().strict() });
export const SetPieceDelete = z.strictObject({ type: z.literal('setPiece.delete'), id: SetPieceId });
export const SetPieceDuplicate = z.strictObject({ type: z.literal('setPiece.duplicate'), id: SetPieceId });

/** Move, turn, pose, hide or pin a mannequin in one beat; a drag is sent once, on release. */
export const PlacementUpdate = z.strictObject({
  type: z.literal('placement.update'),
  id: PlacementId,
  patch: PlacementFields.partial().strict(),
  /** What the history shows, e.g. "Apply pose Lying on back"; main prefixes nothing. */
  label: z.string().max(LIMITS.short).optional(),
  /** The stage's "Snap to surfaces" is on: main puts the body on what it rests on, as the view did. */
  snap: z.boolean().optional(),
});

export const CameraAdd = z.strictObject({ type: z.literal('camera.add'), beatId: BeatId, fields: CameraFields.partial().strict().optional() });
/** Name, sensor and aspect apply to the camera in every beat; the other fields to its setup in `beatId`. */
export const CameraUpdate = z.strictObject({ type: z.literal('camera.update'), id: CameraId, beatId: BeatId, patch: CameraFields.partial().strict() });
export const CameraDelete = z.strictObject({ type: z.literal('camera.delete'), id: CameraId });

export const PosePresetSave = z.strictObject({ type: z.literal('posePreset.save'), name: requiredLine('Preset name'), pose: Pose });
export const PosePresetDelete = z.strictObject({ type: z.literal('posePreset.delete'), id: PosePresetId });
