import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../support/browserHost';
import { sha256, useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

/** A raw GET, so the Host header and path reach the server exactly as written. */
function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the browser host', () => {
  it('creates the production file when it is missing and serves the app with the API token', async () => {
    const dir = tempDir();
    const file = join(dir, 'trial.closedset');
    const host = await startHost({ file, userData: join(dir, 'ud') });
    try {
      expect(existsSync(file)).toBe(true);
      const loaded = await host.call('document:load', {});
      expect(loaded.ok && loaded.value?.info.fileName).toBe('trial.closedset');
      const info = await host.call('app:info', {});
      expect(info.ok && info.value.host).toBe('browser');
    } finally {
      await host.stop();
    }
  });

  it('answers API calls only with its token and only for its own host name', async () => {
    const dir = tempDir();
    const host = await startHost({ file: join(dir, 'x.closedset'), userData: join(dir, 'ud') });
    try {
      const noToken = await fetch(`${host.url}api/document:load`, { method: 'POST', body: '{}' });
      expect(noToken.status).toBe(403);
      const { port } = new URL(host.url);
      // A DNS-rebinding page would arrive with its own host name.
      expect(await rawGet(host.url, '/', { host: `evil.example:${port}` })).toBe(421);
      expect(await rawGet(host.url, '/')).toBe(200);
    } finally {
      await host.stop();
    }
  });

  it('never serves files outside the built app', async () => {
    const dir = tempDir();
    const host = await startHost({ file: join(dir, 'x.closedset'), userData: join(dir, 'ud') });
    try {
      expect(await rawGet(host.url, '/index.html')).toBe(200); // it does serve the built app, so the 404s below are the guard
      for (const path of ['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00index.html']) {
        expect(await rawGet(host.url, path), path).toBe(404);
      }
    } finally {
      await host.stop();
    }
  });

  it('refuses to start on a foreign file, saying why, instead of serving a broken app', async () => {
    const dir = tempDir();
    const file = join(dir, 'notes.closedset');
    (await import('node:fs')).writeFileSync(file, 'not a production');
    await expect(startHost({ file, userData: join(dir, 'ud') })).rejects.toThrow(/is not a Closed Set production file/);
  });

  it('answers a malformed channel name or a deeply nested body with a message, not a server error', async () => {
    const dir = tempDir();
    const host = await startHost({ file: join(dir, 'x.closedset'), userData: join(dir, 'ud') });
    try {
      const post = (path: string, body: string) =>
        fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-closed-set-token': host.token }, body });
      const malformed = await post('api/%zz', '{}');
      expect(malformed.status).toBe(200);
      expect(await malformed.json()).toEqual({ ok: false, error: { code: 'unknown-channel', message: '“%zz” is not something Closed Set can do.' } });

      const depth = 100_000;
      const nested = await post('api/command:apply', `{"command":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      const answer = (await nested.json()) as { ok: boolean; error: { message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.message).toMatch(/nested too deeply \(more than \d+ levels\)/);
      expect(answer.error.message).not.toMatch(/Infinity/);
      // The host is still answering.
      expect((await host.call('app:info', {})).ok).toBe(true);
    } finally {
      await host.stop();
    }
  });

  it('does not create, copy or start over a file that exists, and refuses a relative path', async () => {
    const dir = tempDir();
    const file = join(dir, 'open.closedset');
    const host = await startHost({ file, userData: join(dir, 'ud') });
    try {
      const scene = await host.apply({ type: 'scene.create', fields: { number: '12' } });
      expect(scene.changes.records).toHaveLength(1);
      const notes = join(dir, 'notes.txt');
      writeFileSync(notes, 'Rehearsal notes\n');
      const refusals: [Parameters<typeof host.call>[0], object, RegExp][] = [
        ['document:saveCopyAs', { path: notes }, /“notes\.txt” already exists and is not a Closed Set production/],
        ['document:create', { path: notes, overwrite: true }, /“notes\.txt” already exists and is not a Closed Set production/],
        ['document:saveCopyAs', { path: `${dir}/./open.closedset`, overwrite: true }, /“open\.closedset” is the production open now/],
        ['document:saveCopyAs', { path: `${file}-wal`, overwrite: true }, /working file of the open production/],
        ['document:create', { path: 'relative.closedset' }, /is not a full path/],
      ];
      for (const [channel, args, message] of refusals) {
        const result = await host.call(channel, args as never);
        expect(result.ok, `${channel} ${JSON.stringify(args)}`).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(message);
      }
      expect(readFileSync(notes, 'utf8')).toBe('Rehearsal notes\n');
      const copy = join(dir, 'copy.closedset');
      expect((await host.call('document:saveCopyAs', { path: copy })).ok).toBe(true);
      const again = await host.call('document:saveCopyAs', { path: copy });
      expect(!again.ok && again.error.message).toMatch(/“copy\.closedset” already exists/);
      expect((await host.snapshot()).scenes.map((s) => s.number)).toEqual(['12']);
    } finally {
      await host.stop();
    }
    // Started on a file that is not a production (any extension): refused, and the file is unchanged.
    const notes = join(dir, 'notes.txt');
    const before = sha256(notes);
    await expect(startHost({ file: notes, userData: join(dir, 'ud') })).rejects.toThrow(/not a Closed Set production/);
    expect(sha256(notes)).toBe(before);
  });
});
