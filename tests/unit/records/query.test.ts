import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnyRecord } from '../../../shared/domain/records';
import { beatsOfScene, camerasOfBeat, castOfScene, contactsOfBeat, copiedChildrenOfBeat, docRecordsFrom, mapWithChanges, placementsOfBeat, setPiecesOfScene, visibleCamerasOfBeat } from '../../../shared/records/query';
import type { Contact } from '../../../shared/domain/contact';
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

describe('mapWithChanges: a map’s next version keeps its query groups', () => {
  it('answers every beat query exactly as a map built afresh, through a long run of edits, additions, removals and moves', () => {
    const beats = Object.values(doc.beats);
    let carried = doc;
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (let step = 0; step < 300; step++) {
      // Ask first, so the groups exist and have to be carried.
      for (const b of beats) contactsOfBeat(carried, b.id), placementsOfBeat(carried, b.id), copiedChildrenOfBeat(carried, b.id);
      const contacts = Object.values(carried.contacts);
      const roll = next();
      const changes = new Map<string, Contact | null>();
      if (roll < 0.3 && contacts.length) changes.set(pick(contacts).id, null); // removed
      else if (roll < 0.6 && contacts.length) {
        const c = pick(contacts);
        changes.set(c.id, { ...c, notes: `edit ${step}` }); // edited in place
      } else if (roll < 0.7 && contacts.length) {
        const c = pick(contacts);
        changes.set(c.id, { ...c, beatId: pick(beats).id }); // moved to another beat
      } else {
        const c = pick(Object.values(doc.contacts));
        const id = `added-${step}` as Contact['id'];
        changes.set(id, { ...c, id, beatId: pick(beats).id, createdAt: `2026-12-02T10:00:${String(step % 60).padStart(2, '0')}.000Z` }); // added
      }
      carried = { ...carried, contacts: mapWithChanges(carried.contacts, changes) };
      const fresh = { ...carried, contacts: { ...carried.contacts } }; // the same records, no groups yet
      for (const b of beats) {
        expect(contactsOfBeat(carried, b.id), `step ${step}`).toEqual(contactsOfBeat(fresh, b.id));
        expect(copiedChildrenOfBeat(carried, b.id), `step ${step}`).toEqual(copiedChildrenOfBeat(fresh, b.id));
      }
    }
  });
});
