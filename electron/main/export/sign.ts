/**
 * The signing step of the sheet pipeline. The signing helper's PAdES implementation
 * (`electron/main/signing/`) replaces this body; until it lands the sheet is written unsigned, and
 * the pipeline already calls it with what the signature will carry.
 */
export interface SignSheetOptions {
  /** The sheet's data, attached to the PDF as `sheet.json` so paper and data can be matched. */
  readonly sheetJson: string;
  readonly identity: unknown;
  readonly signerName: string;
  readonly reason: string;
}

export async function signSheetPdf(pdf: Uint8Array, _options: SignSheetOptions): Promise<Uint8Array> {
  return pdf;
}
