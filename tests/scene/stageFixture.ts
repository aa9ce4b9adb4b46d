import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnyRecord } from '../../shared/domain/records';
import type { DocumentSnapshot } from '../../shared/domain/records';
import { loadIntoStore } from '../../renderer/src/store/documentStore';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../shared/records/registry';

const SAMPLE = join(import.meta.dirname, '../../resources/sample-production.json');

/** The real sample production (a real file, validated record by record), loaded into the document store. */
export function loadSampleIntoStore(): DocumentSnapshot {
  const records = (JSON.parse(readFileSync(SAMPLE, 'utf8')) as { records: unknown[] }).records.map((r) => AnyRecord.parse(r));
  const of = <K extends AnyRecord['kind']>(kind: K) => records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind);
  const lists = Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, of(k)]));
  const snapshot = { production: of('production')[0]!, ...lists } as unknown as DocumentSnapshot;
  loadIntoStore({
    info: { path: '/tmp/sample.closedset', fileName: 'sample.closedset', title: snapshot.production.title, isSample: true, review: null },
    snapshot,
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
    findings: [],
  });
  return snapshot;
}
