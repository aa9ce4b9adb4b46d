import type { CommandOf } from '../../../shared/commands';
import { MAX_EARLIER_TEXTS, type AuthorRole, type Comment } from '../../../shared/domain/comment';
import { newId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/errors';
import { describeCommentTarget } from '../../../shared/review/about';
import { loadSceneScope } from './scope';
import type { Tx } from './tx';

/**
 * Comments (issue 11). The coordinator writes them here through commands (undoable); the director
 * writes them in a review copy through the review service, which calls the same functions with the
 * role 'director' (electron/main/review/reviewSession.ts). Only the coordinator resolves a thread.
 */
export function commentAdd(tx: Tx, cmd: CommandOf<'comment.add'>, role: AuthorRole = 'coordinator'): Comment {
  const parent = cmd.parentId ? tx.require('comment', cmd.parentId, 'The comment you are replying to') : null;
  if (parent?.parentId) throw new AppError('invalid-argument', 'A reply goes to the first comment of its thread.');
  // A reply is about what its thread is about.
  const where = parent ? { sceneId: parent.sceneId, beatId: parent.beatId, target: parent.target } : { sceneId: cmd.sceneId, beatId: cmd.beatId, target: cmd.target };
  if (!parent) checkTarget(tx, where);
  const scope = loadSceneScope(tx.repo, where.sceneId);
  const comment: Comment = {
    kind: 'comment',
    id: newId(),
    ...where,
    parentId: parent?.id ?? null,
    authorName: cmd.authorName,
    authorRole: role,
    body: cmd.body,
    about: parent?.about ?? describeCommentTarget(scope, where.sceneId, where.beatId, where.target),
    writtenAt: tx.now,
    editedAt: tx.now,
    earlierTexts: [],
    resolvedAt: null,
    resolvedBy: '',
    createdAt: tx.now,
    updatedAt: tx.now,
    deletedAt: null,
  };
  tx.put(comment);
  return comment;
}

export function commentEdit(tx: Tx, cmd: CommandOf<'comment.edit'>, role: AuthorRole = 'coordinator'): void {
  const comment = tx.require('comment', cmd.id, 'That comment');
  if (comment.authorRole !== role) {
    throw new AppError('refused', `Only its author can change a comment: this one was written by ${comment.authorName} (${role === 'director' ? 'the coordinator' : 'the director'}). Reply to it instead.`);
  }
  if (comment.body === cmd.body) return;
  if (comment.earlierTexts.length >= MAX_EARLIER_TEXTS) throw new AppError('refused', 'This comment has been edited too often to keep every earlier text. Write a reply instead.');
  tx.update(comment, { body: cmd.body, editedAt: tx.now, earlierTexts: [...comment.earlierTexts, { body: comment.body, editedAt: comment.editedAt }] });
}

export function commentResolve(tx: Tx, cmd: CommandOf<'comment.resolve'>): void {
  const comment = tx.require('comment', cmd.id, 'That comment');
  if (comment.parentId) throw new AppError('invalid-argument', 'A thread is resolved from its first comment.');
  tx.update(comment, cmd.resolved ? { resolvedAt: tx.now, resolvedBy: cmd.by } : { resolvedAt: null, resolvedBy: '' });
}

/** A new thread must be about something that exists now, in its scene. */
function checkTarget(tx: Tx, where: Pick<Comment, 'sceneId' | 'beatId' | 'target'>): void {
  tx.require('scene', where.sceneId, 'That scene');
  if (where.target.kind !== 'scene' && !where.beatId) throw new AppError('invalid-argument', 'A comment on a beat, contact, garment or point names its beat.');
  if (!where.beatId) return;
  const beat = tx.require('beat', where.beatId, 'That beat');
  if (beat.sceneId !== where.sceneId) throw new AppError('invalid-argument', 'That beat belongs to another scene.');
  const t = where.target;
  if (t.kind === 'contact' && tx.require('contact', t.contactId, 'That contact').beatId !== beat.id) throw new AppError('invalid-argument', 'That contact is in another beat.');
  if (t.kind === 'garment' && tx.require('garment', t.garmentId, 'That garment').beatId !== beat.id) throw new AppError('invalid-argument', 'That garment is in another beat.');
}
