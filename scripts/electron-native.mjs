#!/usr/bin/env node
// Prepares what the desktop app needs and the Node tests must not see (run by `prestart` and `predist`):
//
// 1. better-sqlite3 built for Electron's ABI, in .cache/electron-native/better_sqlite3.node. It is
//    built from a copy of node_modules/better-sqlite3 so the Node build the tests load
//    (node_modules/better-sqlite3/build) is never touched. Prebuilt Electron binaries first
//    (prebuild-install, from GitHub), else a compile against Electron's headers (node-gyp, from
//    electronjs.org). electron/main/nativeBinding.ts loads it; electron-builder.yml ships it as
//    resources/native/better_sqlite3.node. A stamp skips the work when it is already there.
// 2. (`npm start` only) Electron's own binary. electron 45 has no install script: its index.js
//    downloads the binary from GitHub the first time `electron` runs (node_modules/electron/install.js
//    via @electron/get) and writes path.txt + dist/. We try that download here so a failure is
//    explained once, clearly, instead of as a stack trace from `electron .`.
//
// Without internet (our CI machines reach only the npm registry): `predist` fails (a package without
// the native module would not open any production), `prestart` explains and lets the user go on to
// `npm run dev:browser`. Flags: --strict (fail like predist), --force (rebuild even if up to date).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lifecycle = process.env.npm_lifecycle_event ?? '';
const strict = process.argv.includes('--strict') || lifecycle === 'predist' || lifecycle === 'dist';
const force = process.argv.includes('--force');
const forStart = !strict;

const cacheDir = join(root, '.cache', 'electron-native');
const srcDir = join(cacheDir, 'src');
const output = join(cacheDir, 'better_sqlite3.node');
const stampFile = join(cacheDir, 'stamp.json');

const log = (message) => console.log(`electron-native: ${message}`);
const warn = (message) => console.error(`electron-native: ${message}`);

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) return { ok: false, why: result.error.message };
  if (result.signal) return { ok: false, why: `stopped by ${result.signal} (timed out?)` };
  return { ok: result.status === 0, why: `exit code ${result.status}` };
}

function nodeGypScript() {
  const candidates = [
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    // npm bundles node-gyp next to the node binary: <prefix>/lib/node_modules/npm/node_modules/node-gyp
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const prefix = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['prefix', '-g'], { encoding: 'utf8' });
  if (prefix.status === 0) candidates.push(join(prefix.stdout.trim(), 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** Returns null when the Electron build of better-sqlite3 is ready, else what went wrong. */
function buildNative(electronVersion) {
  const sqlitePkg = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  if (!sqlitePkg) return 'node_modules/better-sqlite3 is missing: run `npm install` first.';
  const stamp = { electron: electronVersion, betterSqlite3: sqlitePkg.version, platform: process.platform, arch: process.arch };
  const previous = readJson(stampFile);
  if (!force && existsSync(output) && previous && JSON.stringify(previous) === JSON.stringify(stamp)) {
    log(`better-sqlite3 ${stamp.betterSqlite3} for Electron ${electronVersion} is up to date (${relative(root, output)}).`);
    return null;
  }

  log(`building better-sqlite3 ${stamp.betterSqlite3} for Electron ${electronVersion} (${process.platform}-${process.arch}) in ${relative(root, srcDir)}…`);
  rmSync(srcDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  // A copy without the Node build: the tests keep using node_modules/better-sqlite3/build untouched.
  const from = join(root, 'node_modules', 'better-sqlite3');
  cpSync(from, srcDir, { recursive: true, filter: (p) => relative(from, p).split(/[\\/]/)[0] !== 'build' });
  const built = join(srcDir, 'build', 'Release', 'better_sqlite3.node');
  const env = { ...process.env };
  // npm passes its own config to scripts; a stray runtime/target there must not override ours.
  for (const key of Object.keys(env)) if (/^npm_config_(runtime|target|arch|disturl|build_from_source)$/i.test(key)) delete env[key];

  const attempts = [];
  const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (existsSync(prebuild)) {
    log('trying a prebuilt Electron binary (prebuild-install, from GitHub)…');
    const r = run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform, '--verbose'], { cwd: srcDir, env, timeout: 180_000 });
    if (r.ok && existsSync(built)) return finish(built, stamp);
    attempts.push(`prebuild-install: ${r.ok ? 'no binary written' : r.why}`);
  } else {
    attempts.push('prebuild-install: not installed');
  }

  const gyp = nodeGypScript();
  if (gyp) {
    log('compiling against Electron headers (node-gyp, headers from electronjs.org; about a minute)…');
    const r = run(process.execPath, [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: srcDir, env, timeout: 20 * 60_000 });
    if (r.ok && existsSync(built)) return finish(built, stamp);
    attempts.push(`node-gyp: ${r.ok ? 'no binary written' : r.why}`);
  } else {
    attempts.push('node-gyp: not found (it comes with npm)');
  }
  rmSync(output, { force: true });
  rmSync(stampFile, { force: true });
  return `could not build better-sqlite3 for Electron ${electronVersion} (${attempts.join('; ')}). Both ways download from the internet (github.com for prebuilt binaries, electronjs.org for headers); run this again on a machine that can reach them: node scripts/electron-native.mjs`;
}

function finish(built, stamp) {
  copyFileSync(built, output);
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  log(`ready: ${relative(root, output)} (Electron ${stamp.electron}). The Node build in node_modules/better-sqlite3 was not touched.`);
  return null;
}

/** Returns null when Electron's binary is present (or was downloaded now), else what went wrong. */
function ensureElectronBinary() {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))) return null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  log("Electron's binary is not downloaded yet; downloading it now (node_modules/electron/install.js, from GitHub)…");
  const r = run(process.execPath, [join(electronDir, 'install.js')], { cwd: electronDir, timeout: 10 * 60_000 });
  if (r.ok && existsSync(pathFile)) return null;
  return `Electron's binary could not be downloaded (${r.why}), so \`npm start\` cannot open the desktop app on this machine. ` +
    'The same UI, services and SQLite file run in a browser with `npm run dev:browser`.';
}

const electronVersion = readJson(join(root, 'node_modules', 'electron', 'package.json'))?.version;
if (!electronVersion) {
  warn('node_modules/electron is missing: run `npm install` first.');
  process.exit(strict ? 1 : 0);
}

const nativeProblem = buildNative(electronVersion);
if (nativeProblem) {
  warn(nativeProblem);
  if (strict) {
    warn('Packaging stopped: a package without the Electron build of better-sqlite3 could not open any production.');
    process.exit(1);
  }
  warn('The app will start but show this problem when it opens a production.');
}

if (forStart) {
  const binaryProblem = ensureElectronBinary();
  if (binaryProblem) {
    warn(binaryProblem);
    process.exit(1);
  }
}
