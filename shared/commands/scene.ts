import { z } from 'zod';
import { BeatFields } from '../domain/beat';
import { BeatId, SceneId } from '../domain/ids';
import { SceneFields } from '../domain/scene';

const Index = z.number().int().min(0).max(100_000);

export const SceneCreate = z.strictObject({ type: z.literal('scene.create'), fields: SceneFields.partial().strict().optional() });
export const SceneUpdate = z.strictObject({ type: z.literal('scene.update'), id: SceneId, patch: SceneFields.partial().strict() });
export const SceneDelete = z.strictObject({ type: z.literal('scene.delete'), id: SceneId });
export const SceneMove = z.strictObject({ type: z.literal('scene.move'), id: SceneId, toIndex: Index });

/** A new beat goes after `afterBeatId` (or at the end) and starts as a copy of the beat before it. */
export const BeatCreate = z.strictObject({
  type: z.literal('beat.create'),
  sceneId: SceneId,
  afterBeatId: BeatId.nullable().optional(),
  fields: BeatFields.partial().strict().optional(),
});
export const BeatUpdate = z.strictObject({ type: z.literal('beat.update'), id: BeatId, patch: BeatFields.partial().strict() });
export const BeatDelete = z.strictObject({ type: z.literal('beat.delete'), id: BeatId });
export const BeatDuplicate = z.strictObject({ type: z.literal('beat.duplicate'), id: BeatId });
export const BeatMove = z.strictObject({ type: z.literal('beat.move'), id: BeatId, toIndex: Index });
