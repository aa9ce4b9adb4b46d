import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApplyResult, DocumentInfo, Handlers, LoadResult } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { RecentFiles } from './recentFiles';
import { ProductionDocument } from './productionDocument';
import { createSampleProduction } from './sample';

/** What differs between the Electron app and the browser host. */
export interface HostAdapters {
  readonly host: 'electron' | 'browser';
  readonly version: string;
  readonly platform: string;
  readonly userDataDir: string;
  readonly samplePath: string;
  readonly nativeBinding?: string | undefined;
  /** Native file dialogs; absent in the browser host, where a path must be given. */
  readonly pickOpenPath?: () => Promise<string | null>;
  readonly pickSavePath?: (purpose: 'create' | 'copy', suggestedName: string) => Promise<string | null>;
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
    const next = ProductionDocument.open(path, { nativeBinding: this.adapters.nativeBinding });
    return this.replace(next);
  }

  create(path: string): LoadResult {
    const next = ProductionDocument.create(path, {}, { nativeBinding: this.adapters.nativeBinding });
    return this.replace(next);
  }

  /**
   * On start: the file asked for (created when missing), else the most recent file that still
   * exists, else a fresh copy of the sample production in the user-data folder.
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
    const dest = join(this.adapters.userDataDir, 'Sample production.closedset');
    if (ProductionDocument.exists(dest)) {
      try {
        return this.open(dest);
      } catch {
        // fall through to a fresh copy
      }
    }
    const sample = createSampleProduction(this.adapters.samplePath, dest, { nativeBinding: this.adapters.nativeBinding });
    return this.replace(sample);
  }

  load(): LoadResult | null {
    if (!this.doc) return null;
    return { info: this.doc.info(), snapshot: this.doc.snapshot(), history: this.doc.engine.history() };
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
    return { info, snapshot: next.snapshot(), history: next.engine.history() };
  }
}

/** The contract's handlers, identical for Electron IPC and the browser host. */
export function createHandlers(session: Session): Handlers {
  const { adapters } = session;
  const pathOr = async (given: string | undefined, pick: (() => Promise<string | null>) | undefined): Promise<string> => {
    if (given) return given;
    if (!pick) throw new AppError('invalid-argument', 'A file path is required here (there is no file dialog in the browser host).');
    const chosen = await pick();
    if (!chosen) throw new AppError('cancelled', 'Cancelled.');
    return chosen;
  };
  return {
    'app:info': () => ({ name: 'Closed Set', version: adapters.version, host: adapters.host, platform: adapters.platform }),
    'document:load': () => session.load(),
    'document:create': async ({ path }) => session.create(await pathOr(path, adapters.pickSavePath && (() => adapters.pickSavePath!('create', 'New production.closedset')))),
    'document:open': async ({ path }) => session.open(await pathOr(path, adapters.pickOpenPath)),
    'document:saveCopyAs': async ({ path }) => {
      const doc = session.requireDocument();
      const suggested = basename(doc.path).replace(/\.closedset$/, '') + ' copy.closedset';
      const dest = await pathOr(path, adapters.pickSavePath && (() => adapters.pickSavePath!('copy', suggested)));
      doc.saveCopyAs(dest);
      return { path: dest };
    },
    'document:close': () => {
      session.close();
      return null;
    },
    'recent:list': () => session.recent.list(),
    'command:apply': ({ command }) => session.afterChange(session.requireDocument().engine.applyValidated(command)),
    'history:undo': () => session.afterChange(session.requireDocument().engine.undo()),
    'history:redo': () => session.afterChange(session.requireDocument().engine.redo()),
  };
}
