import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandInput } from '../../shared/commands';
import type { DocumentSnapshot } from '../../shared/domain/records';
import type { ApplyResult, ArgsOf, Channel, ResultOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/errors';

const ROOT = join(import.meta.dirname, '../..');
export const HOST_BUNDLE = join(ROOT, 'out/main/browser-host.js');
/** The built UI the host serves; without it every page is a 404 and nothing can be driven. */
export const RENDERER_INDEX = join(ROOT, 'out/renderer/index.html');

export interface RunningHost {
  readonly url: string;
  readonly token: string;
  readonly process: ChildProcess;
  /** Calls a contract channel over HTTP exactly as the UI does. */
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Envelope<ResultOf<C>>>;
  /** Applies one command as the UI does, throwing with main's message when it is refused. */
  apply(command: CommandInput): Promise<ApplyResult>;
  /** The whole open production as the UI loads it. */
  snapshot(): Promise<DocumentSnapshot>;
  /** Stops the host cleanly (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts the real browser host (`npm run dev:browser`'s bundle) on a free port. */
export async function startHost(options: { file?: string; userData: string }): Promise<RunningHost> {
  for (const built of [HOST_BUNDLE, RENDERER_INDEX]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: the app is not built. Run \`npm run build\` (npm test does this first).`);
  }
  const args = [HOST_BUNDLE, '--port', '0', '--user-data', options.userData];
  if (options.file) args.push('--file', options.file);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The browser host did not start within 20 s.\n${out}\n${stderr}`)), 20_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The browser host exited with ${code}.\n${out}\n${stderr}`));
    });
  });
  let token: string | undefined;
  try {
    const page = await fetch(url);
    token = (await page.text()).match(/name="closed-set-token" content="([0-9a-f]+)"/)?.[1];
    if (!token) throw new Error(`The browser host at ${url} answered HTTP ${page.status} without an API token in index.html: rebuild with \`npm run build\`.`);
  } catch (e) {
    child.kill('SIGTERM'); // a host the test cannot use must not outlive it
    throw e;
  }
  const call: RunningHost['call'] = async (channel, body) => {
    const res = await fetch(`${url}api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-closed-set-token': token },
      body: JSON.stringify(body),
    });
    return (await res.json()) as never;
  };
  return {
    url,
    token,
    process: child,
    call,
    async apply(command) {
      const res = await call('command:apply', { command: command as never });
      if (!res.ok) throw new Error(res.error.message);
      return res.value;
    },
    async snapshot() {
      const res = await call('document:load', {});
      if (!res.ok || !res.value) throw new Error(res.ok ? 'No production is open' : res.error.message);
      return res.value.snapshot;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
