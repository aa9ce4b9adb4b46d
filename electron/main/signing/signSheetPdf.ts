import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, SignPdfError } from '@signpdf/utils';
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { AppError } from '../../../shared/ipc/errors';
import { SHEET_DATA_FILE_NAME } from '../../../shared/signing/sheetData';
import { PadesSigner } from './cms';
import { type SigningIdentity, summarizeCertificate } from './identity';
import { drawSignatureStamp } from './stamp';

/** Hex characters reserved for the CMS: 8 KB of signature, room for a certificate chain of two or three. */
export const SIGNATURE_HEX_LENGTH = 16384;

export interface SignSheetOptions {
  /** The sheet model as canonical JSON, attached as `sheet.json` so paper and data can be matched. */
  readonly sheetJson: string;
  readonly identity: SigningIdentity;
  /** The coordinator's name as it should read in the stamp and the signature dictionary. */
  readonly signerName: string;
  readonly reason: string;
  readonly location?: string;
  /** The signing time written in /M (PAdES keeps it out of the CMS). Defaults to now. */
  readonly signingTime?: Date;
  /** Only for tests of the too-small-placeholder failure. */
  readonly signatureHexLength?: number;
}

/**
 * Attaches `sheet.json`, stamps the last page and signs the whole PDF (PAdES baseline B: a detached
 * CAdES signature by the coordinator's certificate). Returns the signed bytes; the input is untouched.
 */
export async function signSheetPdf(pdf: Uint8Array, options: SignSheetOptions): Promise<Uint8Array> {
  const signingTime = options.signingTime ?? new Date();
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { updateMetadata: false });
  } catch {
    throw new AppError('invalid-argument', 'The sheet could not be signed: the PDF to sign is not readable.');
  }
  if (doc.getPageCount() === 0) throw new AppError('invalid-argument', 'The sheet could not be signed: the PDF has no pages.');

  await doc.attach(new TextEncoder().encode(options.sheetJson), SHEET_DATA_FILE_NAME, {
    mimeType: 'application/json',
    description: 'This sheet as data, for checking it against the production file',
    creationDate: signingTime,
    modificationDate: signingTime,
    afRelationship: AFRelationship.Data,
  });

  const lastPage = doc.getPage(doc.getPageCount() - 1);
  const certificate = summarizeCertificate(options.identity.certificateDer);
  const widgetRect = await drawSignatureStamp(doc, lastPage, { signerName: options.signerName, signingTime, fingerprint: certificate.fingerprint });

  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: lastPage,
    reason: pdfTextString(options.reason),
    contactInfo: '',
    name: pdfTextString(options.signerName),
    location: pdfTextString(options.location ?? ''),
    signingTime,
    signatureLength: options.signatureHexLength ?? SIGNATURE_HEX_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect,
    appName: 'Closed Set',
  });
  const prepared = await doc.save();

  try {
    return new Uint8Array(await new SignPdf().sign(Buffer.from(prepared), new PadesSigner(options.identity), signingTime));
  } catch (error) {
    if (error instanceof SignPdfError && /exceeds placeholder length/.test(error.message)) {
      throw new AppError(
        'internal',
        'The sheet could not be signed: the signature is larger than the space reserved for it in the PDF. Nothing was written.',
      );
    }
    throw error;
  }
}

/**
 * A PDF text string for the signature dictionary. The placeholder library writes what it is given as a
 * literal string byte for byte (the low byte of each character) and escapes nothing, so "Łukasiewicz"
 * became "Aukasiewicz" in the signature's /Name and an unbalanced ")" would have broken the PDF. Plain
 * ASCII stays readable; anything else is UTF-16BE with its byte-order mark (PDF 32000-1, 7.9.2.2). Either
 * way the bytes "(", ")" and "\\" are escaped.
 */
export function pdfTextString(text: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(text);
  const bytes: number[] = ascii ? [...text].map((c) => c.charCodeAt(0)) : [0xfe, 0xff];
  if (!ascii) for (let i = 0; i < text.length; i++) bytes.push(text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff);
  return bytes.map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : String.fromCharCode(b))).join('');
}
