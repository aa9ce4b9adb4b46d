import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { beatsOfScene, docRecordsFrom, scenesInOrder, visibleCamerasOfBeat } from '../../shared/records/query';
import { openApp, SHOTS_DIR, type AppUnderTest } from '../support/e2e';

// What leaves the 3D view (through its Export dialog): a PNG of the current view and the beat as binary
// glTF, downloaded as a file the way a coordinator saves them, then read back and checked; and playback walking the beats.
let app: AppUnderTest;

beforeAll(async () => {
  app = await openApp({ sample: true });
  // Beat 3 of the sample: the two performers seated on the bed edge, two cameras.
  await app.page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: /^Beat 3:/ }).click();
  // The 3D view marks its canvas once snapshot and export are wired up.
  await app.page.locator('.stage-canvas canvas[data-ready]').waitFor();
});
afterAll(() => app.close());

/** Exports through the 3D view's Export dialog: choose what, look at the preview, save. */
async function download(option: 'png' | 'glb' | 'plan'): Promise<{ name: string; bytes: Buffer }> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'What to export' }).selectOption(option);
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save / }).click();
  const file = await pending;
  await expect.poll(() => dialog.count()).toBe(0);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('exporting the blocking', () => {
  it('saves a PNG snapshot of the view', async () => {
    const { name, bytes } = await download('png');
    expect(name).toBe('Sc42-beat3-free-view.png');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The IHDR chunk holds the picture's size: the stage canvas, not an empty 0×0 image.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);
  });

  it('saves the beat as binary glTF with both mannequins, the set and the cameras', async () => {
    const { name, bytes } = await download('glb');
    expect(name).toBe('Sc42-beat3-blocking.glb');
    expect(bytes.toString('latin1', 0, 4)).toBe('glTF');
    expect(bytes.readUInt32LE(4)).toBe(2);
    expect(bytes.readUInt32LE(8)).toBe(bytes.length);
    const jsonLength = bytes.readUInt32LE(12);
    const gltf = JSON.parse(bytes.toString('utf8', 20, 20 + jsonLength)) as { nodes: { name?: string }[]; skins?: unknown[]; cameras?: unknown[] };
    const names = gltf.nodes.map((n) => n.name ?? '').join('\n');
    expect(names).toMatch(/^Ruth$/m);
    expect(names).toMatch(/^Tom$/m);
    // Characters, not the performers' own names: the file goes to a previs vendor.
    expect(bytes.toString('utf8', 20, 20 + jsonLength)).not.toMatch(/Maya Okafor|Daniel Reyes/);
    expect(names).toMatch(/A cam/);
    expect(names).toMatch(/Double bed/);
    expect(names).toMatch(/leftUpperArm/); // VRM bone names travel with the skeleton
    expect(gltf.skins?.length).toBe(2);
    expect(gltf.cameras?.length).toBe(2);
  });
});

describe('the floor plan', () => {
  it('saves the beat as a to-scale SVG floor plan: set, both performers by character, cameras, legend', async () => {
    const { name, bytes } = await download('plan');
    expect(name).toBe('Sc42-beat3-floor-plan.svg');
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const scale = Number(/scale 1:(\d+) when printed/.exec(svg)?.[1]);
    expect([20, 25, 50, 75, 100]).toContain(scale);
    // Printed at 100 %, a millimetre on paper is `scale` millimetres on the floor: the page says its size in mm.
    expect(svg).toMatch(/width="[\d.]+mm" height="[\d.]+mm"/);
    // Each camera used in the beat is labelled with its name and lens, as recorded in the production.
    const doc = docRecordsFrom(await app.host.snapshot());
    const scene = scenesInOrder(doc).find((s) => s.number === '42')!;
    const beat = beatsOfScene(doc, scene.id)[2]!;
    const lenses = visibleCamerasOfBeat(doc, beat.id).map((c) => `${c.name} · ${Math.round(c.focalLengthMm * 100) / 100} mm`);
    expect(lenses.length).toBeGreaterThan(0);
    for (const text of ['Ruth', 'Tom', 'Double bed', ...lenses, 'UPSTAGE', 'CONFIDENTIAL']) expect(svg).toContain(text);
    expect(svg).toContain('Ruth — Maya Okafor');
    // Nothing private about a performer is on it: no contact details.
    const loaded = await app.host.call('document:load', {});
    const contacts = loaded.ok ? loaded.value!.snapshot.performers.map((p) => p.contact).filter(Boolean) : [];
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) expect(svg).not.toContain(c);
    // It draws: shown on its own in Chromium it is a real picture (looked at in test-results/screenshots).
    const view = await app.page.context().newPage();
    await view.setContent(`<html><body style="margin:0;background:#fff">${svg}</body></html>`);
    const box = await view.locator('body > svg').boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    await view.screenshot({ path: join(SHOTS_DIR, 'floor-plan.png'), fullPage: true });
    await view.close();
  });
});

