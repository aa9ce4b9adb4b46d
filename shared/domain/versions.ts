import { z } from 'zod';
import { CrewId, PerformerId, SceneId, SceneVersionId, SignoffId } from './ids';
import { LIMITS } from './limits';
import { line, requiredLine, text, Timestamp } from './text';

/**
 * Scene versions and sign-offs (docs/domain.md, "Versions and sign-off"). Both are **append-only**: a
 * version is an immutable snapshot of one scene (RFC 8785 canonical JSON and its SHA-256, built by
 * shared/versions/content.ts); a sign-off is bound to one version by its hash. Nothing is edited or
 * deleted, and they live outside the undo history (main writes them through their own IPC channels).
 */

/** The shape of `SceneVersion.canonical` (bumped, with a reader for the old one, if it ever changes). */
export const VERSION_CONTENT_FORMAT = 1;

/** A version's canonical text is bounded so a damaged or hostile file cannot hand the window gigabytes. */
export const MAX_CANONICAL_CHARS = 20_000_000;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'A hash is 64 lower-case hexadecimal characters' });

export const SceneVersion = z.object({
  kind: z.literal('sceneVersion'),
  id: SceneVersionId,
  sceneId: SceneId,
  /** 1, 2, … per scene: v1, v2. Main issues the next number only. */
  number: z.number().int().min(1),
  note: text('Version note', LIMITS.description),
  /** SHA-256 of `canonical`, lower-case hex. */
  hash: Sha256Hex,
  /** The version's content as RFC 8785 canonical JSON (shared/versions/content.ts). */
  canonical: z.string().max(MAX_CANONICAL_CHARS),
  format: z.number().int().min(1),
  /** Who issued it (a name as typed). */
  issuedBy: line('Issued by', LIMITS.name),
  issuedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type SceneVersion = z.infer<typeof SceneVersion>;

export const SIGNOFF_ROLES = ['performer', 'coordinator', 'director', 'producer'] as const;
export const SignoffRole = z.enum(SIGNOFF_ROLES);
export type SignoffRole = z.infer<typeof SignoffRole>;
export const SIGNOFF_ROLE_LABELS: Readonly<Record<SignoffRole, string>> = {
  performer: 'Performer',
  coordinator: 'Intimacy coordinator',
  director: 'Director',
  producer: 'Producer',
};

/**
 * The exact sentence each role signs. A performer's always says that consent may be withdrawn at any
 * time (main refuses a performer's sign-off without exactly this text).
 */
export const SIGNOFF_STATEMENTS: Readonly<Record<SignoffRole, string>> = {
  performer:
    'I have read this version of the scene and agree to perform it as described. I understand that my consent may be withdrawn at any time, before, during or after filming, without penalty.',
  coordinator: 'I have reviewed this version of the scene with each performer, and it matches the consent they have given.',
  director: 'I have reviewed this version of the scene and will stage it only as described.',
  producer: 'I have reviewed this version of the scene and the closed-set and safety plan for it.',
};

/** The statement a withdrawal records. */
export const WITHDRAWAL_STATEMENT = 'I withdraw my sign-off of this version of the scene.';

/** A drawn signature: strokes of points in the pad's own units, rounded, bounded in count and extent. */
export const SIGNATURE_LIMITS = { width: 2_000, height: 1_000, strokes: 200, points: 6_000 } as const;
const padCoord = (max: number) =>
  z
    .number({ error: 'Signature points must be numbers' })
    .refine(Number.isFinite, { error: 'Signature points must be finite' })
    .min(0, { error: 'A signature point lies outside the pad' })
    .max(max, { error: 'A signature point lies outside the pad' });
export const SignatureStroke = z.array(z.tuple([padCoord(SIGNATURE_LIMITS.width), padCoord(SIGNATURE_LIMITS.height)])).min(1).max(SIGNATURE_LIMITS.points);
export const DrawnSignature = z
  .strictObject({
    width: z.number().int().min(50).max(SIGNATURE_LIMITS.width),
    height: z.number().int().min(20).max(SIGNATURE_LIMITS.height),
    strokes: z.array(SignatureStroke).min(1, { error: 'The signature pad is empty: draw the signature first' }).max(SIGNATURE_LIMITS.strokes, {
      error: `A signature has at most ${SIGNATURE_LIMITS.strokes} strokes`,
    }),
  })
  .refine((s) => s.strokes.reduce((n, st) => n + st.length, 0) <= SIGNATURE_LIMITS.points, { error: `A signature has at most ${SIGNATURE_LIMITS.points} points` })
  .refine((s) => s.strokes.some((st) => st.length >= 2), { error: 'The signature pad holds only dots: draw the signature' })
  .refine((s) => s.strokes.every((st) => st.every(([x, y]) => x <= s.width && y <= s.height)), { error: 'A signature point lies outside the pad' });
export type DrawnSignature = z.infer<typeof DrawnSignature>;

/** 'drawn': a signature drawn on the pad; 'typed': the typed name alone, chosen explicitly (the keyboard path). */
export const SIGNATURE_METHODS = ['drawn', 'typed'] as const;
export const SignatureMethod = z.enum(SIGNATURE_METHODS);
export type SignatureMethod = z.infer<typeof SignatureMethod>;

export const SIGNOFF_ACTIONS = ['signed', 'withdrawn'] as const;
export const SignoffAction = z.enum(SIGNOFF_ACTIONS);
export type SignoffAction = z.infer<typeof SignoffAction>;

/** One sign-off (or its withdrawal) of one version of a scene, by one person in one role. */
export const Signoff = z.object({
  kind: z.literal('signoff'),
  id: SignoffId,
  sceneId: SceneId,
  versionId: SceneVersionId,
  /** The hash of the version signed: the signature is bound to exactly that content. */
  versionHash: Sha256Hex,
  versionNumber: z.number().int().min(1),
  role: SignoffRole,
  /** The performer signing (role performer), else null. */
  performerId: PerformerId.nullable(),
  /** The crew member signing, when the signer is on the crew list; else null. */
  crewId: CrewId.nullable(),
  typedName: requiredLine('Typed name', LIMITS.name),
  signatureMethod: SignatureMethod,
  signature: DrawnSignature.nullable(),
  statement: text('Statement', LIMITS.description),
  action: SignoffAction,
  note: text('Sign-off note', LIMITS.description),
  signedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Signoff = z.infer<typeof Signoff>;
