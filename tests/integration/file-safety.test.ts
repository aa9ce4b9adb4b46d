// File operations must never destroy data: not the open production (under any spelling of its path),
// not its SQLite companions, not another production without asking, and never a file that is not a
// production. Every refusal is checked the way a user would notice: the open production still opens
// afterwards with its edits, and the file that was aimed at is byte-for-byte as it was.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { createHandlers, Session, type HostAdapters } from '../../electron/main/services/session';
import type { Channel } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';
import { SAMPLE_PATH, sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

/** Whether the temp folder's file system ignores letter case (macOS, Windows); Linux's usually does not. */
const caseInsensitive = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'closed-set-case-'));
  writeFileSync(join(dir, 'Probe'), '');
  const result = existsSync(join(dir, 'PROBE'));
  rmSync(dir, { recursive: true, force: true });
  return result;
})();

/**
 * A session on `Scene 4.closedset` with one edit still in its -wal file (a performer renamed), as the
 * browser host (paths from the page) or the desktop app (paths only from main's dialogs) wires it.
 */
function editedProduction(dir: string, host: Partial<HostAdapters> = {}) {
  const session = new Session({ host: 'browser', version: '0.0.0-test', platform: process.platform, userDataDir: join(dir, 'user-data'), samplePath: SAMPLE_PATH, ...host });
  const handlers = createHandlers(session);
  const call = (channel: Channel, args: unknown) => dispatch(handlers, channel, args, () => {});
  const path = join(dir, 'Scene 4.closedset');
  session.create(path);
  const engine = session.requireDocument().engine;
  const performer = engine.apply({ type: 'performer.create', fields: { name: 'Maya' } }).changes.records[0]!;
  engine.apply({ type: 'performer.update', id: performer.id as never, patch: { name: 'Maya Okafor' } });
  expect(existsSync(`${path}-wal`)).toBe(true);

  /**
   * The files on disk hold every edit now (as a crash at this moment would find them), the production
   * still works, and after closing it reopens with every edit and its undo history.
   */
  const expectIntact = () => {
    const crash = mkdtempSync(join(dir, 'as after a crash '));
    for (const suffix of ['', '-wal']) if (existsSync(`${path}${suffix}`)) copyFileSync(`${path}${suffix}`, join(crash, `Scene 4.closedset${suffix}`));
    expect(performersIn(join(crash, 'Scene 4.closedset'))).toEqual(['Maya Okafor']);
    session.requireDocument().engine.apply({ type: 'production.update', patch: { title: 'Edited after the refusal' } });
    session.close();
    const reopened = ProductionDocument.open(path);
    try {
      const snap = reopened.snapshot();
      expect(snap.performers.map((p) => p.name)).toEqual(['Maya Okafor']);
      expect(snap.production.title).toBe('Edited after the refusal');
      expect(reopened.engine.history().canUndo).toBe(true);
    } finally {
      reopened.close();
    }
    // No temporary file was left behind.
    expect(readdirSync(dir).filter((f) => /\.(saving|creating)$/.test(f))).toEqual([]);
  };
  return { session, call, path, dir, expectIntact };
}

function refused(result: Envelope<unknown>, message: RegExp) {
  expect(result.ok).toBe(false);
  const error = (result as Extract<Envelope<unknown>, { ok: false }>).error;
  expect(error.code).not.toBe('internal');
  expect(error.message).toMatch(message);
  return error;
}

/** A production file other than the open one, with a performer called `name`. */
function otherProduction(path: string, name: string): string {
  const doc = ProductionDocument.create(path, { title: 'Other' });
  doc.engine.apply({ type: 'performer.create', fields: { name } });
  doc.close();
  return sha256(path);
}

function performersIn(path: string): string[] {
  const doc = ProductionDocument.open(path);
  try {
    return doc.snapshot().performers.map((p) => p.name);
  } finally {
    doc.close();
  }
}

describe('Save a Copy As never writes over the open production', () => {
  const spellings: [string, (dir: string, path: string) => string][] = [
    ['with ./ in the path', (dir) => `${dir}/./Scene 4.closedset`],
    ['with a doubled slash', (dir) => `${dir}//Scene 4.closedset`],
    ['through a symlinked folder', (dir) => {
      symlinkSync(dir, join(dir, 'shortcut'));
      return join(dir, 'shortcut', 'Scene 4.closedset');
    }],
    ['through a symlink to the file', (dir, path) => {
      symlinkSync(path, join(dir, 'link.closedset'));
      return join(dir, 'link.closedset');
    }],
  ];
  it.each(spellings)('%s', async (_name, spell) => {
    const { call, dir, path, expectIntact } = editedProduction(tempDir());
    const dest = spell(dir, path);
    refused(await call('document:saveCopyAs', { path: dest }), /“Scene 4\.closedset” is the production open now/);
    refused(await call('document:saveCopyAs', { path: dest, overwrite: true }), /open now/);
    expectIntact();
  });

  it.runIf(caseInsensitive)('in another letter case on a case-insensitive disk', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    refused(await call('document:saveCopyAs', { path: join(dir, 'SCENE 4.closedset'), overwrite: true }), /open now/);
    expectIntact();
  });

  it('and New production cannot replace the open production either', async () => {
    const { call, dir, path, expectIntact } = editedProduction(tempDir());
    refused(await call('document:create', { path: `${dir}/./Scene 4.closedset`, overwrite: true }), /open now/);
    refused(await call('document:create', { path, overwrite: true }), /open now/);
    expectIntact();
  });
});

