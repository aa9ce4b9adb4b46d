import type { RecordKind } from '../../../shared/domain/records';

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
  /** Soft-deletable tables have deleted_at; the production row is never deleted. */
  readonly softDelete: boolean;
  /** ORDER BY for loading, so the UI receives records in display order. */
  readonly orderBy: string;
}

const p = (field: string, column = snake(field)): ColumnSpec => ({ field, column, type: 'plain' });
const b = (field: string, column = snake(field)): ColumnSpec => ({ field, column, type: 'bool' });
const j = (field: string, column = snake(field)): ColumnSpec => ({ field, column, type: 'json' });
function snake(s: string): string {
  return s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
const stamps = [p('createdAt'), p('updatedAt')];
const soft = [...stamps, p('deletedAt')];

/**
 * The mapping between records (shared/domain) and tables (migrations/). One generic repository
 * reads and writes every kind from this table, so undo/redo can restore any record the same way.
 */
export const TABLES: { readonly [K in RecordKind]: TableSpec } = {
  production: {
    kind: 'production',
    table: 'production',
    softDelete: false,
    orderBy: 'created_at',
    columns: [p('id'), p('title'), p('company'), p('episode'), p('notes'), p('units'), ...stamps],
  },
  performer: {
    kind: 'performer',
    table: 'performer',
    softDelete: true,
    orderBy: 'created_at, id',
    columns: [p('id'), p('name'), p('pronouns'), p('character'), p('heightCm'), b('isMinor'), p('contact'), p('color'), ...soft],
  },
  crew: {
    kind: 'crew',
    table: 'crew',
    softDelete: true,
    orderBy: 'created_at, id',
    columns: [p('id'), p('name'), p('role'), p('contact'), ...soft],
  },
  // performerIds lives in scene_performer; the repository fills and writes it.
  scene: {
    kind: 'scene',
    table: 'scene',
    softDelete: true,
    orderBy: 'sort_order, id',
    columns: [
      p('id'),
      p('order', 'sort_order'),
      p('number'),
      p('title'),
      p('scriptPages'),
      p('setLocation'),
      p('shootDate'),
      p('callTime'),
      j('contentFlags'),
      p('toneNotes'),
      p('status'),
      p('tempoCpm'),
      ...soft,
    ],
  },
  beat: {
    kind: 'beat',
    table: 'beat',
    softDelete: true,
    orderBy: 'scene_id, sort_order, id',
    columns: [p('id'), p('sceneId'), p('order', 'sort_order'), p('description'), p('counts'), p('notes'), b('checkInAfter'), ...soft],
  },
  setPiece: {
    kind: 'setPiece',
    table: 'set_piece',
    softDelete: true,
    orderBy: 'scene_id, created_at, id',
    columns: [p('id'), p('sceneId'), p('type'), p('label'), j('position'), p('rotationY'), j('size'), p('color'), ...soft],
  },
  placement: {
    kind: 'placement',
    table: 'placement',
    softDelete: true,
    orderBy: 'beat_id, created_at, id',
    columns: [p('id'), p('beatId'), p('performerId'), j('position'), p('rotationY'), j('pose'), b('hidden'), j('pins'), ...soft],
  },
  camera: {
    kind: 'camera',
    table: 'camera',
    softDelete: true,
    orderBy: 'beat_id, created_at, id',
    columns: [
      p('id'),
      p('beatId'),
      p('name'),
      p('focalLengthMm'),
      j('sensor'),
      p('aspect'),
      j('position'),
      j('target'),
      p('rollDeg'),
      p('shotSize'),
      ...soft,
    ],
  },
  posePreset: {
    kind: 'posePreset',
    table: 'pose_preset',
    softDelete: true,
    orderBy: 'created_at, id',
    columns: [p('id'), p('name'), j('pose'), ...soft],
  },
};
