import { z } from 'zod';
import { BeatId, CameraId, DoublingId, PerformerId } from './ids';
import { LIMITS } from './limits';
import { text, Timestamp } from './text';

/**
 * Where a body double stands in for a performer: in one beat, for every camera (`cameraId` null) or for
 * one camera's shot ("in beat 5, A cam, Ruth is doubled by Ana"). The blocking stays the performer's —
 * the double takes the performer's place, pose, contacts and wardrobe — so the rules check what that
 * placement does against the performer's consent (the ceiling: a double never does more than the
 * performer agreed) and against the double's own (docs/domain.md).
 */
export const Doubling = z.object({
  kind: z.literal('doubling'),
  id: DoublingId,
  beatId: BeatId,
  /** The performer doubled (in the scene's cast). */
  performerId: PerformerId,
  /** The double: a performer whose `doublesFor` is `performerId`. */
  doubleId: PerformerId,
  /** The camera whose shot the double is in; null: the whole beat, every camera. */
  cameraId: CameraId.nullable(),
  note: text('Body double note', LIMITS.description),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Doubling = z.infer<typeof Doubling>;