describe('Save a Copy As never writes over a working file of the open production', () => {
  it.each(['-wal', '-shm', '-journal', '.saving', '.creating'])('refuses “Scene 4.closedset%s”', async (suffix) => {
    const { call, path, expectIntact } = editedProduction(tempDir());
    refused(await call('document:saveCopyAs', { path: `${path}${suffix}`, overwrite: true }), /working file of the open production/);
    refused(await call('document:create', { path: `${path}${suffix}`, overwrite: true }), /working file of the open production/);
    expectIntact();
  });

  it('refuses the -wal under another spelling too', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    refused(await call('document:saveCopyAs', { path: `${dir}/./Scene 4.closedset-wal`, overwrite: true }), /working file/);
    expectIntact();
  });

  it('refuses any name SQLite uses for its working files, wherever it is', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    mkdirSync(join(dir, 'elsewhere'));
    for (const name of ['Copy.closedset-wal', 'Copy.closedset-SHM', 'Copy-journal']) {
      const dest = join(dir, 'elsewhere', name);
      refused(await call('document:saveCopyAs', { path: dest }), /SQLite uses for its working files/);
      expect(existsSync(dest)).toBe(false);
    }
    expectIntact();
  });

  it('does not delete an open production whose name is the temporary name of the copy', async () => {
    const dir = tempDir();
    const { session, call } = editedProduction(dir);
    const odd = join(dir, 'Block.saving');
    session.create(odd);
    session.requireDocument().engine.apply({ type: 'performer.create', fields: { name: 'Ruth' } });
    refused(await call('document:saveCopyAs', { path: join(dir, 'Block') }), /Writing “Block” would also replace the open production “Block\.saving”/);
    session.close();
    expect(performersIn(odd)).toEqual(['Ruth']);
  });
});

describe('in the browser host nothing is replaced without asking', () => {
  it('refuses to create or copy onto an existing production unless overwrite is given', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    const other = join(dir, 'Other.closedset');
    const before = otherProduction(other, 'Tom');

    refused(await call('document:saveCopyAs', { path: other }), /“Other\.closedset” already exists/);
    refused(await call('document:create', { path: other }), /“Other\.closedset” already exists/);
    expect(sha256(other)).toBe(before);

    // Asked explicitly: the copy replaces it.
    const copied = await call('document:saveCopyAs', { path: other, overwrite: true });
    expect(copied.ok).toBe(true);
    expect(performersIn(other)).toEqual(['Maya Okafor']);
    expectIntact();
  });

  it('replaces an existing production with a new one only when overwrite is given', async () => {
    const { call, dir } = editedProduction(tempDir());
    const other = join(dir, 'Other.closedset');
    otherProduction(other, 'Tom');
    const created = await call('document:create', { path: other, overwrite: true });
    expect(created.ok).toBe(true);
    expect(performersIn(other)).toEqual([]);
  });

  it('never writes a production over a file that is not one, even with overwrite', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Call sheet notes — do not lose\n');
    const fake = join(dir, 'Notes.closedset');
    writeFileSync(fake, 'Also notes, with the wrong extension\n');
    for (const path of [notes, fake]) {
      const before = sha256(path);
      for (const overwrite of [false, true]) {
        refused(await call('document:saveCopyAs', { path, overwrite }), /already exists and is not a Closed Set production/);
        refused(await call('document:create', { path, overwrite }), /already exists and is not a Closed Set production/);
      }
      expect(sha256(path)).toBe(before);
    }
    refused(await call('document:saveCopyAs', { path: dir, overwrite: true }), /is a folder/);
    expectIntact();
  });

  it('refuses a relative path instead of writing into the working folder', async () => {
    const { call, expectIntact } = editedProduction(tempDir());
    const name = `relative-${process.pid}.closedset`;
    refused(await call('document:create', { path: name }), /is not a full path/);
    refused(await call('document:saveCopyAs', { path: name }), /is not a full path/);
    refused(await call('document:open', { path: name }), /is not a full path/);
    expect(existsSync(join(process.cwd(), name))).toBe(false);
    expectIntact();
  });

  it('starting on a file that is not a production leaves it as it was', () => {
    const dir = tempDir();
    const session = new Session({ host: 'browser', version: '0', platform: process.platform, userDataDir: join(dir, 'ud'), samplePath: SAMPLE_PATH });
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Call sheet notes — do not lose\n');
    const before = sha256(notes);
    expect(() => session.openInitial(notes)).toThrow(/not a Closed Set production/);
    expect(sha256(notes)).toBe(before);
    expect(() => session.openInitial(join(dir, 'missing folder', 'x.closedset'))).toThrow(/The folder “.*missing folder” does not exist/);
    expect(session.document).toBeNull();
  });

  it('keeps a damaged sample copy and starts on a fresh one beside it', () => {
    const dir = tempDir();
    const userData = join(dir, 'ud');
    mkdirSync(userData);
    const damaged = join(userData, 'Sample production.closedset');
    writeFileSync(damaged, 'the coordinator’s edits were here');
    const before = sha256(damaged);
    const session = new Session({ host: 'browser', version: '0', platform: process.platform, userDataDir: userData, samplePath: SAMPLE_PATH });
    const loaded = session.openInitial()!;
    expect(loaded.info.isSample).toBe(true);
    expect(loaded.info.path).not.toBe(damaged);
    expect(sha256(damaged)).toBe(before);
    session.close();
  });
});

