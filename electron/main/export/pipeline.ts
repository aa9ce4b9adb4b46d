import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { Reader } from '../../../shared/records/privacy';
import { castOfScene, type DocRecords } from '../../../shared/records/query';
import { docFromVersion, latestVersion, signoffsOfScene } from '../../../shared/versions';
import { buildSheetModel, SheetError, sheetFileName, type SheetModel, type SheetOptions, type SheetSignoffInput, type SheetVersion } from '../../../shared/sheet';
import { checkFolder, describeWriteError } from '../services/filePaths';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import type { PdfPrinter } from './printer';
import { requestKey, type StillRequest, type StillsProvider } from './stills';
import canonicalize from 'canonicalize';
import type { SigningIdentity } from '../signing/identity';
import { signSheetPdf, type SignSheetOptions } from '../signing/signSheetPdf';
import { renderSheetHtml } from './sheet/html';
import type { Paper } from './sheet/css';

/** Which copy to make: one performer's, the director/crew copy, or the coordinator's file copy. */
export type SheetCopy = Reader;

/** PNG stills of beats for one copy (the stills helper's StillsProvider, narrowed to what the sheet asks). */
export type SheetStills = (model: SheetModel) => Promise<ReadonlyMap<string /* beat id */, Uint8Array>>;

export interface SheetSource {
  /** The records the sheet is made of: a version's (`docFromVersion`) or the live document's. */
  readonly doc: DocRecords;
  readonly production: SheetOptions['production'];
  readonly sceneId: string;
  readonly version: SheetVersion | null;
  readonly signoffs?: readonly SheetSignoffInput[];
}

export interface SheetPipeline {
  readonly printer: PdfPrinter;
  readonly paper: Paper;
  readonly stills?: SheetStills | null;
  /** The signing step; defaults to `signSheetPdf`. */
  readonly sign?: (pdf: Uint8Array, options: SignSheetOptions) => Promise<Uint8Array>;
  /** The coordinator's identity: an issued version's sheets are signed with it; without one they are written unsigned. */
  readonly signer?: { readonly identity: SigningIdentity; readonly name: string } | null;
  readonly now?: () => string;
  readonly onProgress?: (progress: SheetProgress) => void;
}

export interface SheetProgress {
  /** Sheets finished so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** What is being done now, for the progress line: "Printing Maya Okafor’s sheet (2 of 3)". */
  readonly step: string;
}

export interface MadeSheet {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly model: SheetModel;
  readonly signed: boolean;
}

/**
 * What a scene's sheets are made of: its latest issued version — the records frozen in it
 * (`docFromVersion`), its number and hash, and the sign-offs recorded on it — so the paper is specific to
 * that version and can be signed; before the first version is issued, the working draft (never signed).
 */
export function sheetSourceOf(doc: DocRecords, production: SheetOptions['production'], sceneId: string): SheetSource {
  const version = doc.sceneVersions ? latestVersion(doc, sceneId) : null;
  if (!version) return { doc, production, sceneId, version: null };
  return {
    doc: docFromVersion(version),
    production,
    sceneId,
    version: { number: version.number, hash: version.hash, note: version.note, issuedAt: version.issuedAt },
    signoffs: signoffsOfScene(doc, sceneId),
  };
}

/** Every performer's copy, in billing order (what "all performers" means). */
export function allPerformerCopies(doc: DocRecords, sceneId: string): SheetCopy[] {
  return castOfScene(doc, sceneId).map((p) => ({ kind: 'performer', performerId: p.id }));
}

/** The name a copy goes by in its file name and the progress line. */
function copyName(doc: DocRecords, copy: SheetCopy): string {
  if (copy.kind === 'performer') return doc.performers[copy.performerId]?.name ?? 'Performer';
  return copy.kind === 'crew' ? 'Director copy' : 'Coordinator copy';
}

/**
 * The data the signature carries as `sheet.json` (canonical JSON, RFC 8785): the production, scene and
 * version it is of (the verifier matches the version hash against the production's versions), whose copy
 * it is, the sign-offs printed on it, and this copy's model — privacy already applied, so a performer's
 * PDF never carries another performer's consent, not even inside an attachment.
 */
export function sheetJson(source: SheetSource, copy: SheetCopy, model: SheetModel): string {
  const version = source.version;
  const signoffs = (source.signoffs ?? []).filter((s) => version && s.versionHash === version.hash && (s.role !== 'performer' || copy.kind !== 'performer' || s.performerId === copy.performerId));
  const scene = source.doc.scenes[source.sceneId];
  const json = canonicalize({
    format: 'closed-set-sheet',
    formatVersion: 1,
    sceneId: source.sceneId,
    production: { name: source.production.title },
    scene: { id: source.sceneId, number: model.header.sceneNumber, title: scene?.title ?? '' },
    version: version ? { number: version.number, hash: version.hash } : null,
    reader: { kind: copy.kind, name: copy.kind === 'performer' ? (source.doc.performers[copy.performerId]?.name ?? '') : model.header.copyFor },
    signoffs: signoffs.map((s) => ({ role: s.role, typedName: s.typedName, action: s.action, signedAt: s.signedAt })),
    sheet: model,
  });
  if (json === undefined) throw new Error('The sheet could not be written as JSON.');
  return json;
}

