import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocumentSnapshot } from '../../shared/domain/records';
import type { StillsPagePayload } from '../../shared/stills/request';
import { docRecordsFrom } from '../../shared/records/query';
import { createSampleProduction } from '../../electron/main/services/sample';
import { SAMPLE_PATH, useTempDir } from '../support/tempDir';
import { join } from 'node:path';

// The app's stills provider: a hidden, sandboxed window on app://closed-set/still.html that is handed
// the staging as data and always closed. Electron itself is not here (no binary): a recording stand-in.

/** A 1×1 PNG, as the still page would answer (base64). */
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

const windows: FakeWindow[] = [];
let answer: (payload: StillsPagePayload) => unknown = (p) => p.stills.map(() => PNG_1x1);

class FakeWindow {
  url = '';
  destroyed = false;
  scripts: string[] = [];
  constructor(readonly options: Record<string, any>) {
    windows.push(this);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
  readonly webContents = {
    executeJavaScript: async (code: string) => {
      this.scripts.push(code);
      const json = code.match(/^window\.__closedSetStills\.render\((.*)\)$/s)?.[1];
      if (!json) throw new Error(`unexpected script ${code.slice(0, 80)}`);
      return answer(JSON.parse(json) as StillsPagePayload);
    },
  };
  destroy() {
    this.destroyed = true;
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow, protocol: {} }));
const { createElectronStills } = await import('../../electron/main/export/stillsElectron');
const { beatStills, requestKey } = await import('../../electron/main/export/stills');

const tempDir = useTempDir();
let copies = 0;
function sample(): DocumentSnapshot {
  const doc = createSampleProduction(SAMPLE_PATH, join(tempDir(), `sample-${++copies}.closedset`));
  try {
    return doc.snapshot();
  } finally {
    doc.close();
  }
}

const rehearsal = { sceneId: 'sample-scene-42', beatId: 'sample-beat-3', view: { kind: 'rehearsal' as const }, widthPx: 1200, heightPx: 675 };
const aCam = { ...rehearsal, view: { kind: 'camera' as const, cameraId: 'sample-camera-a' } };

beforeEach(() => {
  windows.length = 0;
  answer = (p) => p.stills.map(() => PNG_1x1);
});

describe('stills in the desktop app', () => {
  it('renders in a hidden, sandboxed window of the still page, without a preload, and closes it', async () => {
    const out = await createElectronStills()(sample(), [rehearsal, aCam, rehearsal]);
    expect([...out.keys()]).toEqual(['sample-scene-42/sample-beat-3/rehearsal/1200x675', 'sample-scene-42/sample-beat-3/camera:sample-camera-a/1200x675']);
    expect(out.get('sample-scene-42/sample-beat-3/rehearsal/1200x675')!.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect(windows).toHaveLength(1);
    const [win] = windows;
    expect(win!.url).toBe('app://closed-set/still.html');
    expect(win!.options.show).toBe(false);
    expect(win!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(win!.options.webPreferences.preload).toBeUndefined();
    expect(win!.destroyed).toBe(true);
  });

  it('hands the page the staging only: no boundaries, riders, crew or contact details', async () => {
    let seen: StillsPagePayload | null = null;
    answer = (p) => {
      seen = p;
      return p.stills.map(() => PNG_1x1);
    };
    const doc = sample();
    expect(doc.boundaries.length).toBeGreaterThan(0);
    await createElectronStills()(doc, [aCam]);
    const payload = seen! as StillsPagePayload & Record<string, unknown>;
    expect(payload.snapshot.performers.map((p) => p.name)).toEqual(doc.performers.map((p) => p.name));
    expect(payload.snapshot.performers.every((p) => p.contact === '')).toBe(true);
    for (const key of ['boundaries', 'riders', 'crew', 'production']) expect((payload.snapshot as Record<string, unknown>)[key]).toBeUndefined();
    expect(payload.snapshot.units).toBe('metric');
    // A 2.39:1 camera in a 1200×675 box: the page is asked for the frame's own shape.
    expect(payload.stills).toEqual([{ key: 'sample-scene-42/sample-beat-3/camera:sample-camera-a/1200x675', sceneId: 'sample-scene-42', beatId: 'sample-beat-3', view: aCam.view, width: 1200, height: 502 }]);
  });

  it("makes a sheet's stills from a version's records: each beat's chosen camera, or the rehearsal view", async () => {
    let seen: StillsPagePayload | null = null;
    answer = (p) => {
      seen = p;
      return p.stills.map(() => PNG_1x1);
    };
    const records = docRecordsFrom(sample());
    const beats = [
      { id: 'sample-beat-1', still: { cameraId: 'sample-camera-b' } },
      { id: 'sample-beat-2', still: { cameraId: null } },
    ];
    const out = await beatStills(createElectronStills(), { doc: records, sceneId: 'sample-scene-42', production: { units: 'imperial' } }, beats);
    expect([...out.keys()]).toEqual(['sample-beat-1', 'sample-beat-2']);
    const payload = seen! as StillsPagePayload;
    expect(payload.stills.map((s) => [s.beatId, s.view, s.width, s.height])).toEqual([
      ['sample-beat-1', { kind: 'camera', cameraId: 'sample-camera-b' }, 1200, 502],
      ['sample-beat-2', { kind: 'rehearsal' }, 1200, 675],
    ]);
    // Feet and inches: the floor squares are 3 ft.
    expect(payload.snapshot.units).toBe('imperial');
    expect((payload.snapshot as Record<string, unknown>).boundaries).toBeUndefined();
  });

  it('makes each still once per document: the next copy of a sheet from the same records opens no window', async () => {
    const doc = sample();
    const stills = createElectronStills();
    const first = await stills(doc, [rehearsal, aCam]);
    const again = await stills(doc, [aCam]);
    expect(windows).toHaveLength(1);
    expect(again.get(requestKey(aCam))).toBe(first.get(requestKey(aCam)));
    // Another document object (the production after an edit) is drawn again, only what it asks.
    let asked: string[] = [];
    answer = (p) => ((asked = p.stills.map((s) => s.key)), p.stills.map(() => PNG_1x1));
    await stills({ ...doc }, [aCam]);
    expect(windows).toHaveLength(2);
    expect(asked).toEqual([requestKey(aCam)]);
  });

  it('closes the window when the page fails, and says so', async () => {
    answer = () => {
      throw new Error('WebGL context lost');
    };
    await expect(createElectronStills()(sample(), [rehearsal])).rejects.toThrow('WebGL context lost');
    expect(windows[0]!.destroyed).toBe(true);
    answer = () => ['not a png'];
    await expect(createElectronStills()(sample(), [rehearsal])).rejects.toThrow(/did not return a PNG for sample-scene-42\/sample-beat-3\/rehearsal/);
  });

  it('opens no window for nothing to render or for a bad request', async () => {
    expect((await createElectronStills()(sample(), [])).size).toBe(0);
    await expect(createElectronStills()(sample(), [{ ...aCam, widthPx: 0 }])).rejects.toThrow(/width must be a whole number of pixels from 16 to 4096 \(got 0\)/);
    expect(windows).toHaveLength(0);
  });
});
