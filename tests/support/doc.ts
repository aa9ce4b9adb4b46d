import { join } from 'node:path';
import type { CommandInput } from '../../shared/commands';
import type { AnyRecord, RecordKind } from '../../shared/domain/records';
import { ProductionDocument } from '../../electron/main/services/productionDocument';

/** A new production file in `dir`, plus small helpers that read like the user's actions. */
export function newDocument(dir: string, name = 'test.closedset') {
  const path = join(dir, name);
  const doc = ProductionDocument.create(path, { title: 'Test production' });
  return { path, doc, ...actions(doc) };
}

export function actions(doc: ProductionDocument) {
  const apply = (command: CommandInput) => doc.engine.apply(command);
  /** The one record of `kind` a command created. */
  const created = <K extends RecordKind>(result: ReturnType<typeof apply>, kind: K) =>
    result.changes.records.find((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind && r.createdAt === r.updatedAt && !('deletedAt' in r && r.deletedAt))!;
  return { apply, created };
}
