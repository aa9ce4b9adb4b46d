// Where Closed Set may write a production file. Paths are compared as files, never as strings:
// `dir/./f`, `dir//f`, a symlinked folder or another letter case on a case-insensitive disk all name
// the same file, so two existing files are the same when device and inode match, and a file not made
// yet is placed by its folder's real path plus its name.
import { accessSync, constants, lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import { checkProductionFile } from './fileChecks';

/** Files that live beside a production while SQLite or Closed Set is using it. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal', '.saving', '.creating'];
const SQLITE_WORKING_NAME = /-(wal|shm|journal)$/i;

export interface WriteTarget {
  /** The production open now: neither it nor its companions may be written over. */
  readonly openPath?: string | undefined;
  /** An existing production at the path may be replaced (a save dialog or the caller confirmed it). */
  readonly overwrite: boolean;
  /** What the write creates or removes beside the path (its temporary files, a stale -wal). */
  readonly sideFiles: readonly string[];
  readonly nativeBinding?: string | undefined;
}

/** A path from outside must be complete: a relative one would land wherever the process happens to run. */
export function requireFullPath(path: string): string {
  if (!isAbsolute(path)) {
    throw new AppError('invalid-argument', `“${path}” is not a full path. Give the whole path of the file, starting from the top folder of the disk.`);
  }
  return path;
}

/**
 * Refuses, with a message saying why, any write of a production to `dest` that could destroy data:
 * over the open production or its companions (under any spelling), over a file that is not a
 * production, over a production without `overwrite`, or into a folder that is missing or locked.
 */
export function checkWriteTarget(dest: string, target: WriteTarget): void {
  requireFullPath(dest);
  if (target.openPath) checkAwayFromOpen(dest, target.openPath, target.sideFiles);
  const name = basename(dest);
  if (SQLITE_WORKING_NAME.test(name)) {
    throw new AppError('invalid-argument', `“${name}” is a name SQLite uses for its working files (-wal, -shm, -journal). Choose a name ending in .closedset.`);
  }
  checkFolder(dirname(dest));
  const link = statOrNull(dest, lstatSync);
  if (!link) return;
  const stats = statOrNull(dest, statSync);
  if (stats?.isDirectory()) throw new AppError('invalid-argument', `“${name}” is a folder. Choose a file name ending in .closedset.`);
  if (!stats?.isFile() || !isProduction(dest, target.nativeBinding)) {
    throw new AppError('invalid-argument', `“${name}” already exists and is not a Closed Set production, so Closed Set will not write over it. Choose another name.`);
  }
  if (!target.overwrite) {
    throw new AppError('invalid-argument', `“${name}” already exists. Choose another name; Closed Set does not replace a production without asking.`);
  }
}

/** Turns a failed write into a message naming the problem; anything unexpected is passed on. */
export function describeWriteError(e: unknown, dest: string): unknown {
  if (e instanceof AppError) return e;
  const code = String((e as { code?: unknown }).code ?? '');
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new AppError('io', `There is not enough space on the disk for “${basename(dest)}”. Nothing was written.`);
  }
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code)) return mayNotWrite(dirname(dest));
  if (code === 'ENOENT' || code === 'ENOTDIR') return folderMissing(dirname(dest));
  return e;
}

/** Whether the file opens as a production (the same checks as opening it; the file is not changed). */
function isProduction(path: string, nativeBinding: string | undefined): boolean {
  try {
    checkProductionFile(path, nativeBinding);
    return true;
  } catch (e) {
    if (e instanceof AppError) return false;
    throw e;
  }
}

export function checkFolder(folder: string): void {
  const stats = statOrNull(folder, statSync);
  if (!stats) throw folderMissing(folder);
  if (!stats.isDirectory()) throw new AppError('io', `“${folder}” is a file, not a folder. Choose an existing folder.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw mayNotWrite(folder);
  }
}

function checkAwayFromOpen(dest: string, openPath: string, sideFiles: readonly string[]): void {
  const openName = basename(openPath);
  const same = sameFileAs(openPath);
  if (same(dest, openPath)) {
    const alias = basename(dest) === openName ? '' : ` (“${basename(dest)}” is the same file)`;
    throw new AppError('invalid-argument', `“${openName}” is the production open now${alias}. Choose a different name.`);
  }
  const companions = COMPANION_SUFFIXES.map((suffix) => `${openPath}${suffix}`);
  if (companions.some((file) => same(dest, file))) {
    throw new AppError('invalid-argument', `“${basename(dest)}” is a working file of the open production “${openName}”; writing there would damage it. Choose a different name.`);
  }
  const guarded = [openPath, ...companions];
  const side = sideFiles.find((file) => guarded.some((g) => same(file, g)));
  if (side) {
    const what = same(side, openPath) ? `the open production “${openName}”` : `“${basename(side)}”, which belongs to the open production “${openName}”`;
    throw new AppError('invalid-argument', `Writing “${basename(dest)}” would also replace ${what}. Choose a different name.`);
  }
}

/**
 * A comparison of paths as files, for paths beside `openPath`: two existing files are the same when
 * device and inode match; a file not made yet by its real folder and name (ignoring letter case when
 * the open file's disk does).
 */
function sameFileAs(openPath: string): (a: string, b: string) => boolean {
  const caseless = ignoresCase(openPath);
  return (a, b) => {
    const sa = statOrNull(a, statSync);
    const sb = statOrNull(b, statSync);
    if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
    const la = realLocation(a);
    const lb = realLocation(b);
    if (!la || !lb) return false;
    return la === lb || (caseless && la.toLowerCase() === lb.toLowerCase());
  };
}

/** The folder's real path (symlinks, `.` and doubled slashes resolved) joined with the file's name. */
function realLocation(path: string): string | null {
  try {
    return join(realpathSync.native(dirname(path)), basename(path));
  } catch {
    return null;
  }
}

/** Whether the disk holding `existing` ignores letter case: its name in another case finds the same file. */
function ignoresCase(existing: string): boolean {
  const name = basename(existing);
  const other = name.toUpperCase() !== name ? name.toUpperCase() : name.toLowerCase();
  if (other === name) return false;
  const a = statOrNull(existing, statSync);
  const b = statOrNull(join(dirname(existing), other), statSync);
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
}

function statOrNull(path: string, stat: typeof statSync | typeof lstatSync): Stats | null {
  try {
    return stat(path);
  } catch {
    return null;
  }
}

function folderMissing(folder: string): AppError {
  return new AppError('io', `The folder “${folder}” does not exist. Choose an existing folder.`);
}

function mayNotWrite(folder: string): AppError {
  return new AppError('io', `Closed Set may not write to the folder “${folder}”. Choose another folder, or check its permissions.`);
}
