import { z } from 'zod';
import { Command } from '../commands';
import type { ChangeSet, DocumentSnapshot } from '../domain/records';
import { RiderAttachmentId, RiderId } from '../domain/ids';
import { LIMITS } from '../domain/limits';
import { line } from '../domain/text';
import type { ReviewInfo } from '../review/marker';
import { REVIEW_CHANNELS } from '../review/channels';
import { SHEET_CHANNELS } from '../sheet/channels';
import type { Finding } from '../rules/types';
import { IssueVersionArgs, RecordSignoffArgs, WithdrawSignoffArgs } from '../versions/requests';
import { PacketChoicesSchema } from '../packet/schema';
import type { SheetVerdict } from '../signing/verdict';
import { base64Of, CertificateName, ChangeKeyProtection, MAX_P12_BYTES, MAX_VERIFY_PDF_BYTES, Passphrase, type SigningStatus } from '../signing/status';
import { CHANNEL_NAMES, EVENT_NAMES, type Channel, type EventName } from './channels';

export { CHANNEL_NAMES, EVENT_NAMES, type Channel, type EventName };

export const FilePath = z
  .string({ error: 'A file path must be text' })
  .min(1, { error: 'A file path is required' })
  .max(LIMITS.path, { error: `A file path is at most ${LIMITS.path} characters` });

/** The open production file as the window title and status line show it. */
export interface DocumentInfo {
  readonly path: string;
  readonly fileName: string;
  readonly title: string;
  /** Set when this is the copy of the sample production opened on first start. */
  readonly isSample: boolean;
  /** Set when the file is a director's review copy: it opens read-only (shared/review/marker.ts). */
  readonly review: ReviewInfo | null;
}

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

export interface ApplyResult {
  readonly changes: ChangeSet;
  /**
   * Every finding of the rules (shared/rules) in the scenes the command, undo or redo touched, as
   * they are after it — not only new ones. Never a `block` for a command (that is refused with the
   * code `refused` instead); possibly one after an undo or redo, which are never refused.
   */
  readonly findings: readonly Finding[];
  /** The scenes the rules checked for this change: their findings are exactly `findings` now. */
  readonly checkedScenes: readonly string[];
  readonly history: HistoryState;
  /** When the change was durably written (ISO time). */
  readonly savedAt: string;
}

/** What issuing a version or recording a sign-off added (never part of the undo history). */
export interface VersionWriteResult {
  readonly changes: ChangeSet;
  /** When the change was durably written (ISO time). */
  readonly savedAt: string;
}

export interface LoadResult {
  readonly info: DocumentInfo;
  readonly snapshot: DocumentSnapshot;
  readonly history: HistoryState;
  /** The rules' findings in every scene of the file as opened. */
  readonly findings: readonly Finding[];
}

export interface RecentFile {
  readonly path: string;
  readonly title: string;
  readonly openedAt: string;
  readonly exists: boolean;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** 'electron' in the desktop app, 'browser' in the browser host. */
  readonly host: 'electron' | 'browser';
  readonly platform: string;
}

const NoArgs = z.object({}).strict();
const OptionalPath = z.object({ path: FilePath.optional() }).strict();
/**
 * Where to write a production: `path` (where the host lets the window name one) or main's save
 * dialog. `overwrite` allows replacing an existing production at `path`; never a file that is not a
 * production, nor the open one. A path from the dialog may replace a production (the dialog asked).
 */
const WritePath = z.object({ path: FilePath.optional(), overwrite: z.boolean().optional() }).strict();
const AttachRiderPdf = z.strictObject({ riderId: RiderId, recordedBy: line('Recorded by', LIMITS.name), path: FilePath.optional() });
const SaveRiderPdf = z.strictObject({ attachmentId: RiderAttachmentId, path: FilePath.optional(), overwrite: z.boolean().optional() });
/** Only the attachment's id: where a copy to open is written is main's choice, never the window's. */
const OpenRiderPdf = z.strictObject({ attachmentId: RiderAttachmentId });
/** An opened rider PDF: shown by the system viewer (desktop app), or its bytes for the page to show (browser host). */
export type RiderPdfOpened =
  | { readonly fileName: string; readonly shownBy: 'system-viewer'; readonly pdfBase64: null }
  | { readonly fileName: string; readonly shownBy: 'page'; readonly pdfBase64: string };

/** The rehearsal packet's choices, and for an export where to write it (see `packet:export`). */
const PacketPreviewArgs = z.object({ choices: PacketChoicesSchema }).strict();
const PacketExportArgs = z.object({ choices: PacketChoicesSchema, path: FilePath.optional() }).strict();

export interface PacketPreview {
  /** The packet's pages up to its first beat page, as the self-contained HTML that prints (shown in a sandboxed frame). */
  readonly html: string;
  readonly fileName: string;
  /** Pages the whole packet prints (see `packetPageCount`). */
  readonly pages: number;
}

export interface PacketExport {
  readonly fileName: string;
  /** Where it was written (a path given, or main's save dialog), or null when the PDF comes back to download. */
  readonly path: string | null;
  /** The PDF, base64, when no path was written (the browser host downloads it). */
  readonly pdfBase64: string | null;
  readonly pages: number;
}
/** The coordinator's signing certificate: a new one, or one imported from a .p12 (its passphrase, then the one that protects it here). */
const CreateCertificate = z.object({ name: CertificateName, passphrase: Passphrase.optional() }).strict();
const ImportP12 = z
  .object({ p12: base64Of(MAX_P12_BYTES, 'The .p12 file'), p12Passphrase: z.string().max(1024), passphrase: Passphrase.optional() })
  .strict();
