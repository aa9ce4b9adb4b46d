import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import { castOfScene, docRecordsFrom, scenesInOrder } from '../../../shared/records/query';
import { ProductionDocument } from '../services/productionDocument';
import { createSampleProduction } from '../services/sample';
import { checkFolder } from '../services/filePaths';
import { exportSheets, sheetSourceOf, type SheetCopy } from './pipeline';
import type { PdfPrinter } from './printer';
import { PAPERS, type Paper } from './sheet/css';
import { recordSigningCertificate } from '../signing/certificateRecord';
import { loadIdentity, storedCertificate } from '../signing/keyStore';
import type { SigningIdentity } from '../signing/identity';

export const SHEET_USAGE =
  'Usage: npm run sheet -- [--file <production>] [--scene <number>] [--performer <name> | --all | --director] [--paper a4|letter] [--user-data <folder>] [--unsigned] --out <folder>';

/** The environment variable that may hold the signing key's passphrase (else it is asked for at the terminal). */
export const PASSPHRASE_ENV = 'CLOSED_SET_KEY_PASSPHRASE';

export interface SheetCliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly samplePath: string;
  readonly cwd: string;
  /** Made only once the input is known to be good (starting Chromium takes a while). */
  readonly printer: () => PdfPrinter;
  readonly nativeBinding?: string | undefined;
  /** Where the signing certificate is looked for unless --user-data names a folder: the desktop app's user-data folder. */
  readonly userDataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Asks for the passphrase without echoing it; null when there is no terminal to ask at. */
  readonly askPassphrase: (() => Promise<string>) | null;
}

/** Bad input: one clear line and exit code 2 (a failure while exporting is exit code 1). */
class UsageError extends Error {}

/**
 * `npm run sheet`: the night before a shoot, sheets for a scene without opening the app — the same
 * pipeline as the Export sheets dialog (model → HTML → PDF → signature → file), printed by Chromium.
 * Returns the exit code; every failure is one line on stderr.
 */
