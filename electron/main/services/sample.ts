import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnyRecord } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import { ProductionDocument, type DocumentOptions } from './productionDocument';

const SampleFile = z.object({ formatNote: z.string().optional(), records: z.array(AnyRecord) });

/**
 * Writes a fresh copy of the built-in sample production (resources/sample-production.json) to `dest`
 * and opens it. The sample is plain, reviewable JSON so its clinical wording can be read in review.
 */
export function createSampleProduction(samplePath: string, dest: string, options: DocumentOptions = {}): ProductionDocument {
  let parsed;
  try {
    parsed = SampleFile.parse(JSON.parse(readFileSync(samplePath, 'utf8')));
  } catch (e) {
    throw new AppError('internal', `The built-in sample production could not be read (${(e as Error).message}). Reinstall Closed Set.`);
  }
  const production = parsed.records.find((r) => r.kind === 'production');
  const doc = ProductionDocument.create(dest, production ? { title: production.title } : {}, { ...options, isSample: true });
  const repo = doc.engine.repo;
  doc.db.transaction(() => {
    const existing = repo.listLive('production')[0];
    // The created file already has a production row; the sample's replaces its fields but keeps its id.
    for (const record of parsed.records) {
      if (record.kind === 'production') repo.put({ ...record, id: existing!.id });
      else repo.put(record);
    }
  })();
  return doc;
}
