import * as asn1js from 'asn1js';
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream } from 'pdf-lib';
import * as pkijs from 'pkijs';
import { SHEET_DATA_FILE_NAME, SheetDataHeader } from '../../../shared/signing/sheetData';
import type { SheetVerdict, SheetVerdictStatus } from '../../../shared/signing/verdict';
import { OID, cryptoEngine } from './cms';

/** What the production file says a verifier may trust: its coordinator's certificates and its versions. */
export interface VerifyContext {
  /** The production's recorded coordinator certificates (SHA-256 fingerprints, lowercase hex). */
  readonly certificates?: readonly { readonly fingerprint: string }[];
  /** The production's scene versions. */
  readonly versions?: readonly { readonly sceneId: string; readonly number: number; readonly hash: string }[];
}

const latin1 = new TextDecoder('latin1');

/**
 * Checks a signed sheet in TypeScript, trusting nothing but the bytes and the production file: the
 * signature covers the whole file except its own hex string, the CMS verifies over exactly those bytes,
 * the signer is this production's coordinator, and the embedded sheet.json names a version of this file.
 */
export async function verifySheetPdf(bytes: Uint8Array, context: VerifyContext = {}): Promise<SheetVerdict> {
  const empty = { certificate: null, signedAt: null, sheet: null, version: null } as const;
  const verdict = (status: SheetVerdictStatus, reason: string, rest: Partial<SheetVerdict> = {}): SheetVerdict => ({ ...empty, status, reason, ...rest });

  if (latin1.decode(bytes.subarray(0, 1024)).indexOf('%PDF-') === -1) {
    return verdict('unreadable', 'The file is not a PDF.');
  }
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = latin1.decode(bytes);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[([^\]]*)\]/g)];
  if (ranges.length === 0) return verdict('not-signed', 'It holds no digital signature.');
  if (ranges.length > 1) {
    return verdict('altered', 'It holds more than one signature: something was signed into it after the coordinator signed.');
  }
  const numbers = ranges[0]![1]!.trim().split(/\s+/).map(Number);
  const [start, firstLength, secondStart, secondLength] = numbers;
  if (numbers.length !== 4 || numbers.some((n) => !Number.isSafeInteger(n) || n < 0) || start !== 0) {
    return verdict('altered', 'Its signature’s byte range is damaged.');
  }
  if (secondStart! + secondLength! !== bytes.length) {
    return verdict('altered', 'Content was added to the file after it was signed (the signature does not cover the whole document).');
  }
  const gap = text.slice(firstLength!, secondStart!);
  if (!/^<[0-9a-fA-F]*>$/.test(gap) || gap.length < 4) {
    return verdict('altered', 'The signature does not cover everything but its own value: bytes outside it were changed.');
  }

  const signedBytes = new Uint8Array(firstLength! + secondLength!);
  signedBytes.set(bytes.subarray(0, firstLength!), 0);
  signedBytes.set(bytes.subarray(secondStart!, secondStart! + secondLength!), firstLength!);
  const signedAt = signatureTime(text, ranges[0]!.index!);

  const cms = readCms(gap.slice(1, -1));
  if (!cms) return verdict('altered', 'The signature value is damaged.', { signedAt });
  const { signedData, signer } = cms;
  if (!signer) return verdict('altered', 'The signature does not carry the certificate that made it.', { signedAt });
  const certificate = { subjectName: commonName(signer), fingerprint: fingerprintOf(signer) };

  let intact = false;
  try {
    const result = await signedData.verify({ signer: 0, data: signedBytes.buffer as ArrayBuffer, extendedMode: true, checkChain: false }, cryptoEngine);
    intact = result.signatureVerified === true;
  } catch {
    intact = false;
  }
  if (!intact) {
    return verdict('altered', 'The file’s content no longer matches its signature: it was changed after it was signed.', { certificate, signedAt });
  }
  if (!bindsCertificate(signedData, signer)) {
    return verdict('altered', 'The signature does not name the certificate it carries (no matching signingCertificateV2).', { certificate, signedAt });
  }

  const sheet = await readSheetData(bytes);
  if (!sheet) {
    return verdict('unreadable', 'The signature is intact, but the PDF carries no readable sheet.json: it is not a sheet made by Closed Set.', { certificate, signedAt });
  }
  const header = sheet.sheet?.header;
  const sheetSummary: SheetVerdict['sheet'] = {
    productionName: header?.production ?? null,
    sceneLabel: header?.sceneNumber ? `Scene ${header.sceneNumber}${header.sceneTitle ? ` “${header.sceneTitle}”` : ''}` : (header?.sceneTitle ?? null),
    copyFor: header?.copyFor ?? null,
    versionNumber: sheet.version?.number ?? null,
    versionHash: sheet.version?.hash ?? null,
    signoffs: (sheet.sheet?.signoff?.lines ?? []).map((l) => ({ role: l.role, name: l.name, status: l.status, withdrawn: l.withdrawn })),
  };
  const found = { certificate, signedAt, sheet: sheetSummary };

  if (!context.certificates && !context.versions) {
    return verdict('unchecked', 'Open or name the production file to check who signed and which version this is.', found);
  }
  const trusted = (context.certificates ?? []).some((c) => c.fingerprint.toLowerCase() === certificate.fingerprint);
  if (!trusted) {
    return verdict('foreign-signer', `It was signed by “${certificate.subjectName}”, whose certificate this production does not record as its coordinator’s.`, found);
  }
  if (!sheet.version) {
    return verdict('unknown-version', 'It is a sheet of the working draft, not of an issued version: there is no version to check it against.', found);
  }
  const hash = sheet.version.hash;
  // Re-issuing an unchanged scene gives a version with the same hash: prefer the number the sheet names.
  const matches = (context.versions ?? []).filter((v) => v.hash === hash);
  const version = matches.find((v) => v.number === sheet.version!.number) ?? matches.sort((a, b) => b.number - a.number)[0];
  if (!version) {
    return verdict('unknown-version', 'Its version is not among this production’s scene versions: it may come from another copy of the production file.', found);
  }
  const latest = (context.versions ?? []).filter((v) => v.sceneId === version.sceneId).sort((a, b) => b.number - a.number)[0]!;
  // Current when the scene's latest version is this one, or holds exactly the same content.
  return verdict('valid', '', { ...found, version: { number: version.number, current: latest.hash === version.hash, currentNumber: latest.number } });
}

