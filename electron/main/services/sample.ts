import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AnyRecord } from '../../../shared/domain/records';
import { AppError } from '../../../shared/ipc/errors';
import { DrawnSignature, SIGNOFF_STATEMENTS, SignoffRole } from '../../../shared/domain/versions';
import { docRecordsFrom } from '../../../shared/records/query';
import { latestVersion } from '../../../shared/versions/status';
import { IssueVersionArgs, RecordSignoffArgs } from '../../../shared/versions/requests';
import { ProductionDocument, type DocumentOptions } from './productionDocument';
import { issueVersion, recordSignoff } from './versions';

/**
 * What the sample does after loading its records, through the app's own code paths (so an issued version's
 * hash always matches the records, whoever edits them): issue a scene's version, then record sign-offs of it.
 */
const SampleVersionStep = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('issue'), sceneId: z.string(), note: z.string(), issuedBy: z.string(), at: z.string() }),
  z.strictObject({
    action: z.literal('sign'),
    sceneId: z.string(),
    role: SignoffRole,
    performerId: z.string().nullable(),
    crewId: z.string().nullable(),
    typedName: z.string(),
    signature: DrawnSignature.nullable(),
    at: z.string(),
  }),
]);
const SampleFile = z.object({ formatNote: z.string().optional(), records: z.array(AnyRecord), versions: z.array(SampleVersionStep).optional() });

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
  for (const step of parsed.versions ?? []) {
    if (step.action === 'issue') {
      issueVersion(doc, IssueVersionArgs.parse({ sceneId: step.sceneId, note: step.note, issuedBy: step.issuedBy }), step.at);
      continue;
    }
    const version = latestVersion(docRecordsFrom({ sceneVersions: repo.listLive('sceneVersion') }), step.sceneId);
    if (!version) throw new AppError('internal', 'The built-in sample production signs a version it has not issued. Reinstall Closed Set.');
    const args = RecordSignoffArgs.parse({
      versionId: version.id,
      versionHash: version.hash,
      role: step.role,
      performerId: step.performerId,
      crewId: step.crewId,
      typedName: step.typedName,
      signatureMethod: step.signature ? 'drawn' : 'typed',
      signature: step.signature,
      statement: SIGNOFF_STATEMENTS[step.role],
    });
    recordSignoff(doc, args, step.at);
  }
  return doc;
}
