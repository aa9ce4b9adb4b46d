import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApplyResult, DocumentInfo, Handlers, LoadResult } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { docRecordsFrom } from '../../../shared/records/query';
import { runRules } from '../../../shared/rules';
import { requireFullPath } from './filePaths';
import { RecentFiles } from './recentFiles';
import { ProductionDocument } from './productionDocument';
import { createSampleProduction } from './sample';
import { guardReviewCopy, reviewHandlers } from '../review/handlers';
import { issueVersion, recordSignoff, withdrawSignoff } from './versions';
import { packetHandlers } from '../export/packetHandlers';
import type { PacketServices } from '../export/packetPipeline';
import { sheetHandlers, type SheetHost } from '../export/sheetHandlers';
import type { OsKeychain } from '../signing/keyStore';
import { signingHandlers } from '../signing/handlers';
import { attachRiderPdf, riderPdfBytes, saveRiderPdfCopy } from './riderPdf';
import { openRiderPdf, VIEWER_COPIES_DIR } from './riderPdfViewer';

/** What differs between the Electron app and the browser host. */
export interface HostAdapters {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly platform: string;
  readonly userDataDir: string;
  readonly samplePath: string;
  readonly nativeBinding?: string | undefined;
  /**
   * Whether the page may name a file path itself (the browser host and tests, which have no dialogs).
   * False in Electron: paths come only from main's own dialogs (and the recent list). Defaults to
   * true only for the browser host.
   */
  readonly pagePathsAllowed?: boolean;
  /** Native file dialogs; absent in the browser host, where a path must be given. */
  readonly pickOpenPath?: (purpose?: 'production' | 'comments' | 'riderPdf') => Promise<string | null>;
  readonly pickSavePath?: (purpose: 'create' | 'copy' | 'review' | 'comments' | 'riderPdf', suggestedName: string) => Promise<string | null>;
  /** The rehearsal packet's PDF printer and 3D stills, made on first use; absent: no packet can be printed here. */
  readonly packet?: () => PacketServices;
  /** Main's save dialog for a PDF; absent in the browser host, where the PDF is downloaded. */
  readonly pickPdfPath?: (suggestedName: string) => Promise<string | null>;
  /** How choreography sheets are printed here (Electron's Chromium, or Playwright's in the browser host). */
  readonly sheets?: SheetHost;
  /** The OS keychain for the signing key (Electron's safeStorage); absent in the browser host and the CLI. */
  readonly keychain?: () => Promise<OsKeychain | null>;
  /** The system's PDF viewer (Electron's shell.openPath: '' or a reason); absent in the browser host, where the page shows the PDF. */
  readonly openInSystemViewer?: (path: string) => Promise<string>;
  /** Called when the open document or its title changes (window title, menu state). */
  readonly onDocumentChanged?: (info: DocumentInfo | null) => void;
}

/** The app's one open production and the operations on it, shared by IPC and the browser host. */
export class Session {
  private doc: ProductionDocument | null = null;
  readonly recent: RecentFiles;

  constructor(readonly adapters: HostAdapters) {
    this.recent = new RecentFiles(adapters.userDataDir);
  }

  get document(): ProductionDocument | null {
    return this.doc;
  }

  /** The open document, or a clear error when there is none. */
  requireDocument(): ProductionDocument {
    if (!this.doc) throw new AppError('no-document', 'No production is open. Create a new production or open one from the File menu.');
    return this.doc;
  }

  open(path: string): LoadResult {
    const next = ProductionDocument.open(requireFullPath(path), { nativeBinding: this.adapters.nativeBinding });
    return this.replace(next);
  }

  /** A new production at `path`; an existing production there is replaced only with `overwrite`. */
  create(path: string, overwrite = false): LoadResult {
    const next = ProductionDocument.create(path, {}, { nativeBinding: this.adapters.nativeBinding }, { overwrite, openPath: this.doc?.path });
    return this.replace(next);
  }

  /**
   * On start: the file asked for (created when missing, never written over), else the most recent
   * file that still exists, else the sample production copy in the user-data folder (a fresh one
   * beside it when that copy no longer opens, which is kept as it is).
   */
  openInitial(file?: string): LoadResult | null {
    if (file) return ProductionDocument.exists(file) ? this.open(file) : this.create(file);
    for (const r of this.recent.list()) {
      if (!r.exists) continue;
      try {
        return this.open(r.path);
      } catch {
        // A recent file that can no longer be opened is skipped here; opening it by hand shows why.
      }
    }
    mkdirSync(this.adapters.userDataDir, { recursive: true });
    let dest = join(this.adapters.userDataDir, 'Sample production.closedset');
    for (let n = 2; ProductionDocument.exists(dest); n++) {
      try {
        return this.open(dest);
      } catch {
        dest = join(this.adapters.userDataDir, `Sample production ${n}.closedset`);
      }
    }
    const sample = createSampleProduction(this.adapters.samplePath, dest, { nativeBinding: this.adapters.nativeBinding });
    return this.replace(sample);
  }

  load(): LoadResult | null {
    if (!this.doc) return null;
    return loadResult(this.doc.info(), this.doc);
  }

  /** Keeps the window title and recent list in step when a change (or its undo) renames the production. */
  afterChange<T extends ApplyResult | null>(result: T): T {
    if (this.doc && result?.changes.records.some((r) => r.kind === 'production')) {
      const info = this.doc.info();
      this.recent.add(this.doc.path, info.title);
      this.adapters.onDocumentChanged?.(info);
    }
    return result;
  }

