import { z } from 'zod';
import { PerformerId, SceneId } from '../domain/ids';

// The sheet channels of the IPC contract (shared/ipc/contract.ts spreads them in).

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
export const PAPER_LABELS: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'US Letter' };

/** Whose copy: one performer's, the director/crew copy, or the coordinator's file copy. */
export const SheetCopyArg = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('performer'), performerId: PerformerId }),
  z.strictObject({ kind: z.literal('crew') }),
  z.strictObject({ kind: z.literal('coordinator') }),
]);

const SheetArgs = z.strictObject({
  sceneId: SceneId,
  copy: SheetCopyArg,
  paper: z.enum(PAPERS, { error: 'The paper is A4 or US Letter' }),
  /** Draw a 3D still per beat (slower: each is rendered). */
  stills: z.boolean().optional(),
});

/**
 * A PDF to save: an issued version's copy is signed with the coordinator's certificate unless
 * `unsigned` is asked for; `passphrase` unlocks a key protected by one (never stored).
 */
const SheetPdfArgs = SheetArgs.extend({
  passphrase: z.string({ error: 'The passphrase must be text' }).max(1024, { error: 'A passphrase is at most 1024 characters' }).optional(),
  unsigned: z.boolean().optional(),
});

export interface SheetPdfResult {
  /** "The Quiet Hours – Scene 42 – Maya Okafor – v3.pdf". */
  readonly fileName: string;
  readonly pdfBase64: string;
  readonly signed: boolean;
  /** Whose certificate signed it (null when unsigned). */
  readonly signedBy: string | null;
  /** The version the sheet is of, or null for the working draft. */
  readonly versionNumber: number | null;
}

function channel<A extends z.ZodType, R>(args: A) {
  return { args, result: undefined as unknown as R };
}

export const SHEET_CHANNELS = {
  /** One copy of a scene's sheet as a PDF, for the window to save (Electron's save dialog, a browser download). */
  'sheet:pdf': channel<typeof SheetPdfArgs, SheetPdfResult>(SheetPdfArgs),
  /** One copy printed through the system print dialog (desktop app only). */
  'sheet:print': channel<typeof SheetArgs, { readonly printed: boolean }>(SheetArgs),
} as const;
