import { z } from 'zod';

/**
 * What the verifier reads from a sheet's embedded `sheet.json` (the sheet model as canonical JSON,
 * written by the sheet export). Only these fields are relied on; the rest of the sheet is carried along
 * untouched. `version.hash` is the scene version's SHA-256 (shared/versions), which ties the paper to
 * one immutable version of the plan in the production file.
 */
export const SheetDataHeader = z.looseObject({
  production: z.looseObject({ name: z.string() }).optional(),
  scene: z.looseObject({ number: z.union([z.string(), z.number()]).optional(), title: z.string().optional() }).optional(),
  version: z.looseObject({
    id: z.string().optional(),
    number: z.number().int().positive().optional(),
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'The version hash is 64 lowercase hex digits'),
  }),
  /** Whose copy this is: a performer's name, or the director/crew copy. */
  reader: z.looseObject({ name: z.string().optional(), kind: z.string().optional() }).optional(),
  /** The sign-off block as printed on the sheet. */
  signoffs: z
    .array(
      z.looseObject({
        role: z.string(),
        typedName: z.string(),
        action: z.string().optional(),
        signedAt: z.string().optional(),
      }),
    )
    .optional(),
});
export type SheetDataHeader = z.infer<typeof SheetDataHeader>;

/** The name of the embedded file a signed sheet carries. */
export const SHEET_DATA_FILE_NAME = 'sheet.json';
