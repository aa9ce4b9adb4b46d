import { z } from 'zod';
import { SigningCertificateId } from './ids';
import { LIMITS } from './limits';
import { line, Timestamp } from './text';

/**
 * A coordinator's signing certificate as the production records it: the public part only (the key
 * stays in the user-data folder, encrypted). A verifier trusts a signed sheet only when its signer's
 * certificate is one of these, so the records are append-only, like consent: a certificate the
 * production once signed with stays recorded, and nothing rewrites it.
 */
export const SigningCertificate = z.object({
  kind: z.literal('signingCertificate'),
  id: SigningCertificateId,
  /** The certificate's common name, as shown. */
  subjectName: line('Certificate name', LIMITS.name),
  /** SHA-256 of the certificate's DER, 64 lowercase hex digits. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'A certificate fingerprint is 64 lowercase hex digits'),
  /** The certificate itself, DER in base64 (a few hundred bytes to a few kilobytes). */
  certificate: z.string().max(16_384, 'A certificate is at most 16 KB').regex(/^[A-Za-z0-9+/]+={0,2}$/, 'A certificate is stored as base64'),
  notBefore: Timestamp,
  notAfter: Timestamp,
  recordedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type SigningCertificate = z.infer<typeof SigningCertificate>;
