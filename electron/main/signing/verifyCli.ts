import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/ipc/errors';
import { verdictLines } from '../../../shared/signing/verdict';
import { ProductionDocument } from '../services/productionDocument';
import { verifyContextFrom } from './certificateRecord';
import { verifySheetPdf } from './verifySheetPdf';

export const VERIFY_USAGE = 'Usage: npm run verify-sheet -- <sheet.pdf> [--file <production.closedset>]';

/** The largest PDF checked: a 30-beat sheet with stills is a few megabytes. */
export const MAX_SHEET_BYTES = 200 * 1024 * 1024;

export interface VerifyCliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly nativeBinding?: string | undefined;
}

class UsageError extends Error {}

/**
 * `npm run verify-sheet`: the verdict on a signed sheet in a few lines. Exit code 0 only for a valid
 * sheet, 1 for any other verdict, 2 for bad input (one line on stderr). The production file is read
 * from a temporary copy, so checking a sheet never changes it (not even its format).
 */
export async function runVerifySheetCli(argv: readonly string[], io: VerifyCliIo): Promise<number> {
  try {
    const { pdfPath, filePath } = parse(argv, io.cwd);
    const bytes = readSheet(pdfPath);
    const context = filePath ? readProductionContext(filePath, io.nativeBinding) : {};
    const verdict = await verifySheetPdf(bytes, context);
    if (verdict.status === 'unreadable' && verdict.reason === 'The file is not a PDF.') {
      throw new UsageError(`${basename(pdfPath)} is not a PDF.`);
    }
    io.out(`${basename(pdfPath)}`);
    for (const line of verdictLines(verdict)) io.out(`  ${line}`);
    if (verdict.status === 'unchecked') io.out('  Add --file <production.closedset> to check the signer and the version.');
    return verdict.status === 'valid' ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError || e instanceof AppError) {
      io.err(e.message);
      return 2;
    }
    io.err(`The sheet could not be checked: ${(e as Error).message}`);
    return 2;
  }
}

function parse(argv: readonly string[], cwd: string): { pdfPath: string; filePath: string | null } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { file: { type: 'string' } }, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]!.replace(/\.?$/, '.')} ${VERIFY_USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? `Name the sheet to check. ${VERIFY_USAGE}` : `Check one sheet at a time. ${VERIFY_USAGE}`);
  return { pdfPath: resolve(cwd, positionals[0]!), filePath: values.file ? resolve(cwd, values.file) : null };
}

function readSheet(path: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`There is no file at ${path}.`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new UsageError(`${path} is a folder, not a PDF.`);
  if (stat.size > MAX_SHEET_BYTES) throw new UsageError(`${basename(path)} is too large to be a sheet (${Math.round(stat.size / 1048576)} MB).`);
  return new Uint8Array(readFileSync(path));
}

/** The production's certificates and versions, read from a copy so the file itself is left as it is. */
function readProductionContext(path: string, nativeBinding: string | undefined) {
  if (!existsSync(path)) throw new UsageError(`There is no production file at ${path}.`);
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-verify-'));
  try {
    const copy = join(dir, basename(path));
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    const doc = ProductionDocument.open(copy, { nativeBinding });
    try {
      return verifyContextFrom(doc.snapshot());
    } finally {
      doc.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
