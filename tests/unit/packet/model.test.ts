import { describe, expect, it } from 'vitest';
import { buildPacketModel, PacketChoicesSchema, PacketError, packetFileName, type PacketChoices, type PacketSource } from '../../../shared/packet';
import { docRecordsFrom, type DocRecords } from '../../../shared/records/query';
import { RECORD_KINDS } from '../../../shared/records/registry';
import type { DocumentSnapshot } from '../../../shared/domain/records';
import sampleFile from '../../../resources/sample-production.json';

// The rehearsal packet as data: who sees what (privacy), which beats, the scale asked for, the draft's honest cover.
const lists: Record<string, unknown[]> = {};
for (const r of sampleFile.records as unknown as { kind: keyof typeof RECORD_KINDS }[]) {
  const spec = RECORD_KINDS[r.kind];
  if (!('single' in spec)) (lists[spec.snapshotKey] ??= []).push(r);
}
const MAYA = 'sample-performer-maya';
const TOM = 'sample-performer-daniel';
const stamp = { createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z', deletedAt: null };
// Private data for both performers, to see whose lands where: a boundary note each, a fitting each, a garment note each.
lists.boundaries!.push(
  { kind: 'boundary', id: 'b-maya', performerId: MAYA, sceneId: null, region: 'lips', channel: 'receive', value: 'discuss', previousValue: 'agreed', note: 'MAYA-PRIVATE-NOTE closed mouth only', occasion: 'oneOnOne', recordedBy: 'Sam Whitfield', recordedAt: '2026-11-21T10:00:00.000Z', ...stamp },
  { kind: 'boundary', id: 'b-tom', performerId: TOM, sceneId: null, region: 'leftWaist', channel: 'receive', value: 'notAgreed', previousValue: 'agreed', note: 'TOM-PRIVATE-NOTE ticklish', occasion: 'oneOnOne', recordedBy: 'Sam Whitfield', recordedAt: '2026-11-21T10:00:00.000Z', ...stamp },
);
lists.garmentFittings!.push({ kind: 'garmentFitting', id: 'f-tom', performerId: TOM, type: 'modestyPouchDrawstring', status: 'fitted', notes: 'TOM-FITTING-NOTE', ...stamp });
lists.garments = [
  ...(lists.garments ?? []),
  { kind: 'garment', id: 'g-maya', beatId: 'sample-beat-5', performerId: MAYA, type: 'fleshToneUnderwear', notes: 'MAYA-GARMENT-NOTE', ...stamp },
  { kind: 'garment', id: 'g-tom', beatId: 'sample-beat-5', performerId: TOM, type: 'modestyPouchDrawstring', notes: 'TOM-GARMENT-NOTE', ...stamp },
];
const doc: DocRecords = docRecordsFrom(lists as unknown as DocumentSnapshot);
const source: PacketSource = { doc, production: { title: 'The Quiet Hours', company: 'Northlight', episode: 'Block 2', units: 'metric' }, version: null, now: '2026-12-02T13:40:00.000Z' };
const choices: PacketChoices = { sceneId: 'sample-scene-42', audience: { kind: 'cast' }, beatIds: null, cameraId: null, stills: true, scale: 'fit', paper: 'a4' };
const text = (v: unknown) => JSON.stringify(v);

describe('the rehearsal packet model', () => {
  it('has a cover and one page per beat, numbered as in the scene, with counts running through the scene and check-ins', () => {
    const m = buildPacketModel(source, choices);
    expect(m.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(m.pages[0]).toMatchObject({ counts: '8 counts', countsRange: 'counts 1–8 of the scene', total: 6 });
    expect(m.pages[1]!.countsRange).toMatch(/^counts 9–/);
    expect(m.pages.at(-1)!.checkIn).toBe(true);
    expect(m.pages[2]!.contacts.join('\n')).toMatch(/Ruth → Tom: .*kiss/i);
    expect(m.cover).toMatchObject({ sceneNumber: '42', shootDate: 'Mon 14 Dec 2026, call 07:30', version: 'Draft — not issued' });
    expect(m.cover.signoff.join(' ')).toMatch(/working draft.*nobody has signed/);
    expect(m.cover.safety.map((l) => l.label)).toContain('Pause word');
  });

  it('prints only the beats chosen, in the scene’s order, and refuses beats of another scene or none', () => {
    const m = buildPacketModel(source, { ...choices, beatIds: ['sample-beat-4', 'sample-beat-2'] });
    expect(m.pages.map((p) => p.number)).toEqual([2, 4]);
    expect(m.cover.beats.map((b) => b.number)).toEqual([2, 4]);
    expect(() => buildPacketModel(source, { ...choices, beatIds: ['sample-beat-57-1'] })).toThrow(/not in scene 42/);
    expect(() => buildPacketModel(source, { ...choices, beatIds: [] })).toThrow(PacketError);
    expect(() => buildPacketModel(source, { ...choices, audience: { kind: 'performer', performerId: 'nobody' } })).toThrow(/not in the cast/);
  });

  it('adds the chosen camera’s still where the camera is used, and no stills when they are off', () => {
    const withCam = buildPacketModel(source, { ...choices, cameraId: 'sample-camera-a' });
    expect(withCam.pages[2]!.stills.map((s) => s.view.kind)).toEqual(['rehearsal', 'camera']);
    expect(withCam.pages[2]!.stills[1]!.caption).toMatch(/A cam/);
    const off = buildPacketModel(source, { ...choices, stills: false, cameraId: 'sample-camera-a' });
    expect(off.pages.every((p) => p.stills.length === 0)).toBe(true);
  });

  it('draws the floor plan at the scale asked for, or says which smaller one fitted', () => {
    const at100 = buildPacketModel(source, { ...choices, scale: 100 });
    expect(at100.pages[0]!.floorPlanScale).toBe(100);
    expect(at100.pages[0]!.floorPlanSvg).toContain('scale 1:100');
    const at20 = buildPacketModel(source, { ...choices, scale: 20 });
    expect(at20.pages[0]!.floorPlanScale).toBeGreaterThan(20);
    expect(at20.pages[0]!.scaleNote).toBe(`1:20 does not fit this page: drawn at 1:${at20.pages[0]!.floorPlanScale}.`);
  });

  it('gives the full cast no one’s private consent: no boundary notes, fittings, garment notes or contact details', () => {
    const m = buildPacketModel(source, choices);
    expect(m.private).toBeNull();
    for (const secret of ['MAYA-PRIVATE-NOTE', 'TOM-PRIVATE-NOTE', 'TOM-FITTING-NOTE', 'MAYA-GARMENT-NOTE', 'TOM-GARMENT-NOTE', 'Hollis Talent', 'Marlow Artists', 'Silicone']) expect(text(m)).not.toContain(secret);
    // The staging itself is there: who wears what in beat 5.
    expect(m.pages[4]!.garments.join('\n')).toMatch(/Ruth: .*underwear/i);
  });

  it('gives a performer their own consent and garment notes, and nothing of the other performer’s', () => {
    const maya = buildPacketModel(source, { ...choices, audience: { kind: 'performer', performerId: MAYA } });
    const t = text(maya);
    for (const own of ['MAYA-PRIVATE-NOTE', 'MAYA-GARMENT-NOTE', 'Silicone']) expect(t).toContain(own);
    for (const other of ['TOM-PRIVATE-NOTE', 'TOM-FITTING-NOTE', 'TOM-GARMENT-NOTE', 'Marlow Artists', 'Hollis Talent']) expect(t).not.toContain(other);
    expect(maya.private!.limits.join('\n')).toMatch(/needs discussion\): lips/);
    expect(maya.cover.copyFor).toBe('Maya Okafor (Ruth) — performer’s copy');
    const tom = text(buildPacketModel(source, { ...choices, audience: { kind: 'performer', performerId: TOM } }));
    for (const own of ['TOM-PRIVATE-NOTE', 'TOM-FITTING-NOTE', 'TOM-GARMENT-NOTE']) expect(tom).toContain(own);
    for (const other of ['MAYA-PRIVATE-NOTE', 'MAYA-GARMENT-NOTE', 'Silicone', 'Hollis Talent']) expect(tom).not.toContain(other);
  });

  it('names the file after the production, scene, copy and version', () => {
    const m = buildPacketModel(source, { ...choices, audience: { kind: 'performer', performerId: MAYA } });
    expect(packetFileName(m, 'Maya Okafor')).toBe('The Quiet Hours – Sc 42 – Rehearsal packet – Maya Okafor – draft.pdf');
    const v3 = { number: 3, hash: 'ab'.repeat(32), issuedAt: '2026-12-01T09:00:00.000Z', draftChanged: false, signoffs: [] };
    const v = buildPacketModel({ ...source, version: v3 }, choices);
    expect(packetFileName(v, null)).toBe('The Quiet Hours – Sc 42 – Rehearsal packet – Full cast – v3.pdf');
    expect(v.cover.signoff).toEqual(['Version 3, issued 1 Dec 2026 09:00 UTC.', 'Nobody has signed version 3 yet.']);
    // Changed since: the cover says the pages are the draft, and the file is named so.
    const changed = buildPacketModel({ ...source, version: { ...v3, draftChanged: true } }, choices);
    expect(changed.cover.version).toBe('Draft — changed since version 3');
    expect(changed.cover.signoff[0]).toMatch(/changed since version 3 .*nobody has signed/);
    expect(packetFileName(changed, null)).toMatch(/– draft\.pdf$/);
  });

  it('checks the dialog’s choices as they cross IPC, saying what is allowed', () => {
    expect(PacketChoicesSchema.parse(choices)).toEqual(choices);
    const problems = (v: unknown) => PacketChoicesSchema.safeParse(v).error?.issues.map((i) => i.message).join(' | ') ?? '';
    expect(problems({ ...choices, scale: 33 })).toMatch(/one of 1:20, 1:25, 1:50.*or the largest that fits/);
    expect(problems({ ...choices, paper: 'a3' })).toBe('The paper is A4 or US Letter');
    expect(problems({ ...choices, audience: { kind: 'director' } })).toMatch(/full cast or for one performer/);
    expect(problems({ ...choices, extra: true })).not.toBe('');
    expect(problems({ ...choices, beatIds: Array.from({ length: 501 }, (_, i) => `b${i}`) })).toBe('At most 500 beats');
  });
});
