import { z } from 'zod';
import { Vec3 } from './blocking';
import { ApprovalId, BeatId, CommentId, ContactId, GarmentId, SceneId } from './ids';
import { LIMITS } from './limits';
import { line, requiredLine, Timestamp } from './text';

/**
 * Review comments and the director's approval (issue 11). A comment is about a scene, a beat, a contact
 * or a garment in a beat, or a point in the 3D view; replies hang off the first comment of a thread.
 * Comments are written by the coordinator in the production or by the director in a review copy, and
 * travel between the two in a comments file (shared/review/commentsFile.ts), merged, never overwritten.
 */
export const CommentTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scene') }),
  z.strictObject({ kind: z.literal('beat') }),
  z.strictObject({ kind: z.literal('contact'), contactId: ContactId }),
  z.strictObject({ kind: z.literal('garment'), garmentId: GarmentId }),
  /** A point in the stage's coordinates (metres, y up), shown as a pin in 3D. */
  z.strictObject({ kind: z.literal('point'), position: Vec3 }),
]);
export type CommentTarget = z.infer<typeof CommentTarget>;

export const AUTHOR_ROLES = ['coordinator', 'director'] as const;
export const AuthorRole = z.enum(AUTHOR_ROLES);
export type AuthorRole = z.infer<typeof AuthorRole>;
export const AUTHOR_ROLE_LABELS: Record<AuthorRole, string> = { coordinator: 'Intimacy coordinator', director: 'Director' };

export const CommentBody = z
  .string({ error: 'A comment must be text' })
  .max(LIMITS.description, { error: `A comment is at most ${LIMITS.description} characters` })
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { error: 'Write the comment first' });

/** A text a comment had before it was edited (or a different text of it from another copy): kept, never lost. */
export const EarlierText = z.strictObject({ body: z.string().max(LIMITS.description), editedAt: Timestamp });
export type EarlierText = z.infer<typeof EarlierText>;
/** How many earlier texts one comment keeps (a comment edited more often than this is not a comment). */
export const MAX_EARLIER_TEXTS = 50;

export const Comment = z.object({
  kind: z.literal('comment'),
  id: CommentId,
  sceneId: SceneId,
  /** The beat it is about (null: the whole scene). Kept when the beat is deleted: the comment is then marked. */
  beatId: BeatId.nullable(),
  target: CommentTarget,
  /** The first comment of the thread this one replies to (null: it starts a thread). */
  parentId: CommentId.nullable(),
  authorName: requiredLine('Your name', LIMITS.name),
  authorRole: AuthorRole,
  body: CommentBody,
  /** What it was about when written ("Beat 3: …", "Ruth → Tom: …"), so it still reads after that is deleted. */
  about: line('What the comment is about', LIMITS.description),
  writtenAt: Timestamp,
  /** When `body` was last written (equal to writtenAt until an edit). */
  editedAt: Timestamp,
  /** Earlier texts of this comment, oldest first. */
  earlierTexts: z.array(EarlierText).max(MAX_EARLIER_TEXTS),
  /** Set by the coordinator in the production (a thread's first comment only). */
  resolvedAt: Timestamp.nullable(),
  resolvedBy: line('Resolved by', LIMITS.name),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Comment = z.infer<typeof Comment>;

export const APPROVAL_STATEMENT = 'I approve the staging of this scene as shown in this version.';

/**
 * The director's approval of a scene's staging, bound to the content hash of what was shown (a version's
 * hash): any later change to the staging makes it outdated (shared/review/approvals.ts). Only ever added.
 */
export const Approval = z.object({
  kind: z.literal('approval'),
  id: ApprovalId,
  sceneId: SceneId,
  /** The version approved, when the scene had one matching what was shown (null: the staging as exported). */
  versionId: z.string().max(64).nullable(),
  /** SHA-256 (hex) of the scene's staging as approved. */
  versionHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'A version hash is 64 hexadecimal digits' }),
  approverName: requiredLine('Your name', LIMITS.name),
  role: z.literal('director'),
  statement: line('Statement', LIMITS.description),
  approvedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Approval = z.infer<typeof Approval>;
