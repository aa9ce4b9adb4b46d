import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The layering of docs/architecture.md, checked on every test run: shared/ is pure, the renderer
// never reaches into main-process code, and only a few thin files of electron/ touch `electron`.
// Each rule is a function of the source text, so the same rule that scans the real tree is also fed
// known bad files below: a rule that could never report anything would fail there.
const ROOT = join(import.meta.dirname, '../../..');

interface Source {
  /** Repository-relative, with forward slashes. */
  readonly file: string;
  readonly text: string;
}

/** Every .ts/.tsx/.mts file (not .d.ts) under `dir` of `root`. */
function sourcesIn(root: string, dir: string): Source[] {
  const out: Source[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourcesIn(root, path));
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push({ file: path, text: readFileSync(join(root, path), 'utf8') });
  }
  return out;
}

/** Every module specifier a file imports or re-exports (static, type-only, side-effect, dynamic, require). */
function importsOf(text: string): string[] {
  const specs = [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|(?<![.\w])require\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ];
  return specs.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (s: string) => NODE_BUILTINS.has(s) || s.startsWith('node:');

type Rule = (spec: string, file: string) => boolean;

function violations(sources: readonly Source[], forbidden: Rule): string[] {
  return sources.flatMap(({ file, text }) => importsOf(text).filter((s) => forbidden(s, file)).map((s) => `${file} imports ${s}`));
}

const RULES = {
  sharedIsPure: ((s) => s === 'electron' || isNode(s) || /^(better-sqlite3|react|react-dom|@react-three\/.*|zustand)(\/|$)/.test(s)) as Rule,
  rendererStaysOutOfMain: ((s, file) => {
    if (s === 'electron' || s === 'better-sqlite3' || isNode(s)) return true;
    if (!s.startsWith('.')) return false;
    return posix.join(posix.dirname(file), s).startsWith('electron/');
  }) as Rule,
  onlyThinFilesImportElectron: ((s, file) =>
    s === 'electron' && !/^electron\/(main\/(index|window|security|protocol|menu|dialogs|systemViewer)\.ts|main\/ipc\/register\.ts|main\/export\/(stillsElectron|electronPrinter)\.ts|main\/signing\/safeStorage\.ts|preload\/.*)$/.test(file)) as Rule,
  onlyConnectionImportsSqlite: ((s, file) => s === 'better-sqlite3' && file !== 'electron/main/db/connection.ts') as Rule,
  browserHostHasNoElectron: ((s) => s === 'electron') as Rule,
};

describe('folder boundaries', () => {
  it('shared/ imports no electron, Node built-ins, SQLite, React or DOM libraries', () => {
    expect(violations(sourcesIn(ROOT, 'shared'), RULES.sharedIsPure)).toEqual([]);
  });

  it('shared/ is compiled without DOM or Node typings, so it cannot use window, document or process', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.shared.json'), 'utf8'));
    expect(config.compilerOptions.lib.map((l: string) => l.toLowerCase())).not.toContain('dom');
    expect(config.compilerOptions.types).toEqual([]);
  });

  it('renderer/ never imports main-process code, electron, SQLite or Node built-ins', () => {
    expect(violations(sourcesIn(ROOT, 'renderer'), RULES.rendererStaysOutOfMain)).toEqual([]);
  });

  it('only the thin Electron-facing files of electron/ import electron', () => {
    expect(violations(sourcesIn(ROOT, 'electron'), RULES.onlyThinFilesImportElectron)).toEqual([]);
  });

  it('only electron/main/db/connection.ts imports better-sqlite3', () => {
    expect(violations(sourcesIn(ROOT, 'electron'), RULES.onlyConnectionImportsSqlite)).toEqual([]);
  });

  it('the browser host never imports electron', () => {
    expect(violations(sourcesIn(ROOT, 'electron/browser-host'), RULES.browserHostHasNoElectron)).toEqual([]);
  });

  it('scans the real tree: every folder has sources and the files known to import electron and SQLite are seen', () => {
    expect(sourcesIn(ROOT, 'shared').length).toBeGreaterThan(10);
    expect(sourcesIn(ROOT, 'renderer').length).toBeGreaterThan(10);
    const electron = sourcesIn(ROOT, 'electron');
    const importers = (spec: string) => electron.filter((s) => importsOf(s.text).includes(spec)).map((s) => s.file);
    expect(importers('electron')).toContain('electron/main/index.ts');
    expect(importers('better-sqlite3')).toEqual(['electron/main/db/connection.ts']);
  });
});

