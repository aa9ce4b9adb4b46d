import { describe, expect, it } from 'vitest';
import type { BoundaryEntry } from '../../../shared/domain/consent';
import { SIGNOFF_STATEMENTS, type SceneVersion, type Signoff } from '../../../shared/domain/versions';
import type { DocRecords } from '../../../shared/records/query';
import { draftOf, signoffStatus } from '../../../shared/versions';
import { sampleDoc, SCENE, withRecords } from './sampleDoc';

const base = sampleDoc();
const at = (h: number) => `2026-12-01T${String(h).padStart(2, '0')}:00:00.000Z`;

function version(doc: DocRecords, number: number, hour: number): SceneVersion {
  const d = draftOf(doc, SCENE);
  return { kind: 'sceneVersion', id: `v${number}`, sceneId: SCENE, number, note: '', hash: d.hash, canonical: d.canonical, format: 1, issuedBy: 'Sam Whitfield', issuedAt: at(hour), createdAt: at(hour), updatedAt: at(hour), deletedAt: null } as SceneVersion;
}
function signoff(v: SceneVersion, hour: number, over: Partial<Signoff> = {}): Signoff {
  return {
    kind: 'signoff',
    id: `s-${v.number}-${hour}-${over.action ?? 'signed'}`,
    sceneId: SCENE,
    versionId: v.id,
    versionHash: v.hash,
    versionNumber: v.number,
    role: 'performer',
    performerId: 'sample-performer-maya',
    crewId: null,
    typedName: 'Maya Okafor',
    signatureMethod: 'typed',
    signature: null,
    statement: SIGNOFF_STATEMENTS.performer,
    action: 'signed',
    note: '',
    signedAt: at(hour),
    createdAt: at(hour),
    updatedAt: at(hour),
    deletedAt: null,
    ...over,
  } as Signoff;
}
const state = (doc: DocRecords) => signoffStatus(doc, SCENE, draftOf(doc, SCENE).hash).map((s) => [s.typedName, s.state, s.reason]);

describe('signoffStatus', () => {
  const v1 = version(base, 1, 9);

  it('is current when the latest version is signed and the scene has not changed', () => {
    expect(state(withRecords(base, v1, signoff(v1, 10)))).toEqual([['Maya Okafor', 'current', 'Signed v1, the current version.']]);
  });

  it('is outdated once the scene changes after the version was issued (the draft differs)', () => {
    const beat = base.beats['sample-beat-2']!;
    const doc = withRecords(base, v1, signoff(v1, 10), { ...beat, counts: 99 });
    expect(state(doc)).toEqual([['Maya Okafor', 'outdated', 'Signed v1; the scene has changed since v1 was issued.']]);
  });

  it('is outdated when a later version is issued, even one with the same content: nothing carries over', () => {
    const v2 = version(base, 2, 11);
    expect(state(withRecords(base, v1, signoff(v1, 10), v2))).toEqual([['Maya Okafor', 'outdated', 'Signed v1; v2 is current.']]);
  });

  it('is withdrawn after the signer withdraws the sign-off, or withdraws consent for the scene after signing', () => {
    const withdrawn = withRecords(base, v1, signoff(v1, 10), signoff(v1, 12, { action: 'withdrawn', signatureMethod: 'typed' }));
    expect(state(withdrawn)[0]).toEqual(['Maya Okafor', 'withdrawn', 'Signed v1; sign-off withdrawn on 1 Dec 2026, 12:00 UTC.']);
    const entry = Object.values(base.boundaries).find((e) => e.performerId === 'sample-performer-maya')!;
    const consent: BoundaryEntry = { ...entry, id: 'w1' as BoundaryEntry['id'], occasion: 'onSetWithdrawal', value: 'notAgreed', recordedAt: at(13), createdAt: at(13) };
    const doc = withRecords(base, v1, signoff(v1, 10), consent);
    expect(state(doc)[0]!.slice(0, 2)).toEqual(['Maya Okafor', 'withdrawn']);
    expect(state(doc)[0]![2]).toMatch(/consent withdrawn on 1 Dec 2026, 13:00 UTC/);
    // A consent withdrawal before the signature does not withdraw it.
    const before = withRecords(base, { ...consent, recordedAt: at(8) }, version(withRecords(base, { ...consent, recordedAt: at(8) }), 1, 9));
    const v = before.sceneVersions['v1']!;
    expect(signoffStatus(withRecords(before, signoff(v, 10)), SCENE, draftOf(before, SCENE).hash)[0]!.state).toBe('current');
  });

  it('signing again after a withdrawal makes the new signature the one that counts', () => {
    const doc = withRecords(base, v1, signoff(v1, 10), signoff(v1, 11, { action: 'withdrawn' }), signoff(v1, 12));
    expect(state(doc)).toEqual([['Maya Okafor', 'current', 'Signed v1, the current version.']]);
  });

  it('keeps one line per signer, performers first, and ignores other scenes', () => {
    const coordinator = signoff(v1, 9, { id: 'c1' as Signoff['id'], role: 'coordinator', performerId: null, crewId: 'sample-crew-1' as Signoff['crewId'], typedName: 'Sam Whitfield', statement: SIGNOFF_STATEMENTS.coordinator });
    const other = signoff(v1, 10, { id: 'o1' as Signoff['id'], sceneId: 'sample-scene-57' as Signoff['sceneId'] });
    const doc = withRecords(base, v1, coordinator, signoff(v1, 10), other);
    expect(state(doc).map(([name, s]) => `${name}: ${s}`)).toEqual(['Maya Okafor: current', 'Sam Whitfield: current']);
  });
});
