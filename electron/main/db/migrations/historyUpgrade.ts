import type { Db } from '../connection';

interface StoredChange {
  kind: string;
  id: string;
  record: Record<string, unknown> | null;
}

/**
 * Gives every record of `kind` stored in the undo history a new field with its default, so undoing
 * an edit made before the upgrade writes a complete record of the new format.
 */
export function addFieldInHistory(db: Db, kind: string, field: string, value: unknown): void {
  const rows = db.prepare('SELECT id, before, after FROM history').all() as { id: number; before: string; after: string }[];
  const update = db.prepare('UPDATE history SET before = ?, after = ? WHERE id = ?');
  const upgrade = (text: string): string =>
    JSON.stringify(
      (JSON.parse(text) as StoredChange[]).map((c) => (c.kind === kind && c.record && !(field in c.record) ? { ...c, record: { ...c.record, [field]: value } } : c)),
    );
  for (const row of rows) {
    const before = upgrade(row.before);
    const after = upgrade(row.after);
    if (before !== row.before || after !== row.after) update.run(before, after, row.id);
  }
}
