import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/main/ipc/dispatch';
import type { Envelope } from '../../shared/ipc/errors';
import { newSession } from '../support/session';
import { sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

function opened() {
  const dir = tempDir();
  const { session, handlers } = newSession(dir);
  const path = join(dir, 'ipc.closedset');
  session.openInitial(path);
  const call = (channel: unknown, args: unknown) => dispatch(handlers, channel, args, () => {});
  return { session, path, call };
}

function failed(result: Envelope<unknown>) {
  expect(result.ok).toBe(false);
  return (result as Extract<Envelope<unknown>, { ok: false }>).error;
}

describe('every call from a window is validated before anything is written', () => {
  it('refuses an unknown channel by name', async () => {
    const { call, session } = opened();
    const error = failed(await call('fs:readFile', { path: '/etc/passwd' }));
    expect(error).toEqual({ code: 'unknown-channel', message: '“fs:readFile” is not something Closed Set can do.' });
    session.close();
  });

  it('refuses wrong types with a message a person can act on, and changes nothing', async () => {
    const { call, session, path } = opened();
    const scene = ((await call('command:apply', { command: { type: 'scene.create' } })) as { ok: true; value: { changes: { records: { id: string }[] } } }).value.changes.records[0]!;
    session.close();
    const before = sha256(path);
    session.open(path);

    const wrong = [
      { command: { type: 'beat.create', sceneId: 42 } },
      { command: { type: 'beat.update', id: 'x', patch: { counts: 'eight' } } },
      { command: { type: 'scene.update', id: scene.id, patch: { callTime: '25:99' } } },
      { command: { type: 'performer.create', fields: { heightCm: Number.NaN } } },
      { command: { type: 'drop.tables' } },
      { command: null },
      'not an object',
    ];
    const messages = [];
    for (const args of wrong) {
      const error = failed(await call('command:apply', args));
      expect(error.code).toBe('invalid-argument');
      messages.push(error.message);
    }
    expect(messages[0]).toBe('beat.create: sceneId must be text');
    expect(messages[1]).toBe('beat.update: patch.counts: Counts must be a number');
    expect(messages[2]).toMatch(/^scene\.update: patch\.callTime: Times are written HH:MM/);
    expect(messages[4]).toBe('“drop.tables” is not a command Closed Set knows');
    expect(messages[5]).toBe('command:apply: command must be an object');
    session.close();
    expect(sha256(path)).toBe(before);
  });

  it('refuses an oversized string, naming the field and its limit', async () => {
    const { call, session } = opened();
    const error = failed(await call('command:apply', { command: { type: 'production.update', patch: { notes: 'x'.repeat(10_001) } } }));
    expect(error).toEqual({ code: 'invalid-argument', message: 'production.update: patch.notes: Production notes is too long (at most 10000 characters)' });
    expect(session.load()!.snapshot.production.notes).toBe('');
    session.close();
  });

  it('refuses a request larger than the IPC limit before parsing it', async () => {
    const { call, session } = opened();
    const error = failed(await call('command:apply', { command: { type: 'production.update', patch: { notes: 'x'.repeat(2_000_000) } } }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/too large .* Nothing was changed/);
    session.close();
  });

  it('refuses extra, unexpected arguments on plain channels', async () => {
    const { call, session } = opened();
    expect(failed(await call('history:undo', { everything: true }))).toEqual({ code: 'invalid-argument', message: 'history:undo: unknown field everything' });
    session.close();
  });

  it('names the command and the missing field', async () => {
    const { call, session } = opened();
    expect(failed(await call('command:apply', { command: { type: 'performer.update', patch: { name: 'Ruth' } } })).message).toBe('performer.update: id is required');
    expect(failed(await call('command:apply', { command: { patch: {} } })).message).toBe('A command needs a type');
    session.close();
  });

  it('refuses unknown fields in a command instead of dropping them, and changes nothing', async () => {
    const { call, session, path } = opened();
    const refusals = [
      [{ type: 'production.update', patch: { titel: 'Typo' } }, 'production.update: patch: unknown field titel'],
      [{ type: 'production.update', patch: { title: 'Right', titel: 'Typo', compnay: 'x' } }, 'production.update: patch: unknown fields titel, compnay'],
      [{ type: 'scene.create', fields: { number: '7', colour: 'red' } }, 'scene.create: fields: unknown field colour'],
      [{ type: 'scene.create', sceneNumber: '7' }, 'scene.create: unknown field sceneNumber'],
    ] as const;
    for (const [command, message] of refusals) {
      expect(failed(await call('command:apply', { command }))).toEqual({ code: 'invalid-argument', message });
    }
    session.close();
    const reopened = session.open(path);
    expect(reopened.snapshot.production.title).not.toBe('Right');
    expect(reopened.snapshot.scenes).toEqual([]);
    expect(reopened.history.canUndo).toBe(false);
    session.close();
  });

  it('refuses a request nested too deeply with a message, not a crash or “Infinity KB”', async () => {
    const { call, session } = opened();
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const error = failed(await call('command:apply', { command: { type: 'production.update', patch: { title: deep } } }));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/^That request is nested too deeply \(more than \d+ levels\)\. Nothing was changed\.$/);
    // An object that contains itself (possible through Electron's structured clone) is refused the same way.
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(failed(await call('command:apply', { command: cyclic })).message).toMatch(/nested too deeply/);
    // Many small values are counted, not stringified without end.
    const wide = Array.from({ length: 20 }, () => [] as unknown[]);
    for (let i = 1; i < wide.length; i++) wide[i]!.push(wide[i - 1], wide[i - 1]);
    expect(failed(await call('command:apply', { command: wide.at(-1) })).message).toMatch(/^That request is too large \(more than [\d,]+ values; .*\)\. Nothing was changed\.$/);
    session.close();
  });

  it('answers a command for a record that no longer exists with not-found', async () => {
    const { call, session } = opened();
    const error = failed(await call('command:apply', { command: { type: 'beat.update', id: 'missing-beat', patch: { description: 'x' } } }));
    expect(error.code).toBe('not-found');
    expect(error.message).toMatch(/That beat no longer exists/);
    session.close();
  });

  it('says when no production is open', async () => {
    const { call, session } = opened();
    session.close();
    const error = failed(await call('command:apply', { command: { type: 'scene.create' } }));
    expect(error.code).toBe('no-document');
  });

  it('opens the sample production on first start: two adult performers, the kiss scene of six beats and the morning-after scene', async () => {
    const { session } = newSession(tempDir());
    const loaded = session.openInitial()!;
    expect(loaded.info.isSample).toBe(true);
    const { performers, scenes, beats } = loaded.snapshot;
    expect(performers).toHaveLength(2);
    expect(performers.every((p) => !p.isMinor)).toBe(true);
    expect(scenes.map((s) => s.number)).toEqual(['42', '57']);
    expect(beats.filter((b) => b.sceneId === scenes[0]!.id)).toHaveLength(6);
    expect(beats.map((b) => b.description).join(' ')).toMatch(/kiss/i);
    expect(beats.map((b) => b.description).join(' ')).toMatch(/embrace/i);
    session.close();
    // The next start reopens the same copy (now the most recent file) rather than making another.
    const again = newSession(join(session.adapters.userDataDir, '..')).session;
    expect(again.openInitial()!.info.path).toBe(loaded.info.path);
    again.close();
  });
});
