import { z } from 'zod';
import { BeatId, CameraId, DoublingId, PerformerId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';

/** A body double stands in for a performer in a beat: every camera (`cameraId` null) or one camera's shot. */
export const DoublingAdd = z.strictObject({
  type: z.literal('doubling.add'),
  beatId: BeatId,
  performerId: PerformerId,
  doubleId: PerformerId,
  cameraId: CameraId.nullable(),
  note: text('Body double note', LIMITS.description).optional(),
});

/** The double no longer stands in there (a soft delete; undo brings it back). */
export const DoublingDelete = z.strictObject({ type: z.literal('doubling.delete'), id: DoublingId });
