import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnyRecord } from '../../../shared/domain/records';
import { beatsOfScene, camerasOfBeat, castOfScene, docRecordsFrom, placementsOfBeat, setPiecesOfScene, visibleCamerasOfBeat } from '../../../shared/records/query';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../../shared/records/registry';

// The real sample production, as the app ships it.
const records = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/sample-production.json'), 'utf8')) as { records: unknown[] }).records.map((r) =>
  AnyRecord.parse(r),
);
const lists = Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, records.filter((r) => r.kind === k)]));
const doc = docRecordsFrom(lists);
const scene = Object.values(doc.scenes)[0]!;

describe('the query layer: what is live, parents taken into account', () => {
  it('lists a scene’s beats in order and its cast in billing order', () => {
    expect(beatsOfScene(doc, scene.id).map((b) => b.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(castOfScene(doc, scene.id).map((p) => p.name)).toEqual(scene.performerIds.map((id) => doc.performers[id]!.name));
  });

  it('hides the beats, set pieces and cameras of a deleted scene, whatever their own state', () => {
    const { [scene.id]: _gone, ...scenes } = doc.scenes;
    const without = { ...doc, scenes };
    const beat = beatsOfScene(doc, scene.id)[0]!;
    expect(beatsOfScene(without, scene.id)).toEqual([]);
    expect(setPiecesOfScene(without, scene.id)).toEqual([]);
    expect(placementsOfBeat(without, beat.id)).toEqual([]);
    expect(camerasOfBeat(without, beat.id)).toEqual([]);
  });

  it('leaves out the placement of a performer taken out of the scene, and of a deleted performer', () => {
    const beat = beatsOfScene(doc, scene.id)[0]!;
    const [first, second] = scene.performerIds;
    expect(placementsOfBeat(doc, beat.id).map((p) => p.performerId).sort()).toEqual([first, second].sort());
    const recast = { ...doc, scenes: { [scene.id]: { ...scene, performerIds: [first!] } } };
    expect(placementsOfBeat(recast, beat.id).map((p) => p.performerId)).toEqual([first]);
    const { [second!]: _deleted, ...performers } = doc.performers;
    expect(placementsOfBeat({ ...doc, performers }, beat.id).map((p) => p.performerId)).toEqual([first]);
  });

  it('joins each scene camera with its setup in the beat; hidden ones are listed but not visible', () => {
    const beat = beatsOfScene(doc, scene.id)[2]!;
    const cams = camerasOfBeat(doc, beat.id);
    expect(cams.map((c) => c.name)).toEqual(['A cam', 'B cam']);
    for (const c of cams) expect(c.beatId).toBe(beat.id);
    const placement = Object.values(doc.cameraPlacements).find((p) => p.beatId === beat.id && p.cameraId === cams[1]!.id)!;
    const hidden = { ...doc, cameraPlacements: { ...doc.cameraPlacements, [placement.id]: { ...placement, hidden: true } } };
    expect(visibleCamerasOfBeat(hidden, beat.id).map((c) => c.name)).toEqual(['A cam']);
    // A deleted camera leaves every beat.
    const { [cams[0]!.id]: _a, ...cameras } = doc.cameras;
    expect(camerasOfBeat({ ...doc, cameras }, beat.id).map((c) => c.name)).toEqual(['B cam']);
  });
});