describe('in the desktop app a path comes only from main’s own dialogs', () => {
  function desktop(dir: string, dialogAnswer: () => string | null) {
    return editedProduction(dir, {
      host: 'electron',
      pagePathsAllowed: false,
      pickOpenPath: async () => dialogAnswer(),
      pickSavePath: async () => dialogAnswer(),
    });
  }

  it('refuses a path named by the page for New production, Save a Copy As and Open', async () => {
    const dir = tempDir();
    const { call, expectIntact } = desktop(dir, () => null);
    const dest = join(dir, 'chosen by the page.closedset');
    refused(await call('document:create', { path: dest }), /chosen in Closed Set’s own file dialog/);
    refused(await call('document:saveCopyAs', { path: dest }), /chosen in Closed Set’s own file dialog/);
    expect(existsSync(dest)).toBe(false);
    const other = join(dir, 'Other.closedset');
    otherProduction(other, 'Tom');
    refused(await call('document:open', { path: other }), /chosen in Closed Set’s own file dialog/);
    expectIntact();
  });

  it('opens a recent file the page names (the welcome screen’s list)', async () => {
    const dir = tempDir();
    const { call, session, path } = desktop(dir, () => null);
    const other = join(dir, 'Other.closedset');
    otherProduction(other, 'Tom');
    session.open(other);
    const back = await call('document:open', { path });
    expect(back.ok).toBe(true);
    expect(session.requireDocument().snapshot().performers.map((p) => p.name)).toEqual(['Maya Okafor']);
    session.close();
  });

  it('lets the dialog replace a production (it asked), but never a non-production, the open file or its companions', async () => {
    const dir = tempDir();
    let answer: string | null = null;
    const { call, path, expectIntact } = desktop(dir, () => answer);
    const other = join(dir, 'Other.closedset');
    otherProduction(other, 'Tom');
    answer = other;
    expect((await call('document:saveCopyAs', {})).ok).toBe(true);
    expect(performersIn(other)).toEqual(['Maya Okafor']);

    const notes = join(dir, 'notes.closedset');
    writeFileSync(notes, 'not a production');
    for (const target of [notes, path, `${path}-wal`, `${dir}/./Scene 4.closedset`]) {
      answer = target;
      refused(await call('document:saveCopyAs', {}), /not a Closed Set production|open now|working file/);
      refused(await call('document:create', {}), /not a Closed Set production|open now|working file/);
    }
    expect(readdirSync(dir).includes('notes.closedset')).toBe(true);
    expectIntact();
  });
});

/** Makes `dir` unwritable even for root (chattr +i), or with permissions for anyone else; null if impossible here. */
function lockFolder(dir: string): (() => void) | null {
  try {
    if (process.getuid?.() === 0) {
      execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
      return () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' });
    }
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  } catch {
    return null;
  }
}

describe('a folder that cannot take the file is named precisely', () => {
  it('says when the folder does not exist or is a file', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    const missing = join(dir, 'no such folder');
    refused(await call('document:saveCopyAs', { path: join(missing, 'copy.closedset') }), /The folder “.*no such folder” does not exist/);
    refused(await call('document:create', { path: join(missing, 'new.closedset') }), /The folder “.*no such folder” does not exist/);
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    refused(await call('document:saveCopyAs', { path: join(dir, 'notes.txt', 'copy.closedset') }), /“.*notes\.txt” is a file, not a folder/);
    expect(existsSync(missing)).toBe(false);
    expectIntact();
  });

  it('says when Closed Set may not write to the folder', async () => {
    const { call, dir, expectIntact } = editedProduction(tempDir());
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const unlock = lockFolder(locked);
    if (!unlock) throw new Error('Cannot make a folder unwritable on this machine (neither chattr nor chmod worked).');
    try {
      refused(await call('document:saveCopyAs', { path: join(locked, 'copy.closedset') }), /Closed Set may not write to the folder “.*locked”/);
      refused(await call('document:create', { path: join(locked, 'new.closedset') }), /Closed Set may not write to the folder “.*locked”/);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      unlock();
    }
    expectIntact();
  });
});
