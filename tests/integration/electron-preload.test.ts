// The BUILT preload (out/preload/index.cjs) as Electron's sandbox runs it: CommonJS with a `require`
// that knows only 'electron'. Checks the bridge the page gets: the contract's channels and events and
// nothing else, no ipcRenderer, no IPC event objects.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ClosedSetBridge } from '../../shared/ipc/contract';
import { preloadElectronModule } from '../support/electron-stub';

const PRELOAD_BUNDLE = resolve(__dirname, '../../out/preload/index.cjs');

function loadPreload() {
  const stub = preloadElectronModule();
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    // Electron's sandboxed preload can require 'electron' and a few Node shims; we allow only 'electron'.
    if (name === 'electron') return stub.module;
    throw new Error(`module not found: ${name} (a sandboxed preload cannot require it)`);
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(PRELOAD_BUNDLE, 'utf8'), { require: sandboxRequire, module, exports: module.exports, Promise, Set, Object, TypeError, String });
  return { ...stub, required, bridge: stub.exposed.get('closedSet') as ClosedSetBridge };
}

beforeAll(() => {
  if (!existsSync(PRELOAD_BUNDLE)) throw new Error('out/preload/index.cjs is missing: run `npx electron-vite build` first (npm test does).');
});

describe('preload bridge (built bundle)', () => {
  it('is small, requires nothing but electron, and exposes only window.closedSet', () => {
    const source = readFileSync(PRELOAD_BUNDLE, 'utf8');
    expect(source.length).toBeLessThan(8_000);
    expect(source).not.toMatch(/\bzod\b/);
    const { required, exposed, bridge } = loadPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['closedSet']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(JSON.stringify(Object.keys(bridge))).not.toContain('ipcRenderer');
  });

  it('forwards contract channels to main and refuses anything else without calling it', async () => {
    const { bridge, invoked } = loadPreload();
    for (const channel of CHANNELS) {
      expect(await bridge.invoke(channel, {} as never)).toEqual({ ok: true, value: `answer to ${channel}` });
    }
    expect(invoked.map((i) => i.channel)).toEqual([...CHANNELS]);
    for (const channel of ['shell:openExternal', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'constructor', 'toString']) {
      const answer = await bridge.invoke(channel as never, {} as never);
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
    expect(await bridge.invoke(42 as never, {} as never)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(invoked).toHaveLength(CHANNELS.length);
  });

  it('delivers events as plain payloads (never the IPC event) and unsubscribes', () => {
    const { bridge, emitFromMain, listeners } = loadPreload();
    const received: unknown[] = [];
    const off = bridge.on('menu:action', (...args: unknown[]) => received.push(args));
    emitFromMain('menu:action', { action: 'undo' });
    expect(received).toEqual([[{ action: 'undo' }]]);
    off();
    emitFromMain('menu:action', { action: 'redo' });
    expect(received).toHaveLength(1);
    expect(listeners.listenerCount('menu:action')).toBe(0);
    expect(() => bridge.on('ipc-internal' as never, () => {})).toThrow(TypeError);
    expect(listeners.eventNames()).toEqual([]);
  });
});