/** A sheet to verify, as its bytes (dropped on the window or chosen in a file field). */
const VerifySheet = z.object({ pdf: base64Of(MAX_VERIFY_PDF_BYTES, 'The PDF'), fileName: z.string().max(260).optional() }).strict();

/** Channels that carry file bytes may be larger than LIMITS.requestBytes (checked by dispatch and the browser host). */
export const REQUEST_BYTE_LIMITS: Partial<Record<Channel, number>> = {
  'sheet:verify': Math.ceil(MAX_VERIFY_PDF_BYTES / 3) * 4 + 4096,
};

function channel<A extends z.ZodType, R>(args: A) {
  return { args, result: undefined as unknown as R };
}

/**
 * The one typed IPC contract (`domain:verb` → argument schema + result type). Main implements it
 * with `satisfies Handlers`, the preload exposes exactly these channels, and the browser host answers
 * the same channels over HTTP.
 */
export const contract = {
  'app:info': channel<typeof NoArgs, AppInfo>(NoArgs),
  'document:load': channel<typeof NoArgs, LoadResult | null>(NoArgs),
  /** Create a new production file (main asks for the path with a save dialog when none is given). */
  'document:create': channel<typeof WritePath, LoadResult>(WritePath),
  'document:open': channel<typeof OptionalPath, LoadResult>(OptionalPath),
  'document:saveCopyAs': channel<typeof WritePath, { readonly path: string }>(WritePath),
  'document:close': channel<typeof NoArgs, null>(NoArgs),
  'recent:list': channel<typeof NoArgs, readonly RecentFile[]>(NoArgs),
  'command:apply': channel<z.ZodObject<{ command: typeof Command }>, ApplyResult>(z.object({ command: Command }).strict()),
  'history:undo': channel<typeof NoArgs, ApplyResult | null>(NoArgs),
  'history:redo': channel<typeof NoArgs, ApplyResult | null>(NoArgs),
  ...REVIEW_CHANNELS,
  /** Versions and sign-offs: added outside the undo history, one transaction each (electron/main/services/versions.ts). */
  'version:issue': channel<typeof IssueVersionArgs, VersionWriteResult>(IssueVersionArgs),
  'signoff:record': channel<typeof RecordSignoffArgs, VersionWriteResult>(RecordSignoffArgs),
  'signoff:withdraw': channel<typeof WithdrawSignoffArgs, VersionWriteResult>(WithdrawSignoffArgs),
  /** The rehearsal packet's first pages for the export dialog's preview. */
  'packet:preview': channel<typeof PacketPreviewArgs, PacketPreview>(PacketPreviewArgs),
  /** The rehearsal packet as a PDF: written to `path` or main's save dialog's choice, else returned to download. */
  'packet:export': channel<typeof PacketExportArgs, PacketExport>(PacketExportArgs),
  ...SHEET_CHANNELS,
  'signing:status': channel<typeof NoArgs, SigningStatus>(NoArgs),
  'signing:create': channel<typeof CreateCertificate, SigningStatus>(CreateCertificate),
  'signing:importP12': channel<typeof ImportP12, SigningStatus>(ImportP12),
  /** Re-encrypt the stored key under the system keychain or a new passphrase (the certificate stays the same). */
  'signing:changeProtection': channel<typeof ChangeKeyProtection, SigningStatus>(ChangeKeyProtection),
  /** Record the stored certificate in the open production as its coordinator's. */
  'signing:record': channel<typeof NoArgs, SigningStatus>(NoArgs),
  'sheet:verify': channel<typeof VerifySheet, SheetVerdict>(VerifySheet),
  /** Attach the signed rider as a PDF to a rider version (main asks for the file with an open dialog when no path is given). */
  'rider:attachPdf': channel<typeof AttachRiderPdf, ChangeSet>(AttachRiderPdf),
  /** Save a copy of an attached rider PDF (main asks where with a save dialog when no path is given). */
  'rider:savePdfCopy': channel<typeof SaveRiderPdf, { readonly path: string }>(SaveRiderPdf),
  /** Open an attached rider PDF, its hash checked first (the system viewer in the desktop app; the bytes in the browser host). */
  'rider:openPdf': channel<typeof OpenRiderPdf, RiderPdfOpened>(OpenRiderPdf),
} as const satisfies Record<Channel, { args: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
// Every name in CHANNEL_NAMES has a schema (checked by `satisfies` above) and no schema lacks a name:
const noExtraChannels: Exclude<keyof Contract, Channel> extends never ? true : never = true;
void noExtraChannels;
export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = Contract[C]['result'];

/** What main implements: one async handler per channel, taking the validated argument. */
export type Handlers = { [C in Channel]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C> };

/** Events main sends to the window (menu choices, a document opened from the File menu). */
export const MENU_ACTIONS = ['undo', 'redo', 'newProduction', 'openProduction', 'saveCopyAs', 'closeProduction', 'about', 'shortcuts', 'exportReviewCopy', 'exportReviewProduction', 'exportComments', 'importComments', 'verifySheet', 'signingCertificate'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];
export interface EventPayloads {
  'menu:action': { readonly action: MenuAction };
  'document:opened': LoadResult | null;
}
const eventsHavePayloads: Exclude<EventName, keyof EventPayloads> | Exclude<keyof EventPayloads, EventName> extends never ? true : never = true;
void eventsHavePayloads;
export const EVENTS: readonly EventName[] = EVENT_NAMES;

/** What the preload puts on `window.closedSet`. */
export interface ClosedSetBridge {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<import('./errors').Envelope<ResultOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