  close(): void {
    this.doc?.close();
    this.doc = null;
    this.adapters.onDocumentChanged?.(null);
  }

  private replace(next: ProductionDocument): LoadResult {
    this.doc?.close();
    this.doc = next;
    const info = next.info();
    this.recent.add(next.path, info.title);
    this.adapters.onDocumentChanged?.(info);
    return loadResult(info, next);
  }
}

/** What the window loads: the whole document, its undo state, and what the rules find in every scene. */
function loadResult(info: DocumentInfo, doc: ProductionDocument): LoadResult {
  const snapshot = doc.snapshot();
  const records = docRecordsFrom(snapshot);
  // A review copy holds no consent records (only staging lines), so the rules would report limits as missing: none are run there.
  const findings = doc.review ? [] : runRules(records, Object.keys(records.scenes));
  return { info, snapshot, history: doc.engine.history(), findings };
}

/**
 * The contract's handlers, identical for Electron IPC and the browser host. `origin` is who asks:
 * the window (whose file paths are trusted only where the host allows it) or main itself (the OS
 * opening a file, the File menu), whose paths are its own.
 */
export function createHandlers(session: Session, origin: 'window' | 'main' = 'window'): Handlers {
  const { adapters } = session;
  const pagePathsAllowed = origin === 'main' || (adapters.pagePathsAllowed ?? adapters.host === 'browser');
  /**
   * The file to use: one the caller named where that is allowed (a file to open may always be one
   * from the recent list, which main keeps), else the one main's dialog returns.
   */
  const choosePath = async (
    given: string | undefined,
    pick: (() => Promise<string | null>) | undefined,
    recentAllowed = false,
  ): Promise<{ path: string; fromDialog: boolean }> => {
    if (given !== undefined) {
      const recent = recentAllowed && session.recent.list().some((r) => r.path === given);
      if (!pagePathsAllowed && !recent) {
        throw new AppError('invalid-argument', 'In the desktop app a file is chosen in Closed Set’s own file dialog; the window cannot name one.');
      }
      return { path: requireFullPath(given), fromDialog: false };
    }
    if (!pick) throw new AppError('invalid-argument', 'A file path is required here (there is no file dialog in the browser host).');
    const chosen = await pick();
    if (!chosen) throw new AppError('cancelled', 'Cancelled.');
    return { path: chosen, fromDialog: true };
  };
  const pickSave = (purpose: 'create' | 'copy' | 'riderPdf', suggested: string) => adapters.pickSavePath && (() => adapters.pickSavePath!(purpose, suggested));
  const handlers: Handlers = {
    ...packetHandlers(session, adapters.packet, adapters.pickPdfPath),
    'app:info': () => ({ name: 'Closed Set', version: adapters.version, host: adapters.host, platform: adapters.platform }),
    'document:load': () => session.load(),
    'document:create': async ({ path, overwrite }) => {
      const chosen = await choosePath(path, pickSave('create', 'New production.closedset'));
      // The save dialog has already asked before replacing a file.
      return session.create(chosen.path, chosen.fromDialog || !!overwrite);
    },
    'document:open': async ({ path }) => session.open((await choosePath(path, adapters.pickOpenPath && (() => adapters.pickOpenPath!('production')), true)).path),
    'document:saveCopyAs': async ({ path, overwrite }) => {
      const doc = session.requireDocument();
      const suggested = basename(doc.path).replace(/\.closedset$/, '') + ' copy.closedset';
      const chosen = await choosePath(path, pickSave('copy', suggested));
      doc.saveCopyAs(chosen.path, { overwrite: chosen.fromDialog || !!overwrite });
      return { path: chosen.path };
    },
    'document:close': () => {
      session.close();
      return null;
    },
    'recent:list': () => session.recent.list(),
    'command:apply': ({ command }) => session.afterChange(session.requireDocument().engine.applyValidated(command)),
    'history:undo': () => session.afterChange(session.requireDocument().engine.undo()),
    'history:redo': () => session.afterChange(session.requireDocument().engine.redo()),
    ...reviewHandlers(session, { choosePath, pickSave: adapters.pickSavePath, pickOpen: adapters.pickOpenPath }),
    'version:issue': (args) => issueVersion(session.requireDocument(), args),
    'signoff:record': (args) => recordSignoff(session.requireDocument(), args),
    'signoff:withdraw': (args) => withdrawSignoff(session.requireDocument(), args),
    ...sheetHandlers(session),
    ...signingHandlers(session),
    'rider:attachPdf': async ({ riderId, recordedBy, path }) => {
      const doc = session.requireDocument();
      const chosen = await choosePath(path, adapters.pickOpenPath && (() => adapters.pickOpenPath!('riderPdf')));
      return attachRiderPdf(doc, { riderId, recordedBy, path: chosen.path });
    },
    'rider:savePdfCopy': async ({ attachmentId, path, overwrite }) => {
      const doc = session.requireDocument();
      const { attachment } = riderPdfBytes(doc, attachmentId);
      const chosen = await choosePath(path, pickSave('riderPdf', attachment.fileName));
      saveRiderPdfCopy(doc, attachmentId, chosen.path, chosen.fromDialog || !!overwrite);
      return { path: chosen.path };
    },
    'rider:openPdf': ({ attachmentId }) =>
      openRiderPdf(session.requireDocument(), attachmentId, { copiesDir: join(adapters.userDataDir, VIEWER_COPIES_DIR), openInSystemViewer: adapters.openInSystemViewer }),
  };
  // A review copy refuses every change, whichever channel it comes by (electron/main/review/handlers.ts).
  return guardReviewCopy(session, handlers);
}
