import type { SigningCertificate } from '../../../shared/domain/signingCertificate';
import { newId } from '../../../shared/domain/ids';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import type { ProductionDocument } from '../services/productionDocument';
import { summarizeCertificate } from './identity';
import type { VerifyContext } from './verifySheetPdf';

/**
 * Records the coordinator's certificate (public part) in the open production, once per certificate:
 * from then on sheets signed with it verify as this production's. Append-only (the file's triggers
 * refuse changes), outside the undo history like the versions it vouches for. Returns the record and
 * whether it was new.
 */
export function recordSigningCertificate(doc: ProductionDocument, certificateDer: Uint8Array, now = new Date().toISOString()): { record: SigningCertificate; added: boolean } {
  const summary = summarizeCertificate(certificateDer);
  const existing = doc.engine.repo.listLive('signingCertificate').find((c) => c.fingerprint === summary.fingerprint);
  if (existing) return { record: existing, added: false };
  const record: SigningCertificate = {
    kind: 'signingCertificate',
    id: newId(),
    subjectName: summary.subjectName.slice(0, 200),
    fingerprint: summary.fingerprint,
    certificate: Buffer.from(certificateDer).toString('base64'),
    notBefore: summary.notBefore,
    notAfter: summary.notAfter,
    recordedAt: now,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  doc.engine.repo.put(record);
  return { record, added: true };
}

/** What a production says a verifier may trust: its recorded certificates and its scene versions. */
export function verifyContextFrom(snapshot: DocumentSnapshot): VerifyContext {
  return {
    certificates: snapshot.signingCertificates.map((c) => ({ fingerprint: c.fingerprint })),
    versions: snapshot.sceneVersions.map((v) => ({ sceneId: v.sceneId, number: v.number, hash: v.hash })),
  };
}
