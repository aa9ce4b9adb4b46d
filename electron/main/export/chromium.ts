import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Which Chromium to drive (the tests, the browser host and the `npm run sheet` CLI print with it): an installed one, or the one shipped in the `@sparticuz/chromium` npm package. */
export type ChromiumChoice = { readonly source: 'system'; readonly executablePath: string } | { readonly source: 'npm' };

/** The platforms `@sparticuz/chromium` ships a binary for (its npm package holds the x64 build only). */
const NPM_CHROMIUM_PLATFORMS = ['linux-x64'];

/**
 * Picks the Chromium to drive, portably: $CLOSED_SET_CHROMIUM (or $CHROME_PATH), Debian's
 * /usr/bin/chromium, then common Chrome/Chromium install locations on Linux, macOS and Windows;
 * when none is installed, on Linux x64, the Chromium inside the `@sparticuz/chromium` npm package.
 * `CLOSED_SET_CHROMIUM=npm` asks for the npm one even when another is installed.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
  platform = `${process.platform}-${process.arch}`,
): ChromiumChoice {
  if (env.CLOSED_SET_CHROMIUM === 'npm') return { source: 'npm' };
  if (env.CLOSED_SET_CHROMIUM && !exists(env.CLOSED_SET_CHROMIUM)) {
    throw new Error(`CLOSED_SET_CHROMIUM names ${env.CLOSED_SET_CHROMIUM}, which does not exist. Point it at a Chrome/Chromium executable, or set it to "npm".`);
  }
  const candidates = [
    env.CLOSED_SET_CHROMIUM,
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    env.PROGRAMFILES && `${env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    env['PROGRAMFILES(X86)'] && `${env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    env.LOCALAPPDATA && `${env.LOCALAPPDATA}\\Google\\Chrome\\Application\\chrome.exe`,
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => exists(p));
  if (found) return { source: 'system', executablePath: found };
  if (NPM_CHROMIUM_PLATFORMS.includes(platform)) return { source: 'npm' };
  throw new Error(
    'No Chromium or Chrome found (sheets printed outside the desktop app and the tests need one). Install one — on Debian/Ubuntu: `sudo apt-get install -y chromium` — ' +
      'or point CLOSED_SET_CHROMIUM at a Chrome/Chromium executable. Looked in: ' + candidates.join(', '),
  );
}

/** Flags that keep Chromium quiet on a machine without network access (docs/architecture.md, Toolchain notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Colours as written (screenshots, icons), whatever the machine's display profile.
  '--force-color-profile=srgb',
];

/**
 * `@sparticuz/chromium`'s flags (made for AWS Lambda) that the tests must not use:
 * `--single-process` makes closing one browser context kill the whole browser; the other two
 * switch off the same-origin policy and mixed-content blocking the app is tested under.
 */
export const NPM_CHROMIUM_DROPPED_ARGS = ['--single-process', '--disable-web-security', '--allow-running-insecure-content'];

/**
 * The flags for the npm Chromium: ours plus the package's own, less the dropped ones. Its
 * `--disable-features`/`--enable-features` lists go too: Playwright passes its own, and a second
 * occurrence of a switch replaces the first (its list only trims memory for `--single-process`).
 */
export function npmChromiumArgs(packageArgs: readonly string[]): string[] {
  const kept = packageArgs.filter((a) => !NPM_CHROMIUM_DROPPED_ARGS.includes(a) && !/^--(disable|enable)-features=/.test(a));
  return [...new Set([...CHROMIUM_ARGS, ...kept])];
}

// Not named `require`: electron-vite's ESM shim declares one in the chunk this module may share.
const resolveFromHere = createRequire(import.meta.url);

/** The installed `@sparticuz/chromium` version (its package.json, found the way Node resolves it). */
export function npmChromiumVersion(): string {
  const entry = resolveFromHere.resolve('@sparticuz/chromium');
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Unpacks the npm package's Chromium (once) and returns its executable. Each package version gets
 * its own folder, `<baseDir>/closed-set-chromium-<version>/`: the package itself unpacks into the OS
 * temp folder and reuses any `chromium` it finds there, of whatever version. It is unpacked into a
 * fresh folder which is then renamed into place, so a folder that exists is complete, and two test
 * processes unpacking at once cannot hand each other half a binary.
 */
export async function npmChromium(baseDir: string = tmpdir()): Promise<string> {
  const dir = join(baseDir, `closed-set-chromium-${npmChromiumVersion()}`);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(baseDir, { recursive: true });
  removeAbandonedUnpacks(baseDir, `${basename(dir)}.partial-`);
  const staging = mkdtempSync(`${dir}.partial-`);
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    // The package unpacks into os.tmpdir(), which it reads (from $TMPDIR) before its first await:
    // point that at the staging folder for this one call.
    const savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let unpacking: Promise<string>;
    try {
      unpacking = Chromium.executablePath();
    } finally {
      if (savedTmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmpdir;
    }
    const unpacked = await unpacking;
    if (unpacked !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${staging}`);
    writeFileSync(join(staging, NPM_CHROMIUM_FONTS_CONF), npmChromiumFontConfig(dir));
    try {
      renameSync(staging, dir);
    } catch (e) {
      // Another process finished first: use its copy.
      if (!existsSync(executable)) throw e;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return executable;
}

const NPM_CHROMIUM_FONTS_CONF = 'closed-set-fonts.conf';

/**
 * The fontconfig file the npm Chromium runs with: the machine's own fonts first (so text looks as in
 * an installed Chromium), plus the Open Sans the package ships, so that a machine with no fonts at all
 * still renders text in pages, screenshots and PDFs instead of leaving it blank. (Open Sans has no
 * arrows or check marks: install fonts-dejavu-core for those.)
 */
export function npmChromiumFontConfig(dir: string, systemConfig = '/etc/fonts/fonts.conf'): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <include ignore_missing="yes">${systemConfig}</include>`,
    `  <dir>${join(dir, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

export interface ChromiumLaunch {
  readonly executablePath: string;
  readonly args: string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** How to launch the npm Chromium unpacked in `executable`'s folder. */
export async function npmChromiumLaunch(executable: string): Promise<ChromiumLaunch> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  return {
    executablePath: executable,
    args: npmChromiumArgs(Chromium.args),
    env: { ...process.env, FONTCONFIG_FILE: join(dirname(executable), NPM_CHROMIUM_FONTS_CONF) },
  };
}

/**
 * Removes half-unpacked copies (≈ 200 MB each) left by a test run that was killed while unpacking.
 * An unpack takes seconds, so a folder untouched for ten minutes is abandoned, not in progress.
 */
function removeAbandonedUnpacks(baseDir: string, prefix: string): void {
  for (const name of readdirSync(baseDir)) {
    if (!name.startsWith(prefix)) continue;
    const path = join(baseDir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already (another process cleaned it).
    }
  }
}

/** The executable, flags and environment for a choice (unpacking the npm Chromium when it is the one). */
export async function chromiumLaunchOptions(choice: ChromiumChoice = findChromium()): Promise<ChromiumLaunch> {
  if (choice.source === 'system') return { executablePath: choice.executablePath, args: CHROMIUM_ARGS };
  return npmChromiumLaunch(await npmChromium());
}

export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
  return chromium.launch(await chromiumLaunchOptions(choice));
}
