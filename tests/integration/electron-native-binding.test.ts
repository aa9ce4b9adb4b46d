// Which better_sqlite3.node the app loads: Node's default build under Node, the Electron build
// (made by scripts/electron-native.mjs) under Electron, and a clear message when that is missing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, isNativeModuleError } from '../../electron/main/nativeBinding';

const project = '/home/me/closed-set';
const resources = '/opt/Closed Set/resources';
const devBuild = join(project, '.cache/electron-native/better_sqlite3.node');
const packagedBuild = join(resources, 'native/better_sqlite3.node');

describe('chooseNativeBinding', () => {
  it('uses better-sqlite3’s own build under Node (tests, browser host)', () => {
    expect(chooseNativeBinding({ electronVersion: undefined, isPackaged: false, resourcesPath: undefined, projectRoot: project, exists: () => true })).toEqual({ path: undefined, problem: null });
  });

  it('uses the Electron build in .cache/electron-native during development', () => {
    const seen: string[] = [];
    const choice = chooseNativeBinding({ electronVersion: '45.5.0', isPackaged: false, resourcesPath: '/usr/lib/electron/resources', projectRoot: project, exists: (p) => (seen.push(p), true) });
    expect(choice).toEqual({ path: devBuild, problem: null });
    expect(seen).toEqual([devBuild]);
  });

  it('uses resources/native in the packaged app', () => {
    expect(chooseNativeBinding({ electronVersion: '45.5.0', isPackaged: true, resourcesPath: resources, projectRoot: '/irrelevant', exists: (p) => p === packagedBuild })).toEqual({ path: packagedBuild, problem: null });
  });

  it('falls back to the default lookup and says what to do when the Electron build is missing', () => {
    const dev = chooseNativeBinding({ electronVersion: '45.5.0', isPackaged: false, resourcesPath: undefined, projectRoot: project, exists: () => false });
    expect(dev.path).toBeUndefined();
    expect(dev.problem).toContain(devBuild);
    expect(dev.problem).toContain('npm start');
    const packaged = chooseNativeBinding({ electronVersion: '45.5.0', isPackaged: true, resourcesPath: resources, projectRoot: project, exists: () => false });
    expect(packaged.path).toBeUndefined();
    expect(packaged.problem).toMatch(/Reinstall Closed Set/);
  });

  it('recognises the errors of a native module built for the wrong runtime', () => {
    expect(isNativeModuleError(new Error("The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140."))).toBe(true);
    expect(isNativeModuleError(new Error('Could not locate the bindings file. Tried: …'))).toBe(true);
    expect(isNativeModuleError(new Error('“x.closedset” is damaged'))).toBe(false);
  });
});
