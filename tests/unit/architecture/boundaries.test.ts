import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md layering, checked on every test run: shared/ is pure, the renderer never reaches into
// main-process code, and only a few thin files of electron/ touch the `electron` module.
const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3]!);
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (s: string) => NODE_BUILTINS.has(s) || s.startsWith('node:');

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sources(dir).flatMap((file) => importsOf(file).filter((s) => forbidden(s, file)).map((s) => `${file} imports ${s}`));
}

describe('folder boundaries', () => {
  it('shared/ imports no electron, Node built-ins, SQLite, React or DOM libraries', () => {
    const bad = violations('shared', (s) => s === 'electron' || isNode(s) || /^(better-sqlite3|react|react-dom|@react-three\/.*|zustand)(\/|$)/.test(s));
    expect(bad).toEqual([]);
  });

  it('shared/ is compiled without DOM or Node typings, so it cannot use window, document or process', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.shared.json'), 'utf8'));
    expect(config.compilerOptions.lib.map((l: string) => l.toLowerCase())).not.toContain('dom');
    expect(config.compilerOptions.types).toEqual([]);
  });

  it('renderer/ never imports main-process code, electron, SQLite or Node built-ins', () => {
    const bad = violations('renderer', (s, file) => {
      if (s === 'electron' || s === 'better-sqlite3' || isNode(s)) return true;
      if (!s.startsWith('.')) return false;
      const target = relative(ROOT, join(ROOT, file, '..', s));
      return target.startsWith('electron');
    });
    expect(bad).toEqual([]);
  });

  it('only the thin Electron-facing files of electron/ import electron', () => {
    const allowed = /^electron\/(main\/(index|window|security|protocol|menu|dialogs)\.ts|main\/ipc\/register\.ts|preload\/.*)$/;
    const bad = violations('electron', (s, file) => s === 'electron' && !allowed.test(file.split('\\').join('/')));
    expect(bad).toEqual([]);
  });

  it('only electron/main/db/connection.ts imports better-sqlite3', () => {
    const bad = violations('electron', (s, file) => s === 'better-sqlite3' && !file.endsWith(join('db', 'connection.ts')));
    expect(bad).toEqual([]);
  });

  it('the browser host never imports electron', () => {
    expect(violations('electron/browser-host', (s) => s === 'electron')).toEqual([]);
  });

  it('catches a forbidden import when one is written (the check itself works)', () => {
    expect(importsOf('tests/unit/architecture/boundaries.test.ts')).toContain('node:fs');
  });
});
