import type { VersionWriteResult } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/domain/ids';
import { SIGNOFF_STATEMENTS, VERSION_CONTENT_FORMAT, WITHDRAWAL_STATEMENT, type SceneVersion, type Signoff } from '../../../shared/domain/versions';
import { AppError } from '../../../shared/ipc/errors';
import { docRecordsFrom, type DocRecords } from '../../../shared/records/query';
import { draftOf, issueRefusal, latestVersion, signoffRefusal, withdrawalTarget } from '../../../shared/versions';
import type { IssueVersionArgs, RecordSignoffArgs, WithdrawSignoffArgs } from '../../../shared/versions/requests';
import type { ProductionDocument } from './productionDocument';

/**
 * Issuing versions and recording sign-offs (docs/domain.md, "Versions and sign-off"). They live outside
 * the undo history: each call is one transaction that only adds rows (the file's triggers refuse any
 * change or deletion) and returns the ChangeSet the window merges. The rules are shared/versions/rules.ts,
 * checked here against the file as it is inside the transaction.
 */


/** The whole document as the rules read it (inside the caller's transaction, so it cannot change meanwhile). */
function records(doc: ProductionDocument): DocRecords {
  return docRecordsFrom(doc.snapshot());
}

function written(doc: ProductionDocument, record: SceneVersion | Signoff): VersionWriteResult {
  return { changes: { records: [record], removed: [] }, savedAt: doc.now() };
}

/** Issues the next version of a scene from its draft: v1, v2…, never a number out of sequence. */
export function issueVersion(doc: ProductionDocument, args: IssueVersionArgs, issuedAt = doc.now()): VersionWriteResult {
  const version = doc.db.transaction(() => {
    const all = records(doc);
    const refusal = issueRefusal(all, args.sceneId);
    if (refusal) throw new AppError('refused', refusal);
    const draft = draftOf(all, args.sceneId);
    if (args.expectedHash && args.expectedHash !== draft.hash) {
      throw new AppError('refused', 'The scene changed while the version was being issued. Look at the changes and issue it again.');
    }
    const previous = latestVersion(all, args.sceneId);
    const version: SceneVersion = {
      kind: 'sceneVersion',
      id: newId(),
      sceneId: all.scenes[args.sceneId]!.id,
      number: (previous?.number ?? 0) + 1,
      note: args.note,
      hash: draft.hash,
      canonical: draft.canonical,
      format: VERSION_CONTENT_FORMAT,
      issuedBy: args.issuedBy,
      issuedAt,
      createdAt: issuedAt,
      updatedAt: issuedAt,
      deletedAt: null,
    };
    doc.engine.repo.put(version);
    return version;
  })();
  return written(doc, version);
}

/** Records a signature of the scene's latest version, bound to its hash. */
export function recordSignoff(doc: ProductionDocument, args: RecordSignoffArgs, signedAt = doc.now()): VersionWriteResult {
  const signoff = doc.db.transaction(() => {
    const all = records(doc);
    const version = all.sceneVersions[args.versionId];
    const draft = version && all.scenes[version.sceneId] ? draftOf(all, version.sceneId).hash : null;
    const refusal = signoffRefusal(all, args, draft);
    if (refusal) throw new AppError('refused', refusal);
    const signoff: Signoff = {
      kind: 'signoff',
      id: newId(),
      sceneId: version!.sceneId,
      versionId: version!.id,
      versionHash: version!.hash,
      versionNumber: version!.number,
      role: args.role,
      performerId: args.performerId,
      crewId: args.crewId,
      typedName: args.typedName,
      signatureMethod: args.signatureMethod,
      signature: args.signature,
      statement: SIGNOFF_STATEMENTS[args.role],
      action: 'signed',
      note: '',
      signedAt,
      createdAt: signedAt,
      updatedAt: signedAt,
      deletedAt: null,
    };
    doc.engine.repo.put(signoff);
    return signoff;
  })();
  return written(doc, signoff);
}

/** Records that a signer withdraws their latest signature of a scene (added; the signature stays on file, marked withdrawn). */
export function withdrawSignoff(doc: ProductionDocument, args: WithdrawSignoffArgs, at = doc.now()): VersionWriteResult {
  const withdrawal = doc.db.transaction(() => {
    const target = withdrawalTarget(records(doc), args);
    if ('refusal' in target) throw new AppError('refused', target.refusal);
    const { signoff, version } = target;
    const withdrawal: Signoff = {
      ...signoff,
      id: newId(),
      versionId: version.id,
      typedName: args.typedName,
      signatureMethod: 'typed',
      signature: null,
      statement: WITHDRAWAL_STATEMENT,
      action: 'withdrawn',
      note: args.note,
      signedAt: at,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    };
    doc.engine.repo.put(withdrawal);
    return withdrawal;
  })();
  return written(doc, withdrawal);
}
