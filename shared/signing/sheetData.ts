import { z } from 'zod';

/**
 * What the verifier reads from a sheet's embedded `sheet.json`, as the sheet export writes it
 * (electron/main/export/pipeline.ts `sheetJson`): the version the sheet is of — its hash ties the paper
 * to one immutable scene version (shared/versions) — and a few header fields and the sign-off block
 * of the sheet model, to say what the sheet is and who signed it. Everything else is carried untouched.
 */
export const SheetDataHeader = z.looseObject({
  format: z.literal('closed-set-sheet'),
  formatVersion: z.number().int().positive(),
  sceneId: z.string().optional(),
  /** null: a working draft, not an issued version. */
  version: z.looseObject({ number: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  sheet: z
    .looseObject({
      header: z
        .looseObject({
          production: z.string().optional(),
          sceneNumber: z.string().optional(),
          sceneTitle: z.string().optional(),
          copyFor: z.string().optional(),
        })
        .optional(),
      signoff: z
        .looseObject({
          lines: z.array(z.looseObject({ role: z.string(), name: z.string(), status: z.string(), withdrawn: z.boolean() })).optional(),
        })
        .optional(),
    })
    .optional(),
});
export type SheetDataHeader = z.infer<typeof SheetDataHeader>;

/** The name of the embedded file a signed sheet carries. */
export const SHEET_DATA_FILE_NAME = 'sheet.json';
