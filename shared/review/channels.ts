import { z } from 'zod';
import { CommentAdd, CommentEdit } from '../commands/review';
import type { ChangeSet } from '../domain/records';
import { SceneId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { requiredLine } from '../domain/text';
import type { CommentsImportReport } from './commentsFile';

// The review channels of the IPC contract (shared/ipc/contract.ts spreads them in), kept here so the
// review's arguments and results live beside the review's other shapes.

const Path = z.string().min(1, { error: 'A file path is required' }).max(LIMITS.path, { error: `A file path is at most ${LIMITS.path} characters` });
const WritePath = { path: Path.optional(), overwrite: z.boolean().optional() };

/** Export a review copy of one scene (or, with null, the whole production) for the director. */
const ExportCopy = z.strictObject({ ...WritePath, sceneId: SceneId.nullable() });
/** The director writes or edits a comment in a review copy (a production takes comments as commands). */
const DirectorComment = z.strictObject({ command: z.discriminatedUnion('type', [CommentAdd, CommentEdit]) });
const Approve = z.strictObject({ sceneId: SceneId, approverName: requiredLine('Your name', LIMITS.name) });
const NoArgs = z.strictObject({});
const ExportComments = z.strictObject(WritePath);
const ImportComments = z.strictObject({ path: Path.optional() });

export type ApprovalStatuses = Readonly<Record<string, 'current' | 'outdated'>>;
export interface ImportResult {
  readonly changes: ChangeSet;
  readonly report: CommentsImportReport;
}

function channel<A extends z.ZodType, R>(args: A) {
  return { args, result: undefined as unknown as R };
}

export const REVIEW_CHANNELS = {
  'review:exportCopy': channel<typeof ExportCopy, { readonly path: string }>(ExportCopy),
  'review:comment': channel<typeof DirectorComment, ChangeSet>(DirectorComment),
  'review:approve': channel<typeof Approve, ChangeSet>(Approve),
  'review:approvals': channel<typeof NoArgs, ApprovalStatuses>(NoArgs),
  'review:exportComments': channel<typeof ExportComments, { readonly path: string; readonly comments: number; readonly approvals: number }>(ExportComments),
  'review:importComments': channel<typeof ImportComments, ImportResult>(ImportComments),
} as const;

/** The only channels a review copy answers: reading, the director's comments and approval, and leaving. */
export const REVIEW_COPY_CHANNELS: ReadonlySet<string> = new Set([
  'app:info',
  'document:load',
  'document:create',
  'document:open',
  'document:close',
  'recent:list',
  'review:comment',
  'review:approve',
  'review:approvals',
  'review:exportComments',
]);
