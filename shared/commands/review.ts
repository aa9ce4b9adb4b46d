import { z } from 'zod';
import { CommentBody, CommentTarget } from '../domain/comment';
import { BeatId, CommentId, SceneId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { requiredLine } from '../domain/text';

/**
 * Write a comment (or, with `parentId`, a reply to a thread). Main stamps the author's role (the
 * coordinator in a production, the director in a review copy), the time and what it is about.
 * A reply belongs to its thread's scene, beat and target, whatever these fields say.
 */
export const CommentAdd = z.strictObject({
  type: z.literal('comment.add'),
  sceneId: SceneId,
  beatId: BeatId.nullable(),
  target: CommentTarget,
  parentId: CommentId.nullable(),
  authorName: requiredLine('Your name', LIMITS.name),
  body: CommentBody,
});

/** Change the text of one's own comment; the earlier text is kept with it. */
export const CommentEdit = z.strictObject({ type: z.literal('comment.edit'), id: CommentId, body: CommentBody });

/** The coordinator marks a thread resolved (or open again), in the production only. */
export const CommentResolve = z.strictObject({
  type: z.literal('comment.resolve'),
  id: CommentId,
  resolved: z.boolean(),
  by: requiredLine('Your name', LIMITS.name),
});
