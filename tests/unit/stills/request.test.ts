import { describe, expect, it } from 'vitest';
import { docRecordsFrom } from '../../../shared/records/query';
import { requestKey, resolveStillRequests, stillPixelSize, type StillRequest } from '../../../shared/stills/request';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import sampleFile from '../../../resources/sample-production.json';

// Which stills can be made, at which size, and what a bad request is told — before anything renders.
const records = sampleFile.records as unknown as { kind: string }[];
const byKey: Record<string, unknown[]> = {};
const KEYS: Record<string, string> = { scene: 'scenes', beat: 'beats', camera: 'cameras', cameraPlacement: 'cameraPlacements', performer: 'performers' };
for (const r of records) if (KEYS[r.kind]) (byKey[KEYS[r.kind]!] ??= []).push(r);
const doc = docRecordsFrom(byKey as unknown as DocumentSnapshot);

const base: StillRequest = { sceneId: 'sample-scene-42', beatId: 'sample-beat-2', view: { kind: 'rehearsal' }, widthPx: 1200, heightPx: 675 };

describe('still requests', () => {
  it('key the same request the same way, and different views, beats or sizes differently', () => {
    expect(requestKey(base)).toBe(requestKey({ ...base }));
    const keys = new Set([base, { ...base, view: { kind: 'camera', cameraId: 'sample-camera-a' } }, { ...base, beatId: 'sample-beat-3' }, { ...base, widthPx: 800 }].map((r) => requestKey(r as StillRequest)));
    expect(keys.size).toBe(4);
  });

  it('give a camera still its frame aspect inside the box, and the rehearsal view the whole box', () => {
    expect(stillPixelSize({ widthPx: 1200, heightPx: 675 }, 2.39)).toEqual({ width: 1200, height: 502 });
    expect(stillPixelSize({ widthPx: 1200, heightPx: 675 }, 4 / 3)).toEqual({ width: 900, height: 675 });
    expect(stillPixelSize({ widthPx: 1200, heightPx: 675 }, null)).toEqual({ width: 1200, height: 675 });
    const [cam] = resolveStillRequests(doc, [{ ...base, view: { kind: 'camera', cameraId: 'sample-camera-b' } }]);
    expect(cam).toMatchObject({ width: 1200, height: 502 });
  });

  it('say what is wrong with each bad request, all at once', () => {
    const bad: StillRequest[] = [
      { ...base, sceneId: 'nope' },
      { ...base, beatId: 'sample-beat-57-1' },
      { ...base, sceneId: 'sample-scene-57', beatId: 'sample-beat-57-1', view: { kind: 'camera', cameraId: 'sample-camera-a' } },
      { ...base, widthPx: 5000, heightPx: 1.5 },
    ];
    let message = '';
    try {
      resolveStillRequests(doc, bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'The 3D stills cannot be made:',
      'Still 1: there is no scene with id “nope” in this production.',
      'Still 2: scene 42 has no beat with id “sample-beat-57-1”.',
      'Still 3: the camera “sample-camera-a” is not set up in that beat of scene 57.',
      'Still 4: the width must be a whole number of pixels from 16 to 4096 (got 5000).',
      'Still 4: the height must be a whole number of pixels from 16 to 4096 (got 1.5).',
    ]);
  });

  it('refuse a camera the beat does not use', () => {
    const hidden = { ...doc, cameraPlacements: { ...doc.cameraPlacements, 'sample-camera-2-b': { ...doc.cameraPlacements['sample-camera-2-b']!, hidden: true } } };
    expect(() => resolveStillRequests(hidden, [{ ...base, view: { kind: 'camera', cameraId: 'sample-camera-b' } }])).toThrow('Still 1: B cam is not used in that beat of scene 42.');
  });
});
