import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost } from '../support/browserHost';
import { useTempDir } from '../support/tempDir';

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
});
