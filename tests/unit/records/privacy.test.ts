import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnyRecord } from '../../../shared/domain/records';
import { stagingLines, visibleTo } from '../../../shared/records/privacy';
import { docRecordsFrom } from '../../../shared/records/query';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../../shared/records/registry';

// The real sample production: two performers with boundary maps, history, a rider and garment fittings.
const records = (JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/sample-production.json'), 'utf8')) as { records: unknown[] }).records.map((r) => AnyRecord.parse(r));
const doc = docRecordsFrom(Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, records.filter((r) => r.kind === k)])));
const maya = 'sample-performer-maya';
const daniel = 'sample-performer-daniel';
const text = (d: unknown) => JSON.stringify(d);

describe('what each reader may see', () => {
  it('the sample has private data for both performers to protect', () => {
    for (const id of [maya, daniel]) expect(Object.values(doc.boundaries).some((b) => b.performerId === id)).toBe(true);
    expect(Object.values(doc.performers).every((p) => p.contact)).toBe(true);
  });

  it('a performer’s copy holds their own consent and contact, and none of anyone else’s', () => {
    const mine = visibleTo(doc, { kind: 'performer', performerId: maya });
    expect(Object.values(mine.boundaries).every((b) => b.performerId === maya)).toBe(true);
    expect(Object.values(mine.boundaries).length).toBe(Object.values(doc.boundaries).filter((b) => b.performerId === maya).length);
    expect(Object.values(mine.riders).every((r) => r.performerId === maya)).toBe(true);
    expect(mine.performers[daniel]!.contact).toBe('');
    expect(mine.performers[maya]!.contact).toBe(doc.performers[maya]!.contact);
    // Nothing private of Daniel's survives anywhere in the copy: his boundary notes and contact details.
    const danielNotes = Object.values(doc.boundaries).filter((b) => b.performerId === daniel && b.note).map((b) => b.note);
    expect(danielNotes.length).toBeGreaterThan(0);
    for (const secret of [...danielNotes, doc.performers[daniel]!.contact]) expect(text(mine)).not.toContain(secret);
    // The shared choreography is all there.
    expect(Object.keys(mine.contacts)).toEqual(Object.keys(doc.contacts));
  });

  it('the crew’s copy has the staging and no one’s consent or contact details', () => {
    const crew = visibleTo(doc, { kind: 'crew' });
    expect([crew.boundaries, crew.riders, crew.garmentFittings].map((m) => Object.keys(m).length)).toEqual([0, 0, 0]);
    expect(Object.values(crew.performers).every((p) => p.contact === '')).toBe(true);
    expect(Object.keys(crew.placements)).toEqual(Object.keys(doc.placements));
  });

  it('the director’s review copy has the staging, and consent only as staging lines: values in words, never a note or a rider’s terms', () => {
    const director = visibleTo(doc, { kind: 'director' });
    expect([director.boundaries, director.riders, director.garmentFittings].map((m) => Object.keys(m).length)).toEqual([0, 0, 0]);
    expect(Object.values(director.performers).every((p) => p.contact === '')).toBe(true);
    const lines = [...stagingLines(doc, 'sample-scene-42'), ...stagingLines(doc, 'sample-scene-57')];
    expect(lines).toContain('Maya Okafor (Ruth): nudity agreed in this scene: implied nudity.');
    expect(lines.some((l) => /^Daniel Reyes \(Tom\): not to be touched on the /.test(l))).toBe(true);
    const rider = Object.values(doc.riders)[0]!;
    const notes = Object.values(doc.boundaries).map((b) => b.note).filter(Boolean);
    for (const secret of [...notes, rider.description, rider.footageLimits]) expect(text(lines)).not.toContain(secret);
  });
});
