import { z } from 'zod';
import { CrewId, PerformerId, SceneId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { line, requiredLine, text } from '../domain/text';
import { Sha256Hex, Signoff, SignoffRole } from '../domain/versions';

/** `version:issue`: issue the next version of a scene from its draft. */
export const IssueVersionArgs = z.strictObject({
  sceneId: SceneId,
  note: text('Version note', LIMITS.description),
  issuedBy: line('Issued by', LIMITS.name),
  /** The draft hash the window showed; when given, main refuses if the scene changed meanwhile. */
  expectedHash: Sha256Hex.optional(),
});
export type IssueVersionArgs = z.infer<typeof IssueVersionArgs>;

/** `signoff:record`: a signature of one version, by one person in one role (the versionHash is the one the signer was shown). */
export const RecordSignoffArgs = z.strictObject(
  Signoff.pick({ versionId: true, versionHash: true, role: true, performerId: true, crewId: true, typedName: true, signatureMethod: true, signature: true, statement: true }).shape,
);
export type RecordSignoffArgs = z.infer<typeof RecordSignoffArgs>;

/** `signoff:withdraw`: the signer takes back their latest signature of the scene. */
export const WithdrawSignoffArgs = z.strictObject({
  sceneId: SceneId,
  role: SignoffRole,
  performerId: PerformerId.nullable(),
  crewId: CrewId.nullable(),
  typedName: requiredLine('Typed name', LIMITS.name),
  note: text('Withdrawal note', LIMITS.description),
});
export type WithdrawSignoffArgs = z.infer<typeof WithdrawSignoffArgs>;
