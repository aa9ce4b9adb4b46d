// Only the thin Electron adapters may import `electron` (docs/architecture.md): services, database, commands,
// the browser host and shared/ must run under plain Node (tests, browser host), where importing
// `electron` fails. Checked in the sources and in the built bundles the browser host loads.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const IMPORTS_ELECTRON = /(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

describe('who may import electron', () => {
  it('no Node-side module (services, db, commands, browser host, shared, pure helpers) imports electron', () => {
    const nodeSide = [
      ...files(join(root, 'shared'), /\.ts$/),
      ...files(join(root, 'electron/browser-host'), /\.ts$/),
      ...['services', 'db', 'commands', 'export', 'review'].flatMap((d) => files(join(root, 'electron/main', d), /\.ts$/)),
      ...['staticPath.ts', 'nativeBinding.ts', 'ipc/dispatch.ts'].map((f) => join(root, 'electron/main', f)),
      // Signing runs in the CLI and the browser host too; only its safeStorage adapter is Electron's.
      ...files(join(root, 'electron/main/signing'), /\.ts$/),
    ]
      // The thin Electron adapters inside export/ and signing/ (on the list in tests/unit/architecture/boundaries.test.ts).
      .filter((f) => existsSync(f) && !/(export[\\/](stillsElectron|electronPrinter)|signing[\\/]safeStorage)\.ts$/.test(f));
    expect(nodeSide.length).toBeGreaterThan(5);
    const offenders = nodeSide.filter((f) => IMPORTS_ELECTRON.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('the built browser host, and every chunk it loads, never imports electron', () => {
    const entry = join(root, 'out/main/browser-host.js');
    expect(existsSync(entry), 'run `npx electron-vite build` first').toBe(true);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      expect(IMPORTS_ELECTRON.test(source), `${relative(root, file)} imports electron`).toBe(false);
      // Chunks are .js files; React's bundled error texts quote specifiers too ('from "./MyComponent"').
      for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(file, '..', m[1]!));
    };
    visit(entry);
    expect(seen.size).toBeGreaterThan(1);
  });
});
