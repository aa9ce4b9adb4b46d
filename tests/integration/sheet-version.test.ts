import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sheetSourceOf } from '../../electron/main/export/pipeline';
import { createSampleProduction } from '../../electron/main/services/sample';
import { issueVersion, recordSignoff } from '../../electron/main/services/versions';
import { docRecordsFrom } from '../../shared/records/query';
import { buildSheetModel } from '../../shared/sheet';
import { latestVersion } from '../../shared/versions';
import { SIGNOFF_STATEMENTS } from '../../shared/domain/versions';

const dir = mkdtempSync(join(tmpdir(), 'sheet-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const samplePath = join(import.meta.dirname, '../../resources/sample-production.json');

describe('a sheet of an issued version', () => {
  it('shows the version’s choreography and sign-offs, not later edits of the draft', () => {
    const doc = createSampleProduction(samplePath, join(dir, 'sample.closedset'));
    try {
      const scene = 'sample-scene-42';
      const before = docRecordsFrom(doc.snapshot());
      const original = before.beats['sample-beat-1']!.description;
      issueVersion(doc, { sceneId: scene as never, note: 'For rehearsal', issuedBy: 'Sam Whitfield' });
      const version = latestVersion(docRecordsFrom(doc.snapshot()), scene)!;
      recordSignoff(doc, { versionId: version.id, versionHash: version.hash, role: 'performer', performerId: 'sample-performer-maya' as never, crewId: null, typedName: 'Maya Okafor', signatureMethod: 'typed', signature: null, statement: SIGNOFF_STATEMENTS.performer });
      // The draft moves on after the version was issued.
      doc.engine.apply({ type: 'beat.update', id: 'sample-beat-1', patch: { description: 'Changed after the version was issued.' } } as never);

      const snapshot = doc.snapshot();
      const source = sheetSourceOf(docRecordsFrom(snapshot), snapshot.production, scene);
      expect(source.version).toMatchObject({ number: version.number, hash: version.hash, note: 'For rehearsal' });
      const model = buildSheetModel(source.doc, { ...source, reader: { kind: 'performer', performerId: 'sample-performer-maya' }, now: '2026-12-02T10:00:00.000Z' });
      expect(model.header.version).toBe(`v${version.number}`);
      expect(model.header.hashPrefix).toBe(version.hash.slice(0, 12));
      expect(model.beats[0]!.description).toBe(original);
      expect(model.signoff.lines[0]!.status).toMatch(/^Signed in Closed Set .* as “Maya Okafor”$/);
    } finally {
      doc.close();
    }
  });
});
