import forge from 'node-forge';
import { AppError } from '../../../shared/ipc/errors';
import { type SigningIdentity, identityFromParts } from './identity';

/** The largest .p12 accepted: real ones are a few kilobytes. */
export const MAX_P12_BYTES = 256 * 1024;

/**
 * Reads a PKCS#12 file (.p12/.pfx) with its passphrase: the first private key and the certificate that
 * matches it. node-forge is used only here, to read the user's file; signing itself uses pkijs.
 */
export async function importP12(bytes: Uint8Array, passphrase: string): Promise<SigningIdentity> {
  if (bytes.length > MAX_P12_BYTES) throw new AppError('too-large', 'This file is too large to be a .p12 certificate file.');
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')));
  } catch {
    throw new AppError('invalid-argument', 'This file is not a .p12 (PKCS#12) certificate file.');
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/MAC could not be verified|Invalid password|decrypt/i.test(message)) {
      throw new AppError('wrong-passphrase', 'Wrong passphrase for this .p12 file.');
    }
    throw new AppError('invalid-argument', 'This file is not a .p12 (PKCS#12) certificate file, or it uses a format Closed Set cannot read.');
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  // forge decodes RSA keys and certificates; others (ECDSA) it leaves as ASN.1, which is enough here.
  const keyBag = keyBags.find((b) => b.key || b.asn1);
  if (!keyBag) throw new AppError('invalid-argument', 'This .p12 file holds no private key: export it again with the key included.');
  const pkcs8 = forge.asn1.toDer(keyBag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key)) : keyBag.asn1!).getBytes();
  const keyId = keyBag.attributes?.localKeyId?.[0];
  const candidates = certBags.filter((b) => b.cert || b.asn1);
  const ordered = keyId ? [...candidates.filter((b) => b.attributes?.localKeyId?.[0] === keyId), ...candidates] : candidates;
  for (const bag of ordered) {
    const der = forge.asn1.toDer(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1!).getBytes();
    try {
      return await identityFromParts(new Uint8Array(Buffer.from(der, 'binary')), new Uint8Array(Buffer.from(pkcs8, 'binary')));
    } catch {
      // not this key's certificate (a CA certificate in the same file): try the next
    }
  }
  throw new AppError('invalid-argument', 'This .p12 file holds no certificate for its private key.');
}
