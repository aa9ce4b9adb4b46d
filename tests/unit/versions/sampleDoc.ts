import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnyRecord } from '../../../shared/domain/records';
import { docRecordsFrom, type DocRecords } from '../../../shared/records/query';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { SAMPLE_PATH } from '../../support/tempDir';

/** The built-in sample production's records as DocRecords (as the renderer's store holds them). */
export function sampleDoc(): DocRecords {
  const records = z.array(AnyRecord).parse((JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { records: unknown[] }).records);
  const lists: Record<string, AnyRecord[]> = {};
  for (const r of records) {
    if (r.kind === 'production') continue;
    (lists[RECORD_KINDS[r.kind].snapshotKey] ??= []).push(r);
  }
  return docRecordsFrom(lists as Parameters<typeof docRecordsFrom>[0]);
}

/** A copy of `doc` with some records replaced or added (by kind's snapshot key). */
export function withRecords(doc: DocRecords, ...records: AnyRecord[]): DocRecords {
  const out: Record<string, Record<string, unknown>> = { ...(doc as unknown as Record<string, Record<string, unknown>>) };
  for (const r of records) {
    const key = RECORD_KINDS[r.kind].snapshotKey;
    out[key] = { ...out[key], [r.id]: r };
  }
  return out as unknown as DocRecords;
}

/** A copy of `doc` without a record. */
export function withoutRecord(doc: DocRecords, key: keyof DocRecords, id: string): DocRecords {
  const map = { ...(doc[key] as Record<string, unknown>) };
  delete map[id];
  return { ...doc, [key]: map } as DocRecords;
}

export const SCENE = 'sample-scene-42';
