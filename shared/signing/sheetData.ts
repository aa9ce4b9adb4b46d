import { z } from 'zod';

/**
 * What the verifier reads from a sheet's embedded `sheet.json`, as the sheet export writes it
 * (electron/main/export/pipeline.ts `sheetJson`): the version the sheet is of — its hash ties the paper
 * to one immutable scene version (shared/versions) — what the sheet is (production, scene, whose copy),
 * and the sign-offs on that version. The sheet model itself (`sheet`) is carried along untouched.
 */
export const SheetDataHeader = z.looseObject({
  format: z.literal('closed-set-sheet'),
  formatVersion: z.number().int().positive(),
  production: z.looseObject({ name: z.string() }).optional(),
  scene: z.looseObject({ id: z.string().optional(), number: z.string().optional(), title: z.string().optional() }).optional(),
  /** null: a working draft, not an issued version. */
  version: z.looseObject({ number: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  /** Whose copy this is. */
  reader: z.looseObject({ kind: z.string().optional(), name: z.string().optional() }).optional(),
  /** The sign-offs on this version printed on the sheet. */
  signoffs: z.array(z.looseObject({ role: z.string(), typedName: z.string(), action: z.string(), signedAt: z.string() })).optional(),
});
export type SheetDataHeader = z.infer<typeof SheetDataHeader>;

/** The name of the embedded file a signed sheet carries. */
export const SHEET_DATA_FILE_NAME = 'sheet.json';
