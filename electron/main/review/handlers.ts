import { basename } from 'node:path';
import type { Channel, Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { REVIEW_CHANNELS, REVIEW_COPY_CHANNELS } from '../../../shared/review/channels';
import type { Session } from '../services/session';
import { approvalStatuses, directorApprove, directorComment, importComments, readCommentsFile, writeCommentsFile } from './comments';
import { writeReviewCopy } from './reviewCopy';

type ReviewHandlers = Pick<Handlers, keyof typeof REVIEW_CHANNELS>;
type ChoosePath = (given: string | undefined, pick: (() => Promise<string | null>) | undefined) => Promise<{ path: string; fromDialog: boolean }>;

export interface ReviewPaths {
  readonly choosePath: ChoosePath;
  readonly pickSave?: ((purpose: 'review' | 'comments', suggestedName: string) => Promise<string | null>) | undefined;
  readonly pickOpen?: ((purpose: 'comments') => Promise<string | null>) | undefined;
}

/** The review channels (issue 11): export a review copy, the director's comments and approval, the comments file both ways. */
export function reviewHandlers(session: Session, paths: ReviewPaths): ReviewHandlers {
  const { choosePath, pickSave, pickOpen } = paths;
  const save = (purpose: 'review' | 'comments', name: string) => pickSave && (() => pickSave(purpose, name));
  const stem = (path: string) => basename(path).replace(/\.closedset$/, '');
  return {
    'review:exportCopy': async ({ path, overwrite, sceneId }) => {
      const doc = session.requireDocument();
      const scene = sceneId ? doc.engine.repo.get('scene', sceneId) : null;
      const suggested = `${stem(doc.path)}${scene ? ` scene ${scene.number}` : ''} review.closedset`;
      const chosen = await choosePath(path, save('review', suggested));
      writeReviewCopy(doc, chosen.path, { sceneId, overwrite: chosen.fromDialog || !!overwrite, nativeBinding: session.adapters.nativeBinding });
      return { path: chosen.path };
    },
    'review:comment': ({ command }) => directorComment(session.requireDocument(), command),
    'review:approve': (args) => directorApprove(session.requireDocument(), args),
    'review:approvals': () => approvalStatuses(session.requireDocument()),
    'review:exportComments': async ({ path, overwrite }) => {
      const doc = session.requireDocument();
      const chosen = await choosePath(path, save('comments', `${stem(doc.path)} comments.closedset-comments`));
      return { path: chosen.path, ...writeCommentsFile(doc, chosen.path, { overwrite: chosen.fromDialog || !!overwrite }) };
    },
    'review:importComments': async ({ path }) => {
      const doc = session.requireDocument();
      if (doc.review) throw readOnly(doc.review.productionTitle);
      const chosen = await choosePath(path, pickOpen && (() => pickOpen('comments')));
      const production = doc.snapshot().production;
      return importComments(doc, readCommentsFile(chosen.path, production));
    },
  };
}

/**
 * A review copy is read-only, enforced here where every call arrives: while one is open, every channel
 * but reading it, the director's comments and approval, and opening another file is refused — deny by
 * default, so a channel added later is refused too until it is listed in REVIEW_COPY_CHANNELS.
 */
export function guardReviewCopy(session: Session, handlers: Handlers): Handlers {
  const guarded = Object.fromEntries(
    (Object.entries(handlers) as [Channel, (args: unknown) => unknown][]).map(([channel, handler]) => [
      channel,
      (args: unknown) => {
        const review = session.document?.review;
        if (review && !REVIEW_COPY_CHANNELS.has(channel)) throw refusedInReview(channel, review.productionTitle);
        return handler(args);
      },
    ]),
  );
  return guarded as unknown as Handlers;
}

/** Sheets, packets and signatures are made (and checked) from the production, which holds what a review copy leaves out. */
const FROM_THE_PRODUCTION = /^(sheet|packet|signing):/;

function refusedInReview(channel: string, title: string): AppError {
  if (!FROM_THE_PRODUCTION.test(channel)) return readOnly(title);
  return new AppError(
    'read-only',
    `This is a review copy of “${title}”: sheets, rehearsal packets and signatures are made and verified from the production itself, which holds the consent details and versions a review copy leaves out. Ask the coordinator, or open the production.`,
  );
}

function readOnly(title: string): AppError {
  return new AppError('read-only', `This is a review copy of “${title}”: nothing in it can be changed. Write a comment instead; the coordinator makes the changes in the production.`);
}