describe('the boundary check catches a bad import when one is written', () => {
  const fixture = (file: string, text: string): Source[] => [{ file, text }];

  it('reads every way of importing: static, type-only, multi-line, side-effect, re-export, dynamic, require', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import type { BrowserWindow } from 'electron';",
      'import {\n  useState,\n  useEffect,\n} from "react";',
      "import 'zustand';",
      "export * from '../electron/main/db/connection';",
      "const path = await import('path');",
      "const Database = require('better-sqlite3');",
      "tx.require('scene', id, 'That scene');",
    ].join('\n');
    expect(importsOf(text)).toEqual(['node:fs', 'electron', 'react', 'zustand', '../electron/main/db/connection', 'path', 'better-sqlite3']);
  });

  it('reports shared/ importing node:fs, electron, SQLite or React', () => {
    for (const spec of ['node:fs', 'fs', 'electron', 'better-sqlite3', 'react', 'react-dom/client', '@react-three/fiber', 'zustand']) {
      expect(violations(fixture('shared/domain/leak.ts', `import x from '${spec}';`), RULES.sharedIsPure)).toEqual([`shared/domain/leak.ts imports ${spec}`]);
    }
    // What shared/ may import stays allowed: zod, three's maths, its own files.
    expect(violations(fixture('shared/domain/ok.ts', "import { z } from 'zod';\nimport { Vector3 } from 'three';\nimport { Beat } from './beat';"), RULES.sharedIsPure)).toEqual([]);
  });

  it('reports the renderer reaching into main-process code, electron or Node', () => {
    const rule = RULES.rendererStaysOutOfMain;
    expect(violations(fixture('renderer/src/store/leak.ts', "import { Session } from '../../../electron/main/services/session';"), rule)).toEqual([
      'renderer/src/store/leak.ts imports ../../../electron/main/services/session',
    ]);
    expect(violations(fixture('renderer/src/App.tsx', "import { ipcRenderer } from 'electron';"), rule)).toEqual(['renderer/src/App.tsx imports electron']);
    expect(violations(fixture('renderer/src/App.tsx', "import { join } from 'node:path';"), rule)).toEqual(['renderer/src/App.tsx imports node:path']);
    expect(violations(fixture('renderer/src/App.tsx', "import { Beat } from '../../shared/domain/beat';"), rule)).toEqual([]);
  });

  it('reports electron imported outside the thin Electron-facing files, and SQLite outside connection.ts', () => {
    expect(violations(fixture('electron/main/services/session.ts', "import { dialog } from 'electron';"), RULES.onlyThinFilesImportElectron)).toEqual([
      'electron/main/services/session.ts imports electron',
    ]);
    expect(violations(fixture('electron/main/window.ts', "import { BrowserWindow } from 'electron';"), RULES.onlyThinFilesImportElectron)).toEqual([]);
    expect(violations(fixture('electron/main/commands/engine.ts', "import Database from 'better-sqlite3';"), RULES.onlyConnectionImportsSqlite)).toEqual([
      'electron/main/commands/engine.ts imports better-sqlite3',
    ]);
    expect(violations(fixture('electron/browser-host/server.ts', "import { app } from 'electron';"), RULES.browserHostHasNoElectron)).toEqual([
      'electron/browser-host/server.ts imports electron',
    ]);
  });

  describe('in files on disk, found the way the real tree is scanned', () => {
    let root: string | null = null;
    afterEach(() => {
      if (root) rmSync(root, { recursive: true, force: true });
      root = null;
    });
    const write = (file: string, text: string) => {
      mkdirSync(join(root!, dirname(file)), { recursive: true });
      writeFileSync(join(root!, file), text);
    };

    it('finds a forbidden import in a nested .ts, .tsx or .mts file, and skips declaration files', () => {
      root = mkdtempSync(join(tmpdir(), 'closed-set-boundaries-'));
      write('shared/domain/clean.ts', "import { z } from 'zod';\n");
      write('shared/diagrams/deep/reads-disk.ts', "import { readFileSync } from 'node:fs';\n");
      write('shared/view.tsx', "import { useState } from 'react';\n");
      write('shared/tool.mts', "import { spawn } from 'node:child_process';\n");
      write('shared/globals.d.ts', "import type { IpcMain } from 'electron';\n");
      write('renderer/src/features/people/PeopleView.tsx', "import { Session } from '../../../../electron/main/services/session';\n");
      expect(violations(sourcesIn(root, 'shared'), RULES.sharedIsPure).sort()).toEqual([
        'shared/diagrams/deep/reads-disk.ts imports node:fs',
        'shared/tool.mts imports node:child_process',
        'shared/view.tsx imports react',
      ]);
      expect(violations(sourcesIn(root, 'renderer'), RULES.rendererStaysOutOfMain)).toEqual([
        'renderer/src/features/people/PeopleView.tsx imports ../../../../electron/main/services/session',
      ]);
    });
  });
});
