import { z } from 'zod';
import { BeatId, SceneId } from './ids';
import { LIMITS } from './limits';
import { text, Timestamp } from './text';

export const BeatFields = z.object({
  /** Short clinical description, e.g. "B places right hand on the front of A's left shoulder". */
  description: text('Beat description', LIMITS.description),
  /** Length of the beat in counts (like a dance), or null when not set. */
  counts: z
    .number({ error: 'Counts must be a number' })
    .int({ error: 'Counts must be a whole number' })
    .min(1, { error: 'Counts must be at least 1' })
    .max(999, { error: 'Counts must be at most 999' })
    .nullable(),
  notes: text('Beat notes'),
  /** Whether the coordinator checks in with the performers after this beat. */
  checkInAfter: z.boolean(),
});
export type BeatFields = z.infer<typeof BeatFields>;

export const Beat = BeatFields.extend({
  kind: z.literal('beat'),
  id: BeatId,
  sceneId: SceneId,
  /** Position in the scene's beat strip (0-based, dense). The beat's number is order + 1. */
  order: z.number().int().min(0),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Beat = z.infer<typeof Beat>;

/** The number shown and printed for a beat: its 1-based place in the strip. */
export function beatNumber(beat: Pick<Beat, 'order'>): number {
  return beat.order + 1;
}
