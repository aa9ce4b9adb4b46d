import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { Timestamp } from '../domain/text';

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** One scene of a review copy: the hash of its staging as exported (what an approval binds to) and the staging lines. */
export const ReviewScene = z.strictObject({
  sceneId: z.string().min(1).max(64),
  /** SHA-256 of the scene's staging in the production when the copy was made (shared/review/staging.ts). */
  stagingHash: Hash,
  /** What staging needs of the cast's consent, in words (shared/records/privacy.ts `stagingLines`). */
  stagingLines: z.array(z.string().max(LIMITS.description)).max(200),
  /** The scene's latest issued version, and whether the staging exported is exactly it (then `stagingHash` is its hash). */
  version: z.strictObject({ id: z.string().max(64), number: z.number().int().min(1), hash: Hash, issuedAt: Timestamp, issuedBy: z.string().max(LIMITS.name) }).nullable(),
  matchesVersion: z.boolean(),
  /** Where each sign-off stands, in words (shared/versions signoffStatus): no signature drawings, no reasons. */
  signoffs: z.array(z.strictObject({ name: z.string().max(LIMITS.name), role: z.string().max(40), state: z.enum(['current', 'outdated', 'withdrawn']), reason: z.string().max(LIMITS.description) })).max(200),
});
export type ReviewScene = z.infer<typeof ReviewScene>;

/** The format of review copies and comments files this build writes; a higher one is refused as newer. */
export const REVIEW_FORMAT = 1;

/**
 * What makes a production file a review copy: stored in its `review_copy` table beside the hash of its
 * content. It names the production it copies (id and title), when it was made and what it holds.
 */
export const ReviewMarker = z.strictObject({
  format: z.number().int().min(1),
  /** This copy's own id: a comments file names the copy it was written in. */
  reviewId: z.string().min(1).max(64),
  productionId: z.string().min(1).max(64),
  productionTitle: z.string().max(LIMITS.name),
  /** null: the whole production; else the one scene exported. */
  sceneId: z.string().min(1).max(64).nullable(),
  madeAt: Timestamp,
  scenes: z.array(ReviewScene).max(1000),
});
export type ReviewMarker = z.infer<typeof ReviewMarker>;

/** What the window is told about an open review copy (DocumentInfo.review). */
export type ReviewInfo = ReviewMarker;
