import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { checkFolder, describeWriteError, requireFullPath } from '../services/filePaths';
import type { Session } from '../services/session';
import { packetPageCount, packetVersionState, type PacketChoices } from '../../../shared/packet';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import { docRecordsFrom } from '../../../shared/records/query';
import { makePacketHtml, makePacketPdf, type PacketServices } from './packetPipeline';

/** Whether an existing file is a PDF (only a PDF may be replaced, and only after the save dialog asked). */
function isPdf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === '%PDF-';
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the packet. A path the page named (browser host, tests) must end in .pdf and must not exist:
 * nothing is ever written over. A path from main's save dialog (which asked before replacing) may
 * replace an existing PDF, never any other file (a production, a document).
 */
function writePdf(path: string, bytes: Uint8Array, fromDialog: boolean): void {
  requireFullPath(path);
  const name = basename(path);
  if (!/\.pdf$/i.test(name)) throw new AppError('invalid-argument', `“${name}” does not end in .pdf. Choose a file name ending in .pdf.`);
  checkFolder(dirname(path));
  const stats = (() => {
    try {
      return statSync(path);
    } catch {
      return null;
    }
  })();
  if (stats && !fromDialog) throw new AppError('invalid-argument', `“${name}” already exists. Choose another name; Closed Set does not write over a file.`);
  if (stats && (!stats.isFile() || !isPdf(path))) throw new AppError('invalid-argument', `“${name}” already exists and is not a PDF, so Closed Set will not write over it. Choose another name.`);
  try {
    writeFileSync(path, bytes, { flag: fromDialog ? 'w' : 'wx' });
  } catch (e) {
    throw describeWriteError(e, path);
  }
}

/** The scene's latest version and sign-offs as the copy's reader may see them (null before any is issued). */
function versionFor(snapshot: DocumentSnapshot, choices: PacketChoices) {
  const reader = choices.audience.kind === 'performer' ? ({ kind: 'performer', performerId: choices.audience.performerId } as const) : ({ kind: 'crew' } as const);
  return packetVersionState(docRecordsFrom(snapshot), choices.sceneId, reader);
}

/**
 * The rehearsal packet's channels. The services (PDF printer, 3D stills) are made on first use: both
 * start a Chromium or a hidden window, which the app must not pay for at start-up.
 */
export function packetHandlers(session: Session, services: (() => PacketServices) | undefined, pickPdfPath?: (suggestedName: string) => Promise<string | null>): Pick<Handlers, 'packet:preview' | 'packet:export'> {
  let made: PacketServices | null = null;
  const get = (): PacketServices => {
    if (!services) return { printer: null, stills: null };
    made ??= services();
    return made;
  };
  return {
    'packet:preview': async ({ choices }) => {
      const snapshot = session.requireDocument().snapshot();
      const packet = await makePacketHtml(snapshot, versionFor(snapshot, choices), choices, get(), { pages: 1 });
      return { html: packet.html, fileName: packet.fileName, pages: packetPageCount(packet.model) };
    },
    'packet:export': async ({ choices, path }) => {
      const snapshot = session.requireDocument().snapshot();
      const packet = await makePacketPdf(snapshot, versionFor(snapshot, choices), choices, get());
      const pages = packetPageCount(packet.model);
      if (path !== undefined) {
        if (session.adapters.host === 'electron' && !session.adapters.pagePathsAllowed) throw new AppError('invalid-argument', 'In the desktop app the file is chosen in Closed Set’s own save dialog; the window cannot name one.');
        writePdf(path, packet.pdf, false);
        return { fileName: packet.fileName, path, pdfBase64: null, pages };
      }
      if (pickPdfPath) {
        const chosen = await pickPdfPath(packet.fileName);
        if (!chosen) throw new AppError('cancelled', 'Cancelled.');
        writePdf(chosen, packet.pdf, true);
        return { fileName: packet.fileName, path: chosen, pdfBase64: null, pages };
      }
      return { fileName: packet.fileName, path: null, pdfBase64: Buffer.from(packet.pdf).toString('base64'), pages };
    },
  };
}
