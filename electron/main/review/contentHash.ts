import { TABLES } from '../../../shared/records/columns';
import { KIND_NAMES, type RecordKind } from '../../../shared/records/registry';
import type { ReviewMarker } from '../../../shared/review/marker';
import { canonicalHash } from '../../../shared/versions';
import { createConnection, type Db } from '../db/connection';
import { LATEST_VERSION, MIGRATIONS } from '../db/migrations';
import { migrate } from '../db/migrate';

/** The review layer: what the director adds to a review copy (comments, approvals), outside its integrity hash. */
const REVIEW_LAYER: readonly RecordKind[] = ['comment', 'approval'];

/**
 * The first build to tag its hashes wrote format 12 at most; an untagged hash (bare hex) was written by the
 * format-12 release, the only one that made review copies before the tag (format-10 copies were never
 * released and their marker does not parse).
 */
const UNTAGGED_FORMAT = 12;

/** The stored hash, tagged with the file format the copy was written in ("f12:…"): what "as written" means. */
export function storedContentHash(format: number, hash: string): string {
  return `f${format}:${hash}`;
}

/** Reads a stored hash back: the format the copy was written in and the hex, or null when it is neither. */
export function parseStoredHash(stored: unknown): { readonly format: number; readonly hash: string } | null {
  if (typeof stored !== 'string') return null;
  const m = /^(?:f([1-9][0-9]{0,3}):)?([0-9a-f]{64})$/.exec(stored);
  return m ? { format: m[1] ? Number(m[1]) : UNTAGGED_FORMAT, hash: m[2]! } : null;
}

type Schema = ReadonlyMap<string, ReadonlySet<string>>;
const schemas = new Map<number, Schema>();

/** The tables and columns a file of `format` has: an empty database brought up to that format in memory. */
function schemaAt(format: number, nativeBinding: string | undefined): Schema {
  let schema = schemas.get(format);
  if (!schema) {
    const db = createConnection(':memory:', { nativeBinding });
    try {
      migrate(db, MIGRATIONS.slice(0, format), () => '1970-01-01T00:00:00.000Z');
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    schemas.set(format, schema);
  }
  return schema;
}

function schemaOf(db: Db): Schema {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return new Map(tables.map((t) => [t, new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]))]));
}

/**
 * The hash of a review copy's content as it was written in file format `format`: its marker and every
 * live record outside the review layer, read with only the tables and columns a file of that format has
 * — what the app of that format read and hashed when it exported the copy. The file itself may be of
 * that format (checked before it is migrated) or newer (migrated by an earlier open): a later migration's
 * new columns are then left out, and a kind added later must have no rows at all, as a migration leaves
 * it. Records are built in SQL exactly as `Repository.listLive` builds them, so at the latest format
 * this is the hash the exporting build computed through the repository.
 */
export function reviewContentHash(db: Db, marker: ReviewMarker, format: number = LATEST_VERSION, nativeBinding?: string): string | null {
  const fileFormat = db.pragma('user_version', { simple: true }) as number;
  if (format > fileFormat) return null;
  const present = schemaOf(db);
  const written = format === fileFormat ? present : schemaAt(format, nativeBinding);
  const records: Record<string, unknown[]> = {};
  for (const kind of KIND_NAMES) {
    if (REVIEW_LAYER.includes(kind)) continue;
    const spec = TABLES[kind];
    const columns = written.get(spec.table);
    if (!columns) {
      // Not part of that format: a later migration made the table, empty. Rows in it were added since.
      if (present.has(spec.table) && (db.prepare(`SELECT COUNT(*) FROM ${spec.table}`).pluck().get() as number) > 0) return null;
      continue;
    }
    const fields = spec.columns.filter((c) => columns.has(c.column));
    const json = fields.map((c) => `'${c.field}', ${c.type === 'bool' ? `json(CASE WHEN ${c.column} THEN 'true' ELSE 'false' END)` : c.type === 'json' ? `json(${c.column})` : c.column}`);
    const order = spec.sortBy.map((f) => fields.find((c) => c.field === f)?.column).filter((c): c is string => !!c);
    const where = spec.softDelete && columns.has('deleted_at') ? 'WHERE deleted_at IS NULL' : '';
    const sql = `SELECT json_group_array(json_object('kind', '${kind}'${json.map((j) => `, ${j}`).join('')})${order.length ? ` ORDER BY ${order.join(', ')}` : ''}) FROM ${spec.table} ${where}`;
    let list = JSON.parse(db.prepare(sql).pluck().get() as string) as Record<string, unknown>[];
    for (const [field, link] of Object.entries(spec.links ?? {})) {
      if (!written.has(link.table)) continue;
      const rows = db.prepare(`SELECT ${link.owner} AS owner, ${link.value} AS value FROM ${link.table} ORDER BY ${link.owner}, ${link.order}`).all() as { owner: string; value: string }[];
      const byOwner = new Map<string, string[]>();
      for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r.value]);
      list = list.map((r) => ({ ...r, [field]: byOwner.get(r.id as string) ?? [] }));
    }
    records[kind] = list;
  }
  return canonicalHash({ marker, records }).hash;
}
