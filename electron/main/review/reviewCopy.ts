import type { AnyRecord } from '../../../shared/domain/records';
import { newId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/errors';
import { stagingLines, visibleTo } from '../../../shared/records/privacy';
import { beatsOfScene, docRecordsFrom, doublingsOfBeat, scenesInOrder, type DocRecords } from '../../../shared/records/query';
import { KIND_NAMES } from '../../../shared/records/registry';
import { REVIEW_FORMAT, type ReviewMarker } from '../../../shared/review/marker';
import { stagingRecordsOfScene } from '../../../shared/review/staging';
import { draftHash, latestVersion, signoffStatus } from '../../../shared/versions';
import { createConnection } from '../db/connection';
import { migrate } from '../db/migrate';
import { Repository } from '../db/repository';
import { writeProductionFile, type ProductionDocument } from '../services/productionDocument';
import { LATEST_VERSION } from '../db/migrations';
import { reviewContentHash, storedContentHash } from './contentHash';

/**
 * What a director's approval is bound to: the scene's draft hash as the versions compute it (shared/versions
 * `draftHash`: the staging and the consent it relies on), equal to the latest version's hash while the scene
 * is exactly that version. Any later change moves it, and the approval reads as outdated.
 */
export function stagingHash(doc: DocRecords, sceneId: string): string {
  return draftHash(doc, sceneId);
}

/** The marker's entry for one scene: hash, staging lines, the latest version and where each sign-off stands. */
function reviewScene(full: DocRecords, sceneId: string): ReviewMarker['scenes'][number] {
  const hash = stagingHash(full, sceneId);
  const latest = latestVersion(full, sceneId);
  return {
    sceneId,
    stagingHash: hash,
    stagingLines: stagingLines(full, sceneId),
    version: latest ? { id: latest.id, number: latest.number, hash: latest.hash, issuedAt: latest.issuedAt, issuedBy: latest.issuedBy } : null,
    matchesVersion: latest?.hash === hash,
    signoffs: signoffStatus(full, sceneId, hash).map((s) => ({ name: s.typedName, role: s.role, state: s.state, reason: s.reason })),
  };
}

/**
 * Writes a review copy of the open production (one scene, or every scene) for the director: a real
 * production file holding the staging, the comments and approvals so far, and only what staging needs
 * of consent — through `visibleTo(…, director)`: no boundary entries, riders, fittings or contact details;
 * the cast's limits come as staging lines in the marker. No undo history. The marker names the
 * production and the time, and the hash of the content lets a changed copy be refused when opened.
 */
export function writeReviewCopy(
  doc: ProductionDocument,
  dest: string,
  options: { readonly sceneId: string | null; readonly overwrite?: boolean; readonly now?: string; readonly nativeBinding?: string | undefined },
): ReviewMarker {
  const full = docRecordsFrom(doc.snapshot());
  const production = doc.snapshot().production;
  if (options.sceneId && !full.scenes[options.sceneId]) throw new AppError('not-found', 'That scene no longer exists, so there is nothing to export.');
  const scenes = options.sceneId ? [full.scenes[options.sceneId]!] : scenesInOrder(full);
  const seen = visibleTo(full, { kind: 'director' });
  const sceneIds = new Set(scenes.map((s) => s.id));
  const staged = new Map<string, AnyRecord>();
  for (const scene of scenes) for (const r of stagingRecordsOfScene(seen, scene.id)) staged.set(`${r.kind}:${r.id}`, r);
  // Where a body double stands in (beat, camera, for whom), and the double's performer record for the name —
  // both as `visibleTo` leaves them for the director: no note on the doubling, no contact, no consent records.
  for (const scene of scenes) {
    for (const d of beatsOfScene(seen, scene.id).flatMap((b) => doublingsOfBeat(seen, b.id))) {
      staged.set(`doubling:${d.id}`, d);
      staged.set(`performer:${d.doubleId}`, seen.performers[d.doubleId]!);
    }
  }
  const records: AnyRecord[] = [
    production,
    // The whole production's people when the whole production is exported (without contact details).
    ...(options.sceneId ? [] : Object.values(seen.performers)),
    ...Object.values(seen.crew),
    ...staged.values(),
    ...Object.values(seen.posePresets),
    ...Object.values(seen.comments).filter((c) => sceneIds.has(c.sceneId)),
    ...Object.values(seen.approvals).filter((a) => sceneIds.has(a.sceneId)),
  ];
  const marker: ReviewMarker = {
    format: REVIEW_FORMAT,
    reviewId: newId(),
    productionId: production.id,
    productionTitle: production.title,
    sceneId: options.sceneId,
    madeAt: options.now ?? new Date().toISOString(),
    scenes: scenes.map((s) => reviewScene(full, s.id)),
  };
  writeProductionFile(dest, '.exporting', { overwrite: options.overwrite ?? false, openPath: doc.path, nativeBinding: options.nativeBinding }, (temp) => {
    const db = createConnection(temp, { nativeBinding: options.nativeBinding });
    try {
      migrate(db);
      const repo = new Repository(db);
      db.transaction(() => {
        // Parents before children (the registry's order), as the file's foreign keys expect.
        const order = new Map(KIND_NAMES.map((k, i) => [k, i]));
        for (const r of [...records].sort((a, b) => order.get(a.kind)! - order.get(b.kind)!)) repo.put(r);
        db.prepare('INSERT INTO review_copy (singleton, marker, content_hash) VALUES (1, ?, ?)').run(JSON.stringify(marker), storedContentHash(LATEST_VERSION, reviewContentHash(db, marker)!));
      })();
    } finally {
      db.close();
    }
  });
  return marker;
}

