import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/main/db/migrate';
import { TABLES } from '../../shared/records/columns';
import { KIND_NAMES, RECORD_KINDS, dependentsOf, BEAT_COPIED_KINDS } from '../../shared/records/registry';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir();

describe('the record registry', () => {
  it('matches the migrated file: every schema field has a column and every column a field', () => {
    const db = new Database(join(tempDir(), 'schema.closedset'));
    migrate(db);
    for (const kind of KIND_NAMES) {
      const spec = TABLES[kind];
      const columns = (db.prepare(`PRAGMA table_info(${spec.table})`).all() as { name: string }[]).map((c) => c.name).sort();
      expect(columns, `${kind} → ${spec.table}`).toEqual(spec.columns.map((c) => c.column).sort());
      // Columns the table checks with json_valid are exactly those the registry stores as JSON.
      const sql = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(spec.table) as string;
      const jsonColumns = [...sql.matchAll(/json_valid\((\w+)\)/g)].map((m) => m[1]).sort();
      expect([...new Set(jsonColumns)], `${spec.table} JSON columns`).toEqual(spec.columns.filter((c) => c.type === 'json').map((c) => c.column).sort());
      for (const [field, link] of Object.entries(spec.links ?? {})) {
        const linkColumns = (db.prepare(`PRAGMA table_info(${link.table})`).all() as { name: string }[]).map((c) => c.name);
        expect(linkColumns, `${kind}.${field} → ${link.table}`).toEqual(expect.arrayContaining([link.owner, link.value, link.order]));
      }
    }
    db.close();
  });

  it('declares parents and references that exist, so every delete cascade is derived from it', () => {
    for (const kind of KIND_NAMES) {
      const spec = RECORD_KINDS[kind] as { parent: { kind: string; field: string } | null; refs?: readonly { kind: string; field: string }[]; schema: { shape: object } };
      for (const link of [...(spec.parent ? [spec.parent] : []), ...(spec.refs ?? [])]) {
        expect(KIND_NAMES).toContain(link.kind);
        expect(Object.keys(spec.schema.shape)).toContain(link.field);
      }
    }
    expect(dependentsOf('scene').map((d) => d.kind).sort()).toEqual(['beat', 'camera', 'setPiece']);
    expect(dependentsOf('beat').map((d) => d.kind).sort()).toEqual(['barrier', 'cameraPlacement', 'contact', 'doubling', 'garment', 'placement']);
    // A doubling points at the performer doubled and at the double: deleting either retires it.
    expect(dependentsOf('performer').map((d) => `${d.kind}.${d.field}`).sort()).toEqual(['doubling.doubleId', 'doubling.performerId', 'garment.performerId', 'garmentFitting.performerId', 'placement.performerId']);
    expect(dependentsOf('camera').map((d) => d.kind).sort()).toEqual(['cameraPlacement', 'doubling']);
    expect([...BEAT_COPIED_KINDS].sort()).toEqual(['barrier', 'cameraPlacement', 'contact', 'doubling', 'garment', 'placement']);
  });
});