/** The CMS inside the hex string (which is zero-padded after the DER), or null when it is not one. */
function readCms(hex: string): { signedData: pkijs.SignedData; signer: pkijs.Certificate | null } | null {
  try {
    const raw = Buffer.from(hex, 'hex');
    const parsed = asn1js.fromBER(new Uint8Array(raw).buffer);
    if (parsed.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.signedData) return null;
    const signedData = new pkijs.SignedData({ schema: info.content });
    const signerInfo = signedData.signerInfos[0];
    if (signedData.signerInfos.length !== 1 || !signerInfo) return null;
    const sid = signerInfo.sid;
    const signer =
      (signedData.certificates ?? []).find(
        (c): c is pkijs.Certificate =>
          c instanceof pkijs.Certificate && sid instanceof pkijs.IssuerAndSerialNumber && c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber),
      ) ?? null;
    return { signedData, signer };
  } catch {
    return null;
  }
}

/** PAdES: the signed attributes must hold a signingCertificateV2 whose hash is the signer's certificate. */
function bindsCertificate(signedData: pkijs.SignedData, signer: pkijs.Certificate): boolean {
  const attribute = signedData.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === OID.signingCertificateV2);
  const value = attribute?.values[0];
  if (!(value instanceof asn1js.Sequence)) return false;
  const certs = value.valueBlock.value[0];
  if (!(certs instanceof asn1js.Sequence)) return false;
  const fingerprint = fingerprintOf(signer);
  return certs.valueBlock.value.some((id) => {
    if (!(id instanceof asn1js.Sequence)) return false;
    // With the default hash (SHA-256) the first element is the certHash itself.
    const hash = id.valueBlock.value[0];
    return hash instanceof asn1js.OctetString && Buffer.from(hash.valueBlock.valueHexView).toString('hex') === fingerprint;
  });
}

function fingerprintOf(cert: pkijs.Certificate): string {
  return createHash('sha256').update(new Uint8Array(cert.toSchema(true).toBER(false))).digest('hex');
}

function commonName(cert: pkijs.Certificate): string {
  const cn = cert.subject.typesAndValues.find((t) => t.type === '2.5.4.3');
  return cn ? String(cn.value.valueBlock.value) : 'an unnamed certificate';
}

/** /M of the signature dictionary holding the byte range ("D:YYYYMMDDHHmmSS…"), as ISO 8601. */
function signatureTime(text: string, byteRangeAt: number): string | null {
  const dictStart = text.lastIndexOf('<<', byteRangeAt);
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(text.slice(dictStart, byteRangeAt + 40_000));
  if (!m) return null;
  const zone = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replaceAll("'", '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The embedded sheet.json, parsed, or null when there is none or it is not a sheet's data. */
async function readSheetData(bytes: Uint8Array): Promise<SheetDataHeader | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: false });
    const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
    const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
    if (!tree) return null;
    for (const [name, spec] of embeddedFiles(tree)) {
      if (name !== SHEET_DATA_FILE_NAME) continue;
      const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
      const stream = ef?.lookup(PDFName.of('F'));
      if (!(stream instanceof PDFRawStream)) return null;
      const json = new TextDecoder('utf-8', { fatal: true }).decode(decodePDFRawStream(stream).decode());
      const parsed = SheetDataHeader.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : null;
    }
    return null;
  } catch {
    return null;
  }
}

/** Walks a name tree's /Names and /Kids: (file name, file specification) pairs. */
function* embeddedFiles(node: PDFDict, depth = 0): Generator<[string, PDFDict]> {
  if (depth > 16) return;
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i);
      const spec = names.lookup(i + 1);
      if ((key instanceof PDFString || key instanceof PDFHexString) && spec instanceof PDFDict) yield [key.decodeText(), spec];
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) yield* embeddedFiles(kid, depth + 1);
  }
}
