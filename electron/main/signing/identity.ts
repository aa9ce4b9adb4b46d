import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { X509Certificate, createPrivateKey, createPublicKey, randomBytes, webcrypto } from 'node:crypto';
import { AppError } from '../../../shared/ipc/errors';

/**
 * The coordinator's signing identity: a certificate and the private key that signs with it. Held in
 * memory only while a sheet is signed; at rest the key is encrypted (keyStore.ts).
 */
export interface SigningIdentity {
  /** The X.509 certificate, DER. */
  readonly certificateDer: Uint8Array;
  /** PKCS#8, DER — what the key store encrypts. */
  readonly privateKeyPkcs8: Uint8Array;
  /** The same key as a WebCrypto key, ready for pkijs. */
  readonly privateKey: webcrypto.CryptoKey;
}

/** What the app shows of a certificate and what the production file records of it. */
export interface CertificateSummary {
  readonly subjectName: string;
  /** SHA-256 of the certificate's DER, lowercase hex without separators. */
  readonly fingerprint: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly keyAlgorithm: 'ECDSA P-256' | 'ECDSA P-384' | 'RSA';
}

const subtle = webcrypto.subtle;
type SelfSignedParams = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0];

/** Self-signed certificates made here use P-256: small signatures, fast, and accepted by pdfsig (NSS). */
const EC_SIGNING = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;

/** A new key pair and a self-signed certificate naming the coordinator. */
export async function generateIdentity(commonName: string, now = new Date()): Promise<SigningIdentity> {
  const name = commonName.trim();
  if (name === '') throw new AppError('invalid-argument', 'A signing certificate needs the coordinator’s name.');
  if (name.length > 64) throw new AppError('invalid-argument', 'The name on a certificate can be at most 64 characters.');
  // Node's WebCrypto is the Crypto @peculiar/x509 expects; its typings come from the DOM lib, absent here.
  x509.cryptoProvider.set(webcrypto as never);
  const keys = (await subtle.generateKey(EC_SIGNING, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    // A positive serial: the top bit of the first byte cleared.
    serialNumber: (randomBytes(16)[0]! & 0x7f).toString(16).padStart(2, '0') + randomBytes(15).toString('hex'),
    name: [{ CN: [name] }],
    notBefore: now,
    notAfter: new Date(now.getTime() + TEN_YEARS_MS),
    signingAlgorithm: EC_SIGNING,
    keys: keys as unknown as SelfSignedParams['keys'],
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey as unknown as SelfSignedParams['keys']['publicKey']),
    ],
  });
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  return { certificateDer: new Uint8Array(cert.rawData), privateKeyPkcs8: pkcs8, privateKey: keys.privateKey };
}

/** Rebuilds an identity from its stored parts, refusing a key that does not belong to the certificate. */
export async function identityFromParts(certificateDer: Uint8Array, privateKeyPkcs8: Uint8Array): Promise<SigningIdentity> {
  const cert = parseCertificate(certificateDer);
  const keyObject = createPrivateKey({ key: Buffer.from(privateKeyPkcs8), format: 'der', type: 'pkcs8' });
  const fromKey = createPublicKey(keyObject).export({ type: 'spki', format: 'der' });
  const fromCert = cert.publicKey.export({ type: 'spki', format: 'der' });
  if (!fromKey.equals(fromCert)) {
    throw new AppError('invalid-argument', 'The private key does not belong to the certificate beside it.');
  }
  const algorithm = importAlgorithm(cert);
  const privateKey = await subtle.importKey('pkcs8', privateKeyPkcs8, algorithm, false, ['sign']);
  return { certificateDer, privateKeyPkcs8, privateKey };
}

export function summarizeCertificate(certificateDer: Uint8Array): CertificateSummary {
  const cert = parseCertificate(certificateDer);
  return {
    subjectName: commonNameOf(cert.subject),
    fingerprint: certificateFingerprint(certificateDer),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    keyAlgorithm: keyAlgorithmLabel(cert),
  };
}

export function certificateFingerprint(certificateDer: Uint8Array): string {
  return new X509Certificate(Buffer.from(certificateDer)).fingerprint256.replaceAll(':', '').toLowerCase();
}

function parseCertificate(der: Uint8Array): X509Certificate {
  try {
    return new X509Certificate(Buffer.from(der));
  } catch {
    throw new AppError('invalid-argument', 'This is not a readable X.509 certificate.');
  }
}

/** The CN of a subject as Node prints it ("CN=Alex Doe\nO=…"); the whole subject when there is none. */
function commonNameOf(subject: string): string {
  const line = subject.split('\n').find((l) => l.startsWith('CN='));
  return line ? line.slice(3) : subject.replaceAll('\n', ', ');
}

function keyAlgorithmLabel(cert: X509Certificate): CertificateSummary['keyAlgorithm'] {
  const type = cert.publicKey.asymmetricKeyType;
  if (type === 'rsa') return 'RSA';
  if (type === 'ec') {
    const curve = cert.publicKey.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return 'ECDSA P-256';
    if (curve === 'secp384r1') return 'ECDSA P-384';
  }
  throw new AppError('invalid-argument', 'This certificate’s key type cannot sign sheets: use an RSA or ECDSA P-256/P-384 key.');
}

function importAlgorithm(cert: X509Certificate): webcrypto.RsaHashedImportParams | webcrypto.EcKeyImportParams {
  switch (keyAlgorithmLabel(cert)) {
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    case 'ECDSA P-256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'ECDSA P-384':
      return { name: 'ECDSA', namedCurve: 'P-384' };
  }
}