export async function runSheetCli(argv: readonly string[], io: SheetCliIo): Promise<number> {
  let opened: { doc: ProductionDocument; cleanup: () => void } | null = null;
  let printer: PdfPrinter | null = null;
  try {
    const args = parse(argv);
    const folder = resolve(io.cwd, args.out);
    try {
      checkFolder(folder);
    } catch (e) {
      throw e instanceof AppError ? new UsageError(e.message) : e;
    }
    opened = openProduction(args.file ? resolve(io.cwd, args.file) : null, io);
    const snapshot: DocumentSnapshot = opened.doc.snapshot();
    const doc = docRecordsFrom(snapshot);
    const scenes = scenesInOrder(doc);
    if (!scenes.length) throw new UsageError('This production has no scenes yet, so there is no sheet to make.');
    const scene = args.scene === undefined ? scenes[0]! : scenes.find((s) => s.number.toLowerCase() === args.scene!.trim().toLowerCase());
    if (!scene) throw new UsageError(`There is no scene “${args.scene}” in “${snapshot.production.title}”. Scenes: ${scenes.map((s) => s.number).join(', ')}.`);
    const cast = castOfScene(doc, scene.id);
    let copies: SheetCopy[];
    if (args.performer !== undefined) {
      const wanted = args.performer.trim().toLowerCase();
      const match = cast.filter((p) => p.name.toLowerCase() === wanted || (p.character && p.character.toLowerCase() === wanted));
      if (match.length !== 1) {
        const names = cast.map((p) => p.name).join(', ') || 'nobody yet';
        throw new UsageError(match.length ? `More than one performer in scene ${scene.number} is called “${args.performer}”: use the full name.` : `There is no performer “${args.performer}” in scene ${scene.number}. Cast: ${names}.`);
      }
      copies = [{ kind: 'performer', performerId: match[0]!.id }];
    } else {
      // Every performer's copy unless only the director copy is asked for; --all --director makes both.
      copies = args.all || !args.director ? cast.map((p): SheetCopy => ({ kind: 'performer', performerId: p.id })) : [];
      if (args.director) copies.push({ kind: 'crew' });
    }
    if (!copies.length) throw new UsageError(`Scene ${scene.number} has no performers cast yet. Use --director for the director copy.`);
    const source = sheetSourceOf(doc, snapshot.production, scene.id);
    // An issued version's sheets are signed with the coordinator's certificate, recorded in the production so they verify as its own.
    const signer = source.version && !args.unsigned ? await cliSigner(args.userData ? resolve(io.cwd, args.userData) : io.userDataDir, io) : null;
    if (signer) recordSigningCertificate(opened.doc, signer.identity.certificateDer);
    printer = io.printer();
    const files = await exportSheets(
      source,
      copies,
      { printer, paper: args.paper, signer, onProgress: (p) => p.done < p.total && io.out(`${p.step}…`) },
      folder,
    );
    for (const f of files) io.out(`Wrote ${f.path}`);
    const of = source.version ? `version ${source.version.number}` : 'the working draft (no version issued yet, so it cannot be signed)';
    const signed = signer && files.every((f) => f.signed) ? `signed by ${signer.name}` : 'unsigned';
    io.out(`Scene ${scene.number}: ${files.length} sheet${files.length === 1 ? '' : 's'} of ${of}, ${signed}.`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    io.err(e instanceof AppError ? e.message : `The sheets could not be made: ${(e as Error).message}`);
    return 1;
  } finally {
    await printer?.close();
    opened?.cleanup();
  }
}

/**
 * The coordinator's identity from the user-data folder's key store (the app's): its passphrase from
 * CLOSED_SET_KEY_PASSPHRASE or typed at the terminal. A key kept in the desktop app's system keychain
 * cannot be opened without Electron, so it is refused with a way out.
 */
async function cliSigner(dir: string, io: SheetCliIo): Promise<{ identity: SigningIdentity; name: string }> {
  const stored = storedCertificate(dir);
  if (!stored) {
    throw new UsageError(`There is no signing certificate in ${dir}: create one in the app (File ▸ Signing certificate…) or name its folder with --user-data, or add --unsigned.`);
  }
  if (stored.protection === 'keychain') {
    throw new UsageError('The signing key is kept in this computer’s keychain, which only the Closed Set app can open: in Closed Set choose File ▸ Signing certificate… ▸ Change protection… and pick a passphrase, or add --unsigned.');
  }
  const fromEnv = io.env[PASSPHRASE_ENV];
  let passphrase: string;
  if (fromEnv !== undefined && fromEnv !== '') passphrase = fromEnv;
  else if (io.askPassphrase) passphrase = await io.askPassphrase();
  else throw new UsageError(`The signing key is protected by a passphrase: set ${PASSPHRASE_ENV}, run in a terminal to type it, or add --unsigned.`);
  const identity = await loadIdentity(dir, { passphrase });
  return { identity, name: stored.certificate.subjectName };
}

interface SheetArgs {
  readonly file?: string;
  readonly scene?: string;
  readonly performer?: string;
  readonly all: boolean;
  readonly director: boolean;
  readonly paper: Paper;
  readonly out: string;
  readonly userData?: string;
  readonly unsigned: boolean;
}

function parse(argv: readonly string[]): SheetArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        file: { type: 'string' },
        scene: { type: 'string' },
        performer: { type: 'string' },
        all: { type: 'boolean', default: false },
        director: { type: 'boolean', default: false },
        paper: { type: 'string', default: 'a4' },
        out: { type: 'string' },
        'user-data': { type: 'string' },
        unsigned: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]!.replace(/\.?$/, '.')} ${SHEET_USAGE}`);
  }
  if (!values.out) throw new UsageError(`Say where to write the sheets with --out <folder>. ${SHEET_USAGE}`);
  if (values.performer !== undefined && (values.all || values.director)) throw new UsageError('--performer makes one performer’s sheet: leave out --all and --director with it.');
  const paper = values.paper.toLowerCase();
  if (!(PAPERS as readonly string[]).includes(paper)) throw new UsageError(`--paper must be a4 or letter (got “${values.paper}”).`);
  return { file: values.file, scene: values.scene, performer: values.performer, all: values.all, director: values.director, paper: paper as Paper, out: values.out, userData: values['user-data'], unsigned: values.unsigned };
}

/** The production named (opened as the app opens it), or a fresh copy of the built-in sample in a temporary folder. */
function openProduction(path: string | null, io: SheetCliIo): { doc: ProductionDocument; cleanup: () => void } {
  if (path) {
    if (!ProductionDocument.exists(path)) throw new UsageError(`There is no production file at ${path}.`);
    const doc = ProductionDocument.open(path, { nativeBinding: io.nativeBinding });
    return { doc, cleanup: () => doc.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-sheet-'));
  const doc = createSampleProduction(io.samplePath, join(dir, 'Sample production.closedset'), { nativeBinding: io.nativeBinding });
  return {
    doc,
    cleanup: () => {
      doc.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