/** The 3D still of each beat from its first camera (or the rehearsal view), through the stills helper's provider. */
export function sheetStills(provider: StillsProvider, snapshot: DocumentSnapshot): SheetStills {
  return async (model) => {
    const requests: StillRequest[] = model.beats.map((b) => ({
      sceneId: model.sceneId,
      beatId: b.id,
      view: b.still.cameraId ? { kind: 'camera', cameraId: b.still.cameraId } : { kind: 'rehearsal' },
      widthPx: 960,
      heightPx: 540,
    }));
    const pngs = await provider(snapshot, requests);
    return new Map(requests.flatMap((r): [string, Uint8Array][] => {
      const png = pngs.get(requestKey(r));
      return png ? [[r.beatId, png]] : [];
    }));
  };
}

/** A copy's model, its file name and its HTML (what prints, and what the print dialog shows). */
export async function prepareSheet(source: SheetSource, copy: SheetCopy, pipeline: Pick<SheetPipeline, 'paper' | 'stills' | 'now'>): Promise<{ model: SheetModel; fileName: string; html: string }> {
  const now = pipeline.now?.() ?? new Date().toISOString();
  let model: SheetModel;
  try {
    model = buildSheetModel(source.doc, { ...source, reader: copy, now });
  } catch (e) {
    if (e instanceof SheetError) throw new AppError('invalid-argument', e.message);
    throw e;
  }
  const fileName = sheetFileName({ production: source.production.title, sceneNumber: model.header.sceneNumber, copyName: copyName(source.doc, copy), versionNumber: source.version?.number ?? null });
  const pngs = pipeline.stills ? await pipeline.stills(model) : new Map<string, Uint8Array>();
  const stills = new Map([...pngs].map(([beatId, png]) => [beatId, `data:image/png;base64,${Buffer.from(png).toString('base64')}`]));
  return { model, fileName, html: renderSheetHtml(model, { paper: pipeline.paper, title: fileName.replace(/\.pdf$/, ''), stills }) };
}

/** One copy, model → stills → HTML → PDF → signature (an issued version with a signer only), in memory. */
export async function makeSheet(source: SheetSource, copy: SheetCopy, pipeline: SheetPipeline): Promise<MadeSheet> {
  const { model, fileName, html } = await prepareSheet(source, copy, pipeline);
  const pdf = await pipeline.printer.print(html, pipeline.paper);
  // Only an issued version is signed: a draft says on its face that it cannot be signed.
  const signer = source.version ? pipeline.signer : null;
  const bytes = signer
    ? await (pipeline.sign ?? signSheetPdf)(pdf, {
        sheetJson: sheetJson(source, copy, model),
        identity: signer.identity,
        signerName: signer.name,
        reason: `Choreography sheet, scene ${model.header.sceneNumber} ${model.header.version}, ${model.header.copyFor}`,
      })
    : pdf;
  return { fileName, bytes, model, signed: !!signer };
}

export interface ExportedSheet {
  readonly path: string;
  readonly copy: SheetCopy;
  readonly bytes: number;
  readonly signed: boolean;
}

/**
 * Makes each copy and writes it into `folder` under its own name ("The Quiet Hours – Scene 42 – Maya
 * Okafor – v3.pdf"). Never writes over a file: when the name is taken, " (2)", " (3)"… is added. A
 * folder that is missing or cannot be written is refused before anything is printed.
 */
export async function exportSheets(source: SheetSource, copies: readonly SheetCopy[], pipeline: SheetPipeline, folder: string): Promise<ExportedSheet[]> {
  checkFolder(folder);
  if (!copies.length) throw new AppError('invalid-argument', 'There is nobody to make a sheet for: the scene has no performers cast yet.');
  const out: ExportedSheet[] = [];
  for (const [i, copy] of copies.entries()) {
    pipeline.onProgress?.({ done: i, total: copies.length, step: `Making the ${copyName(source.doc, copy)} sheet (${i + 1} of ${copies.length})` });
    const sheet = await makeSheet(source, copy, pipeline);
    out.push({ path: writeNewFile(folder, sheet.fileName, sheet.bytes), copy, bytes: sheet.bytes.length, signed: sheet.signed });
  }
  pipeline.onProgress?.({ done: copies.length, total: copies.length, step: 'Done' });
  return out;
}

/** Writes `bytes` as a new file in `folder`, never over an existing one; returns its path. */
export function writeNewFile(folder: string, fileName: string, bytes: Uint8Array): string {
  const stem = fileName.replace(/\.pdf$/i, '');
  for (let n = 1; n < 1000; n++) {
    const path = join(folder, n === 1 ? fileName : `${stem} (${n}).pdf`);
    try {
      writeFileSync(path, bytes, { flag: 'wx' });
      return path;
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST') continue;
      throw describeWriteError(e, path);
    }
  }
  throw new AppError('io', `The folder “${folder}” already holds 999 copies named “${fileName}”. Choose another folder.`);
}
