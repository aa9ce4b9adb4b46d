// Which better_sqlite3.node the app loads. Electron and Node have different native ABIs: the tests
// run under Node with node_modules/better-sqlite3's own build, while the desktop app needs a copy
// built for Electron (scripts/electron-native.mjs makes it). Never imports `electron`: the caller
// passes what it knows, so a plain Node test can check every choice.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingInput {
  /** `process.versions.electron`; undefined under plain Node. */
  readonly electronVersion: string | undefined;
  /** `app.isPackaged`. */
  readonly isPackaged: boolean;
  /** `process.resourcesPath` (the packaged app's resources folder). */
  readonly resourcesPath: string | undefined;
  /** The project folder (development only). */
  readonly projectRoot: string;
  readonly exists?: (path: string) => boolean;
}

export interface NativeBindingChoice {
  /** The file to pass as better-sqlite3's `nativeBinding`, or undefined for its default lookup. */
  readonly path: string | undefined;
  /** Set when the Electron build is missing: what to tell the user if opening the database then fails. */
  readonly problem: string | null;
}

/** Where the Electron build of better-sqlite3 is expected, for the packaged app and for development. */
export function electronNativePath(input: Pick<NativeBindingInput, 'isPackaged' | 'resourcesPath' | 'projectRoot'>): string {
  return input.isPackaged
    ? join(input.resourcesPath ?? '', 'native', NATIVE_FILE)
    : join(input.projectRoot, '.cache', 'electron-native', NATIVE_FILE);
}

export function chooseNativeBinding(input: NativeBindingInput): NativeBindingChoice {
  // Under Node (tests, the browser host) the default build in node_modules is the right one.
  if (!input.electronVersion) return { path: undefined, problem: null };
  const exists = input.exists ?? existsSync;
  const wanted = electronNativePath(input);
  if (exists(wanted)) return { path: wanted, problem: null };
  const problem = input.isPackaged
    ? `Closed Set's database module is missing from this installation (${wanted}). Reinstall Closed Set.`
    : `The database module built for Electron is missing (${wanted}). Run \`npm start\` again with internet access ` +
      '(it builds the module first), or run `node scripts/electron-native.mjs` and read its message.';
  return { path: undefined, problem };
}

/** True for the errors better-sqlite3 throws when its native module cannot be loaded in this runtime. */
export function isNativeModuleError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /NODE_MODULE_VERSION|Could not locate the bindings file|better_sqlite3\.node|was compiled against a different/i.test(message);
}
