import { z } from 'zod';
import { CameraFields, PlacementFields, Pose, SetPieceFields, SetPieceType } from '../domain/blocking';
import { BeatId, CameraId, PlacementId, PosePresetId, SceneId, SetPieceId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { requiredLine } from '../domain/text';

export const SetPieceAdd = z.object({
  type: z.literal('setPiece.add'),
  sceneId: SceneId,
  pieceType: SetPieceType,
  fields: SetPieceFields.omit({ type: true }).partial().optional(),
});
export const SetPieceUpdate = z.object({ type: z.literal('setPiece.update'), id: SetPieceId, patch: SetPieceFields.omit({ type: true }).partial() });
export const SetPieceDelete = z.object({ type: z.literal('setPiece.delete'), id: SetPieceId });
export const SetPieceDuplicate = z.object({ type: z.literal('setPiece.duplicate'), id: SetPieceId });

/** Move, turn, pose, hide or pin a mannequin in one beat; a drag is sent once, on release. */
export const PlacementUpdate = z.object({
  type: z.literal('placement.update'),
  id: PlacementId,
  patch: PlacementFields.partial(),
  /** What the history shows, e.g. "Apply pose Lying on back"; main prefixes nothing. */
  label: z.string().max(LIMITS.short).optional(),
});

export const CameraAdd = z.object({ type: z.literal('camera.add'), beatId: BeatId, fields: CameraFields.partial().optional() });
export const CameraUpdate = z.object({ type: z.literal('camera.update'), id: CameraId, patch: CameraFields.partial() });
export const CameraDelete = z.object({ type: z.literal('camera.delete'), id: CameraId });

export const PosePresetSave = z.object({ type: z.literal('posePreset.save'), name: requiredLine('Preset name'), pose: Pose });
export const PosePresetDelete = z.object({ type: z.literal('posePreset.delete'), id: PosePresetId });
