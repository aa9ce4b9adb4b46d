import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProductionDocument } from '../../electron/main/services/productionDocument';
import { startHost } from '../support/browserHost';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

describe('a crash in the middle of a burst of edits', () => {
  it('leaves a file that opens with every acknowledged command in it', async () => {
    const dir = tempDir();
    const file = join(dir, 'crash.closedset');
    const host = await startHost({ file, userData: join(dir, 'user-data') });
    const loaded = await host.call('document:load', {});
    if (!loaded.ok || !loaded.value) throw new Error('no document');
    const scene = await host.call('command:apply', { command: { type: 'scene.create', fields: { number: '1' } } });
    if (!scene.ok) throw new Error(scene.error.message);
    const sceneId = scene.value.changes.records[0]!.id;

    // Four writers keep commands in flight; the process is killed (SIGKILL, no clean-up) mid-burst.
    const acknowledged = new Set<string>();
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const description = `writer ${w} beat ${i}`;
        try {
          const r = await host.call('command:apply', { command: { type: 'beat.create', sceneId: sceneId as never, fields: { description } } });
          if (r.ok) acknowledged.add(description);
        } catch {
          return; // the connection died with the process
        }
        if (acknowledged.size >= 120 && !killed) {
          killed = true;
          host.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    if (host.process.exitCode === null && host.process.signalCode === null) await new Promise((r) => host.process.once('exit', r));

    const doc = ProductionDocument.open(file);
    const stored = new Set(doc.snapshot().beats.map((b) => b.description));
    const lost = [...acknowledged].filter((d) => !stored.has(d));
    expect(acknowledged.size).toBeGreaterThanOrEqual(120);
    expect(lost).toEqual([]);
    // Orders are still dense and unique: no half-applied renumbering.
    const orders = doc.snapshot().beats.map((b) => b.order);
    expect(orders).toEqual(orders.map((_, i) => i));
    // And the file keeps working: undo reaches the last stored command.
    expect(doc.engine.history().canUndo).toBe(true);
    doc.close();
  });
});
