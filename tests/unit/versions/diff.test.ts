import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared/domain/records';
import type { Contact } from '../../../shared/domain/contact';
import type { Garment } from '../../../shared/domain/wardrobe';
import { boundaryOf } from '../../../shared/records/consentQuery';
import type { DocRecords } from '../../../shared/records/query';
import { diffVersions, versionContent } from '../../../shared/versions';
import { sampleDoc, SCENE, withoutRecord, withRecords } from './sampleDoc';

const doc = sampleDoc();
const later = '2027-01-02T09:00:00.000Z';
const beat = (id: string) => doc.beats[id]!;
const contactIn = (beatId: string) => Object.values(doc.contacts).find((c) => c.beatId === beatId)!;
const diffAfter = (change: (d: DocRecords) => DocRecords, reader?: Parameters<typeof diffVersions>[2]) =>
  diffVersions(versionContent(doc, SCENE), versionContent(change(doc), SCENE), reader);
const put = (...records: AnyRecord[]) => (d: DocRecords) => withRecords(d, ...records);

const newContact: Contact = {
  ...contactIn('sample-beat-4'),
  id: 'contact-new' as Contact['id'],
  initiator: { performerId: 'sample-performer-daniel' as Contact['initiator']['performerId'], region: 'leftHand', offset: [0, 0, 0] },
  receiver: { kind: 'performer', performerId: 'sample-performer-maya' as Contact['initiator']['performerId'], region: 'rightShoulder', offset: [0, 0, 0] },
  type: 'handRest',
  kiss: null,
  pressure: 'light',
  fromCount: null,
  toCount: null,
  alternative: 'none',
  createdAt: later,
};
const mayaShoulder = boundaryOf(doc, 'sample-performer-maya', SCENE, 'leftShoulder', 'receive').entry!;
const withdrawal = { ...mayaShoulder, id: 'withdrawal-1' as typeof mayaShoulder.id, sceneId: SCENE as never, value: 'notAgreed' as const, previousValue: 'agreed' as const, occasion: 'onSetWithdrawal' as const, recordedAt: later, createdAt: later };
const newGarment: Garment = { kind: 'garment', id: 'garment-new' as Garment['id'], beatId: 'sample-beat-5' as Garment['beatId'], performerId: 'sample-performer-maya' as Garment['performerId'], type: 'nippleCovers', notes: '', createdAt: later, updatedAt: later, deletedAt: null };

describe('diffVersions: what changed, in sentences built per record', () => {
  const cases: [string, (d: DocRecords) => DocRecords, string[]][] = [
    ['nothing', (d) => d, []],
    ['a contact added', put(newContact), ['Beat 4: contact added — Tom → Ruth: left hand rests on right shoulder, light']],
    ['a contact removed', (d) => withoutRecord(d, 'contacts', contactIn('sample-beat-3').id), ['Beat 3: contact removed — Ruth → Tom: closed-mouth kiss on the lips, no tongue, head tilted right, counts 1–3']],
    [
      'a beat moved',
      put({ ...beat('sample-beat-2'), order: 2 }, { ...beat('sample-beat-3'), order: 1 }),
      ['Beat 2 moved before beat 4 (now beat 3)'],
    ],
    ['a beat’s counts', put({ ...beat('sample-beat-2'), counts: 12 }), [`Beat 2: counts ${beat('sample-beat-2').counts} → 12`]],
    ['a check-in added', put({ ...beat('sample-beat-1'), checkInAfter: !beat('sample-beat-1').checkInAfter }), [`Beat 1: check-in after this beat ${beat('sample-beat-1').checkInAfter ? 'removed' : 'added'}`]],
    ['a beat removed', (d) => withoutRecord(d, 'beats', 'sample-beat-6'), [`Beat 6 removed (“${beat('sample-beat-6').description}”)`]],
    ['a garment added', put(newGarment), ['Beat 5: Ruth’s garment added — nipple covers']],
    [
      'a boundary withdrawn',
      put(withdrawal),
      ['Ruth’s boundary: left shoulder, be touched — agreed → not agreed (consent withdrawn)'],
    ],
    ['the pause word', put({ ...doc.scenes[SCENE]!, pauseWord: 'Stop' }), [`Pause word: “${doc.scenes[SCENE]!.pauseWord}” → “Stop”`]],
    ['the cast', put({ ...doc.scenes[SCENE]!, performerIds: ['sample-performer-maya' as never] }), ['Cast: Tom removed']],
  ];

  it.each(cases)('%s', (_, change, expected) => {
    const got = diffAfter(change);
    expect(got).toEqual(expected);
  });

  it('a garment removed, read the other way round', () => {
    expect(diffVersions(versionContent(withRecords(doc, newGarment), SCENE), versionContent(doc, SCENE))).toEqual(['Beat 5: Ruth’s garment removed — nipple covers']);
  });

  it('a beat removed is one sentence, not one per placement in it; a performer leaving the cast likewise', () => {
    expect(diffAfter((d) => withoutRecord(d, 'beats', 'sample-beat-6'))).toHaveLength(1);
    expect(diffAfter(put({ ...doc.scenes[SCENE]!, performerIds: ['sample-performer-maya' as never] }))).toEqual(['Cast: Tom removed']);
  });

  it('lists several changes in reading order: the scene, then beat by beat, then consent', () => {
    const got = diffAfter(put(newContact, { ...beat('sample-beat-2'), counts: 12 }, { ...doc.scenes[SCENE]!, pauseWord: 'Stop' }));
    expect(got.map((s) => s.split(':')[0])).toEqual(['Pause word', 'Beat 2', 'Beat 4']);
  });

  it('never dumps a tree: no braces, ids or field paths in any sentence', () => {
    const got = diffAfter(put(newContact, { ...beat('sample-beat-2'), order: 2 }, { ...beat('sample-beat-3'), order: 1 }));
    for (const s of got) expect(s).not.toMatch(/[{}[\]]|sample-|\bid\b|performerId/);
  });

  it('keeps another performer’s consent out of a performer’s copy', () => {
    const change = put(withdrawal);
    expect(diffAfter(change, { reader: { kind: 'performer', performerId: 'sample-performer-daniel' } })).toEqual([]);
    expect(diffAfter(change, { reader: { kind: 'performer', performerId: 'sample-performer-maya' } })).toHaveLength(1);
  });
});

