import { describe, expect, it } from 'vitest';
import type { Beat } from '../../../shared/domain/beat';
import type { Contact } from '../../../shared/domain/contact';
import type { SceneVersion } from '../../../shared/domain/versions';
import { boundaryOf, riderOf } from '../../../shared/records/consentQuery';
import { beatsOfScene, castOfScene, contactsOfBeat, docRecordsFrom, placementsOfBeat, type DocRecords } from '../../../shared/records/query';
import { canonicalJson, docFromVersion, draftOf, versionContent } from '../../../shared/versions';
import { sampleDoc, SCENE, withoutRecord, withRecords } from './sampleDoc';

/** The same records, each map built in reverse insertion order (the order a file or a store hands them over). */
function reversed(doc: DocRecords): DocRecords {
  return Object.fromEntries(Object.entries(doc).map(([k, map]) => [k, Object.fromEntries(Object.entries(map as object).reverse())])) as unknown as DocRecords;
}

function asVersion(doc: DocRecords): SceneVersion {
  const d = draftOf(doc, SCENE);
  const t = '2026-12-01T10:00:00.000Z';
  return { kind: 'sceneVersion', id: 'v1', sceneId: SCENE, number: 1, note: '', hash: d.hash, canonical: d.canonical, format: 1, issuedBy: '', issuedAt: t, createdAt: t, updatedAt: t, deletedAt: null } as SceneVersion;
}

describe('versionContent and its hash', () => {
  const doc = sampleDoc();
  const hash = draftOf(doc, SCENE).hash;

  it('is RFC 8785 canonical JSON: keys sorted, no whitespace, numbers in ES form', () => {
    expect(canonicalJson({ b: 1, a: [1e21, 0.1, -0], c: 'é' })).toBe('{"a":[1e+21,0.1,0],"b":1,"c":"é"}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/canonical JSON/);
  });

  it('does not depend on the order records are held in', () => {
    expect(draftOf(reversed(doc), SCENE).hash).toBe(hash);
  });

  it('ignores bookkeeping: updatedAt, the scene’s place in the list, contact details, other scenes', () => {
    const beat = doc.beats['sample-beat-2']!;
    const maya = doc.performers['sample-performer-maya']!;
    const scene = doc.scenes[SCENE]!;
    const other = doc.scenes['sample-scene-57']!;
    const touched = withRecords(
      doc,
      { ...beat, updatedAt: '2027-01-01T00:00:00.000Z' },
      { ...maya, contact: 'new agent, +44 20 0000 0000', updatedAt: '2027-01-01T00:00:00.000Z' },
      { ...scene, order: 5 },
      { ...other, title: 'Morning after (revised)' },
    );
    expect(draftOf(touched, SCENE).hash).toBe(hash);
  });

  it('changes with any content: a beat’s words, a contact’s pressure, a pose, a boundary, the pause word, a beat moved or removed', () => {
    const beat = doc.beats['sample-beat-2']!;
    const contact = Object.values(doc.contacts)[0]!;
    const placement = Object.values(doc.placements).find((p) => p.beatId === 'sample-beat-1')!;
    const scene = doc.scenes[SCENE]!;
    const entry = boundaryOf(doc, 'sample-performer-maya', SCENE, 'leftBreast', 'show').entry!;
    const variants: [string, DocRecords][] = [
      ['beat description', withRecords(doc, { ...beat, description: beat.description + '.' })],
      ['beat counts', withRecords(doc, { ...beat, counts: (beat.counts ?? 1) + 1 })],
      ['contact pressure', withRecords(doc, { ...contact, pressure: contact.pressure === 'light' ? 'firm' : 'light' } as Contact)],
      ['pose', withRecords(doc, { ...placement, position: [placement.position[0] + 0.01, placement.position[1], placement.position[2]] })],
      ['boundary', withRecords(doc, { ...entry, id: 'later-entry' as typeof entry.id, value: entry.value === 'agreed' ? 'notAgreed' : 'agreed', recordedAt: '2027-01-01T00:00:00.000Z' })],
      ['pause word', withRecords(doc, { ...scene, pauseWord: 'Stop' })],
      ['beat order', withRecords(doc, { ...beat, order: 2 } as Beat, { ...doc.beats['sample-beat-3']!, order: 1 })],
      ['beat removed', withoutRecord(doc, 'beats', 'sample-beat-6')],
    ];
    const hashes = new Set([hash]);
    for (const [what, changed] of variants) {
      const h = draftOf(changed, SCENE).hash;
      expect(h, what).not.toBe(hash);
      hashes.add(h);
    }
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('holds the cast without contact details, and only this scene’s consent in force', () => {
    const content = versionContent(doc, SCENE);
    expect(content.records.performers.map((p) => p.id)).toEqual(['sample-performer-daniel', 'sample-performer-maya']);
    expect(JSON.stringify(content)).not.toContain('Hollis Talent');
    expect(content.records.riders.every((r) => r.sceneId === SCENE)).toBe(true);
    expect(content.records.boundaries.every((b) => b.sceneId === null || b.sceneId === SCENE)).toBe(true);
    expect(content.records.beats).toHaveLength(6);
  });

  it('rebuilds from the version alone: the query layer answers as it does on the live document', () => {
    const version = asVersion(doc);
    const rebuilt = docFromVersion(version);
    expect(beatsOfScene(rebuilt, SCENE).map((b) => b.description)).toEqual(beatsOfScene(doc, SCENE).map((b) => b.description));
    expect(castOfScene(rebuilt, SCENE).map((p) => p.name)).toEqual(['Maya Okafor', 'Daniel Reyes']);
    expect(castOfScene(rebuilt, SCENE).every((p) => p.contact === '')).toBe(true);
    for (const b of beatsOfScene(doc, SCENE)) {
      expect(contactsOfBeat(rebuilt, b.id).map((c) => c.id)).toEqual(contactsOfBeat(doc, b.id).map((c) => c.id));
      expect(placementsOfBeat(rebuilt, b.id).map((p) => p.pose)).toEqual(placementsOfBeat(doc, b.id).map((p) => p.pose));
    }
    for (const p of ['sample-performer-maya', 'sample-performer-daniel']) {
      expect(boundaryOf(rebuilt, p, SCENE, 'leftBreast', 'show').value).toBe(boundaryOf(doc, p, SCENE, 'leftBreast', 'show').value);
      expect(riderOf(rebuilt, p, SCENE)?.id).toBe(riderOf(doc, p, SCENE)?.id);
    }
    // The rebuilt records give the same content and hash again.
    expect(draftOf(rebuilt, SCENE).hash).toBe(version.hash);
  });

  it('refuses a damaged or foreign version instead of guessing', () => {
    const version = asVersion(doc);
    expect(() => docFromVersion({ ...version, canonical: version.canonical.slice(0, 100) })).toThrow(/damaged/);
    expect(() => docFromVersion({ ...version, sceneId: 'another-scene' as SceneVersion['sceneId'] })).toThrow(/not a scene version/);
    expect(() => docFromVersion({ ...version, canonical: version.canonical.replace('"format":1', '"format":9') })).toThrow(/newer Closed Set/);
    const broken = version.canonical.replace(/"heightCm":\d+/, '"heightCm":"tall"');
    expect(() => docFromVersion({ ...version, canonical: broken })).toThrow(/cannot read/);
  });

  it('works on a store without the kinds a version does not hold', () => {
    expect(() => versionContent(docRecordsFrom({}), SCENE)).toThrow(/no longer exists/);
  });
});