describe('playback', () => {
  it('plays the transitions at the scene tempo, which is saved with the scene; the beat strip follows to the last beat', async () => {
    const { page } = app;
    const current = () =>
      page
        .getByRole('list', { name: 'Beats' })
        .locator('[aria-current="true"]')
        .getAttribute('aria-label');
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem', { name: /^Beat 1:/ }).click();
    const tempo = page.getByRole('textbox', { name: 'Tempo in counts per minute' });
    await expect.poll(() => tempo.inputValue()).toBe('48'); // the sample scene's own tempo
    await tempo.fill('240');
    await tempo.press('Enter');
    const sceneTempo = async () => {
      const loaded = await app.host.call('document:load', {});
      return loaded.ok ? loaded.value!.snapshot.scenes[0]!.tempoCpm : null;
    };
    await expect.poll(sceneTempo).toBe(240);
    const before = await app.host.call('document:load', {});
    expect(before.ok && before.value?.history.undoLabel).toBe('Change playback tempo');
    await page.getByRole('button', { name: 'Play the beats' }).click();
    await expect.poll(current, { timeout: 30_000, interval: 250 }).toMatch(/^Beat 2:/);
    await expect.poll(current, { timeout: 60_000, interval: 250 }).toMatch(/^Beat 6:/);
    // Playback stops by itself at the end and writes nothing to the file.
    await expect.poll(() => page.getByRole('button', { name: 'Play the beats' }).count(), { timeout: 30_000 }).toBe(1);
    const after = await app.host.call('document:load', {});
    expect(after.ok && after.value?.history).toEqual(before.ok && before.value?.history);
    // The tempo is the file's: after a reload the field shows it again.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Tempo in counts per minute' }).inputValue()).toBe('240');
  });
});

describe('smooth edges', () => {
  const antialiased = () =>
    app.page.evaluate(() => {
      // Only once three.js has made its context (it marks the canvas): asking earlier would make one here.
      const canvas = document.querySelector('.stage-canvas canvas[data-engine]') as HTMLCanvasElement | null;
      return canvas?.getContext('webgl2')?.getContextAttributes()?.antialias ?? null;
    });

  it('starts off on a software renderer, on with a GPU; the choice survives a reload and the view still draws', async () => {
    const { page } = app;
    const software = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')!;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
    });
    const button = page.getByRole('button', { name: 'Smooth edges' });
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe(String(!software));
    await expect.poll(antialiased).toBe(!software);

    await button.click();
    await expect.poll(antialiased).toBe(software);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Smooth edges' }).getAttribute('aria-pressed')).toBe(String(software));
    await expect.poll(antialiased).toBe(software);
    // The remade canvas draws: a snapshot of it is a real picture.
    const { bytes } = await download('png');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
    await page.getByRole('button', { name: 'Smooth edges' }).click();
    await expect.poll(antialiased).toBe(!software);
  });
});
