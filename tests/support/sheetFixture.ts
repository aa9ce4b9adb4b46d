import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnyRecord } from '../../shared/domain/records';
import type { Production } from '../../shared/domain/production';
import { docRecordsFrom, type DocRecords } from '../../shared/records/query';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../shared/records/registry';

export const MAYA = 'sample-performer-maya';
export const DANIEL = 'sample-performer-daniel';
export const SCENE_42 = 'sample-scene-42';

/**
 * Private things each performer has that must never reach the other's sheet: distinctive strings put
 * into their rider, garment fitting and garment notes, on top of the sample's boundary notes and contact details.
 */
export const SECRETS = {
  [MAYA]: { rider: 'MAYA-RIDER-footage-limit-7Q', fitting: 'MAYA-FITTING-note-3K', garment: 'MAYA-GARMENT-note-9P' },
  [DANIEL]: { rider: 'DANIEL-RIDER-footage-limit-2W', fitting: 'DANIEL-FITTING-note-5T', garment: 'DANIEL-GARMENT-note-8R' },
} as const;

/** The sample production's records, plus a rider (the latest version), a fitting and a garment with a note for both performers in scene 42. */
export function sampleWithSecrets(): { records: AnyRecord[]; doc: DocRecords; production: Production } {
  const sample = (JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/sample-production.json'), 'utf8')) as { records: unknown[] }).records.map((r) => AnyRecord.parse(r));
  const t = '2026-11-21T10:00:00.000Z';
  const extra = [MAYA, DANIEL].flatMap((performerId, i) => {
    const s = SECRETS[performerId as keyof typeof SECRETS];
    // The fixture's rider is the one in force: a version above any the sample already has for scene 42.
    const version = 1 + Math.max(0, ...sample.filter((r) => r.kind === 'rider' && r.performerId === performerId && r.sceneId === SCENE_42).map((r) => (r.kind === 'rider' ? r.version : 0)));
    return [
      {
        kind: 'rider', id: `fixture-rider-${i}`, performerId, sceneId: SCENE_42, version, nudityTypes: ['none'], simulatedActs: '',
        bodyDouble: { allowed: false, who: '', approvedByPerformer: false, form: 'real' }, footageLimits: s.rider, description: '',
        datePresented: '2026-11-20', dateSigned: '2026-11-21', presentAtSigning: '', negotiatedBy: 'Sam Whitfield', occasion: 'riderNegotiation',
        recordedBy: 'Sam Whitfield', recordedAt: t, createdAt: t, updatedAt: t, deletedAt: null,
      },
      { kind: 'garmentFitting', id: `fixture-fitting-${i}`, performerId, type: 'barrierLinedBriefs', status: 'fitted', notes: s.fitting, createdAt: t, updatedAt: t, deletedAt: null },
      { kind: 'garment', id: `fixture-garment-${i}`, beatId: 'sample-beat-4', performerId, type: 'fleshToneUnderwear', notes: s.garment, createdAt: t, updatedAt: t, deletedAt: null },
    ].map((r) => AnyRecord.parse(r));
  });
  const records = [...sample, ...extra];
  const doc = docRecordsFrom(Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, records.filter((r) => r.kind === k)])));
  const production = records.find((r): r is Production => r.kind === 'production')!;
  return { records, doc, production };
}

/** Every private string of a performer: boundary notes, contact details, rider, fitting and garment notes. */
export function privateStrings(doc: DocRecords, performerId: string): string[] {
  const s = SECRETS[performerId as keyof typeof SECRETS];
  const notes = Object.values(doc.boundaries).filter((b) => b.performerId === performerId && b.note).map((b) => b.note);
  return [...notes, doc.performers[performerId]!.contact, s.rider, s.fitting, s.garment];
}
