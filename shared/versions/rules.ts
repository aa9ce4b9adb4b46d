import { CREW_ROLE_LABELS } from '../domain/people';
import { SIGNOFF_ROLE_LABELS, SIGNOFF_STATEMENTS, type SceneVersion, type Signoff } from '../domain/versions';
import type { DocRecords } from '../records/query';
import { sceneName } from '../rules/wording';
import type { RecordSignoffArgs, WithdrawSignoffArgs } from './requests';
import { latestVersion, signerKey, signoffStatus } from './status';

/**
 * The rules of issuing and signing, each a sentence saying why not (null: allowed). Main enforces them
 * inside the transaction that writes (electron/main/versions/); the window may ask first to explain.
 */

type Doc = Pick<DocRecords, 'scenes' | 'performers' | 'crew' | 'sceneVersions' | 'signoffs' | 'boundaries'>;

/** Why a version cannot be issued for this scene now, or null. */
export function issueRefusal(doc: Pick<DocRecords, 'scenes'>, sceneId: string): string | null {
  if (!doc.scenes[sceneId]) return 'That scene was deleted (or never existed): nothing can be issued for it.';
  return null;
}

/** Why this signature cannot be recorded, or null. */
export function signoffRefusal(doc: Doc, args: RecordSignoffArgs, draftHash: string | null): string | null {
  const version = doc.sceneVersions[args.versionId];
  if (!version) return 'That version does not exist in this production.';
  const scene = doc.scenes[version.sceneId];
  if (!scene) return 'That scene was deleted: its versions can no longer be signed.';
  const latest = latestVersion(doc, version.sceneId)!;
  if (latest.id !== version.id) return `v${version.number} of ${sceneName(scene)} can no longer be signed: v${latest.number} is current. Sign v${latest.number} instead.`;
  if (args.versionHash !== version.hash) return `The version shown for signing is not v${version.number} as issued. Close the dialog and open it again.`;
  if (draftHash !== null && draftHash !== version.hash) {
    return `${capital(sceneName(scene))} has changed since v${version.number} was issued, so v${version.number} no longer describes it. Issue a new version and sign that.`;
  }
  if (args.statement !== SIGNOFF_STATEMENTS[args.role]) return `The ${SIGNOFF_ROLE_LABELS[args.role].toLowerCase()}’s statement must be confirmed exactly as written.`;
  if (args.signatureMethod === 'drawn' && !args.signature) return 'The signature pad is empty: draw the signature, or choose to sign with the typed name only.';
  if (args.signatureMethod === 'typed' && args.signature) return 'A signature typed by name carries no drawing: clear the pad or choose the drawn signature.';
  if (args.role === 'performer') {
    if (!args.performerId) return 'A performer’s sign-off names the performer.';
    if (args.crewId) return 'A performer signs as themselves, not as a crew member.';
    const performer = doc.performers[args.performerId];
    if (!performer) return 'That performer no longer exists.';
    if (!scene.performerIds.includes(performer.id)) return `${performer.name} is not in the cast of ${sceneName(scene)}, so cannot sign it as a performer.`;
  } else {
    if (args.performerId) return `A ${SIGNOFF_ROLE_LABELS[args.role].toLowerCase()} signs as a crew member or by name, not as a performer.`;
    if (args.crewId) {
      const crew = doc.crew[args.crewId];
      if (!crew) return 'That crew member no longer exists.';
      if (crew.role !== args.role) return `${crew.name} is listed as ${CREW_ROLE_LABELS[crew.role]}, not ${SIGNOFF_ROLE_LABELS[args.role]}: choose their role.`;
    }
  }
  const key = signerKey(args);
  const standing = signoffStatus(doc, version.sceneId, draftHash).find((s) => s.key === key);
  if (standing && standing.state === 'current') return `${args.typedName} has already signed v${version.number}.`;
  return null;
}

/** Why this withdrawal cannot be recorded, or null; else the signature it withdraws. */
export function withdrawalTarget(doc: Doc, args: WithdrawSignoffArgs): { readonly refusal: string } | { readonly signoff: Signoff; readonly version: SceneVersion } {
  const key = signerKey(args);
  const standing = signoffStatus(doc, args.sceneId, null).find((s) => s.key === key);
  if (!standing) return { refusal: `${args.typedName} has not signed any version of this scene: there is nothing to withdraw.` };
  if (standing.state === 'withdrawn') return { refusal: `${args.typedName}’s sign-off of v${standing.signoff.versionNumber} is already withdrawn.` };
  if (!standing.version) return { refusal: 'The version that was signed is no longer in this file.' };
  return { signoff: standing.signoff, version: standing.version };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
