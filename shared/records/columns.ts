import type { z } from 'zod';
import { KIND_NAMES, RECORD_KINDS, type KindSpec, type RecordKind } from './registry';

/** How a record field is stored: as is, as 0/1, or as JSON text. */
export type ColumnType = 'plain' | 'bool' | 'json';
export interface ColumnSpec {
  readonly field: string;
  readonly column: string;
  readonly type: ColumnType;
}
export interface TableSpec {
  readonly kind: RecordKind;
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
  readonly softDelete: boolean;
  readonly sortBy: readonly string[];
  readonly links: KindSpec['links'];
}

/** The storage type of a zod field: booleans as 0/1, objects, arrays and tuples as JSON, the rest as is. */
export function columnType(schema: z.ZodType): ColumnType {
  let def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  for (;;) {
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'catch' || def.type === 'readonly') def = def.innerType!._zod.def;
    else if (def.type === 'pipe') def = def.in!._zod.def;
    else break;
  }
  if (def.type === 'boolean') return 'bool';
  // A union of shapes (a contact's receiver: a body point, a set piece or the performer's own body) is stored as JSON.
  if (def.type === 'union' && def.options!.some((o) => columnType(o as unknown as z.ZodType) === 'json')) return 'json';
  if (def.type === 'object' || def.type === 'array' || def.type === 'tuple' || def.type === 'record') return 'json';
  return 'plain';
}
interface ZodDef {
  readonly type: string;
  readonly innerType?: { _zod: { def: ZodDef } };
  readonly in?: { _zod: { def: ZodDef } };
  readonly options?: readonly { _zod: { def: ZodDef } }[];
}

function snake(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function tableSpec(kind: RecordKind): TableSpec {
  const spec: KindSpec = RECORD_KINDS[kind];
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  const columns = Object.entries(shape)
    .filter(([field]) => field !== 'kind' && !spec.links?.[field])
    .map(([field, schema]) => ({ field, column: spec.columnNames?.[field] ?? snake(field), type: columnType(schema) }));
  return { kind, table: spec.table, columns, softDelete: 'deletedAt' in shape, sortBy: spec.sortBy, links: spec.links };
}

/** The record ↔ column mapping of every kind, derived from the registry. */
export const TABLES: { readonly [K in RecordKind]: TableSpec } = Object.fromEntries(KIND_NAMES.map((k) => [k, tableSpec(k)])) as {
  readonly [K in RecordKind]: TableSpec;
};

/** The column holding a field of a kind (for queries by parent or reference). */
export function columnOf(kind: RecordKind, field: string): string {
  const c = TABLES[kind].columns.find((col) => col.field === field);
  if (!c) throw new Error(`${kind} has no stored field ${field}`);
  return c.column;
}
