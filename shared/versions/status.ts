import type { BoundaryEntry } from '../domain/consent';
import type { SceneVersion, Signoff, SignoffRole } from '../domain/versions';
import type { Reader } from '../records/privacy';
import type { DocRecords } from '../records/query';

/**
 * Where each signature of a scene stands (docs/domain.md, "Versions and sign-off"):
 * - `current`: it signs the latest version, and the scene has not changed since (the draft's hash is the version's);
 * - `outdated`: it signs an earlier version, or the scene changed after the version it signs — shown as
 *   outdated everywhere with what changed since; nothing ever carries a signature over to a new version;
 * - `withdrawn`: the signer withdrew it, or (a performer) withdrew consent for this scene after signing.
 */
export type SignoffState = 'current' | 'outdated' | 'withdrawn';

export interface SignerStatus {
  /** Who signs, stable across versions: `performer:<id>`, `crew:<id>` or `<role>:<typed name>`. */
  readonly key: string;
  readonly role: SignoffRole;
  readonly performerId: string | null;
  readonly crewId: string | null;
  readonly typedName: string;
  /** Their latest signature. */
  readonly signoff: Signoff;
  /** The version it signs (null when the file no longer holds it: a damaged file). */
  readonly version: SceneVersion | null;
  readonly state: SignoffState;
  /** One sentence: "Signed v2, the current version.", "Signed v1; v2 is current.", "Withdrawn on …". */
  readonly reason: string;
  /** When it was withdrawn, for `withdrawn`. */
  readonly withdrawnAt: string | null;
}

type VersionDoc = Pick<DocRecords, 'sceneVersions' | 'signoffs' | 'boundaries'>;

const byTime = (a: { signedAt: string; createdAt: string; id: string }, b: { signedAt: string; createdAt: string; id: string }) =>
  a.signedAt.localeCompare(b.signedAt) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** A scene's versions, v1 first. */
export function versionsOfScene(doc: Pick<DocRecords, 'sceneVersions'>, sceneId: string): SceneVersion[] {
  return Object.values(doc.sceneVersions)
    .filter((v) => v.sceneId === sceneId)
    .sort((a, b) => a.number - b.number);
}

/** The scene's latest version, or null before the first is issued. */
export function latestVersion(doc: Pick<DocRecords, 'sceneVersions'>, sceneId: string): SceneVersion | null {
  return versionsOfScene(doc, sceneId).pop() ?? null;
}

/** Every sign-off record (signatures and withdrawals) of a scene, oldest first. */
export function signoffsOfScene(doc: Pick<DocRecords, 'signoffs'>, sceneId: string): Signoff[] {
  return Object.values(doc.signoffs)
    .filter((s) => s.sceneId === sceneId)
    .sort(byTime);
}

/** The signer a sign-off belongs to (see SignerStatus.key). */
export function signerKey(s: Pick<Signoff, 'role' | 'performerId' | 'crewId' | 'typedName'>): string {
  if (s.performerId) return `performer:${s.performerId}`;
  if (s.crewId) return `crew:${s.crewId}`;
  return `${s.role}:${s.typedName.trim().toLowerCase()}`;
}

/** A consent withdrawal by the performer that reaches this scene (standing or this scene's), after `after`. */
function consentWithdrawalAfter(doc: Pick<DocRecords, 'boundaries'>, performerId: string, sceneId: string, after: string): BoundaryEntry | null {
  let first: BoundaryEntry | null = null;
  for (const e of Object.values(doc.boundaries)) {
    if (e.performerId !== performerId || e.occasion !== 'onSetWithdrawal' || (e.sceneId !== null && e.sceneId !== sceneId)) continue;
    if (e.recordedAt > after && (!first || e.recordedAt < first.recordedAt)) first = e;
  }
  return first;
}

/** "2 Dec 2026, 14:05 UTC": dates in sentences are UTC so main, renderer and sheet say the same. */
export function signoffTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/**
 * Each signer's latest signature of the scene and where it stands. `draftHash` is the scene's hash now
 * (shared/versions/content.ts `draftHash`); null when it cannot be computed (the scene was deleted), in
 * which case only the version is compared.
 */
export function signoffStatus(doc: VersionDoc, sceneId: string, draftHash: string | null): SignerStatus[] {
  const latest = latestVersion(doc, sceneId);
  const bySigner = new Map<string, Signoff[]>();
  for (const s of signoffsOfScene(doc, sceneId)) {
    const key = signerKey(s);
    const list = bySigner.get(key) ?? [];
    list.push(s);
    bySigner.set(key, list);
  }
  const out: SignerStatus[] = [];
  for (const [key, records] of bySigner) {
    const signed = records.filter((r) => r.action === 'signed').pop();
    if (!signed) continue;
    const version = doc.sceneVersions[signed.versionId] ?? null;
    const base = { key, role: signed.role, performerId: signed.performerId, crewId: signed.crewId, typedName: signed.typedName, signoff: signed, version };
    const v = `v${signed.versionNumber}`;
    const withdrawal = records.filter((r) => r.action === 'withdrawn' && byTime(r, signed) > 0).pop();
    const consent = signed.performerId ? consentWithdrawalAfter(doc, signed.performerId, sceneId, signed.signedAt) : null;
    if (withdrawal || consent) {
      const at = withdrawal ? withdrawal.signedAt : consent!.recordedAt;
      const how = withdrawal ? 'sign-off withdrawn' : 'consent withdrawn';
      out.push({ ...base, state: 'withdrawn', withdrawnAt: at, reason: `Signed ${v}; ${how} on ${signoffTime(at)}.` });
    } else if (!latest || signed.versionId !== latest.id) {
      out.push({ ...base, state: 'outdated', withdrawnAt: null, reason: latest ? `Signed ${v}; v${latest.number} is current.` : `Signed ${v}, which this file no longer holds.` });
    } else if (draftHash !== null && draftHash !== signed.versionHash) {
      out.push({ ...base, state: 'outdated', withdrawnAt: null, reason: `Signed ${v}; the scene has changed since ${v} was issued.` });
    } else {
      out.push({ ...base, state: 'current', withdrawnAt: null, reason: `Signed ${v}, the current version.` });
    }
  }
  // Performers first, in the order they signed; then the crew roles.
  const roleOrder = (s: SignerStatus) => (s.role === 'performer' ? 0 : 1);
  return out.sort((a, b) => roleOrder(a) - roleOrder(b) || byTime(a.signoff, b.signoff));
}

/**
 * Whose eyes a signature was given with: a performer read their own sheet (the shared choreography and
 * their own consent), the coordinator everything, the director and anyone else the staging. What changed
 * since someone signed is told through the same reader, so it never shows them another performer's consent.
 */
export function signerReader(signer: Pick<SignerStatus, 'role' | 'performerId'>): Reader {
  if (signer.role === 'performer' && signer.performerId) return { kind: 'performer', performerId: signer.performerId };
  if (signer.role === 'coordinator') return { kind: 'coordinator' };
  return signer.role === 'director' ? { kind: 'director' } : { kind: 'crew' };
}
