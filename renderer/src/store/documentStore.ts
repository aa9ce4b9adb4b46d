import { create } from 'zustand';
import type { Beat } from '../../../shared/domain/beat';
import type { CameraSetup, Placement, PosePreset, SetPiece } from '../../../shared/domain/blocking';
import type { Crew, Performer } from '../../../shared/domain/people';
import type { Production } from '../../../shared/domain/production';
import type { AnyRecord, ChangeSet, DocumentSnapshot, RecordKind } from '../../../shared/domain/records';
import type { Scene } from '../../../shared/domain/scene';
import type { DocumentInfo, HistoryState, LoadResult } from '../../../shared/ipc/contract';

type ById<T> = Readonly<Record<string, T>>;

/** The normalised maps, one per record kind (the production is a single record). */
export interface Records {
  readonly performers: ById<Performer>;
  readonly crew: ById<Crew>;
  readonly scenes: ById<Scene>;
  readonly beats: ById<Beat>;
  readonly setPieces: ById<SetPiece>;
  readonly placements: ById<Placement>;
  readonly cameras: ById<CameraSetup>;
  readonly posePresets: ById<PosePreset>;
}
type MapKey = keyof Records;

const MAP_OF_KIND: Record<Exclude<RecordKind, 'production'>, MapKey> = {
  performer: 'performers',
  crew: 'crew',
  scene: 'scenes',
  beat: 'beats',
  setPiece: 'setPieces',
  placement: 'placements',
  camera: 'cameras',
  posePreset: 'posePresets',
};

export type SaveStatus =
  | { readonly state: 'saved'; readonly savedAt: string | null }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly message: string };

/** 'loading' until the first document:load answers; 'empty' shows the welcome screen. */
export type DocumentPhase = 'loading' | 'empty' | 'open';

export interface DocumentState extends Records {
  readonly phase: DocumentPhase;
  readonly info: DocumentInfo | null;
  readonly production: Production | null;
  readonly history: HistoryState;
  readonly save: SaveStatus;
  /** Bumped on every load so views can reset local state (drafts, scroll) for a new file. */
  readonly loadCount: number;
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const EMPTY_RECORDS: Records = {
  performers: {},
  crew: {},
  scenes: {},
  beats: {},
  setPieces: {},
  placements: {},
  cameras: {},
  posePresets: {},
};

function byId<T extends { id: string; deletedAt?: string | null }>(list: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const r of list) if (!r.deletedAt) out[r.id] = r;
  return out;
}

function recordsFromSnapshot(s: DocumentSnapshot): Records {
  return {
    performers: byId(s.performers),
    crew: byId(s.crew),
    scenes: byId(s.scenes),
    beats: byId(s.beats),
    setPieces: byId(s.setPieces),
    placements: byId(s.placements),
    cameras: byId(s.cameras),
    posePresets: byId(s.posePresets),
  };
}

export const useDocumentStore = create<DocumentState>(() => ({
  phase: 'loading',
  info: null,
  production: null,
  ...EMPTY_RECORDS,
  history: NO_HISTORY,
  save: { state: 'saved', savedAt: null },
  loadCount: 0,
}));

/** Replaces the whole document (after load/open/create), or clears it when `result` is null. */
export function loadIntoStore(result: LoadResult | null): void {
  useDocumentStore.setState((s) => ({
    phase: result ? 'open' : 'empty',
    info: result?.info ?? null,
    production: result?.snapshot.production ?? null,
    ...(result ? recordsFromSnapshot(result.snapshot) : EMPTY_RECORDS),
    history: result?.history ?? NO_HISTORY,
    save: { state: 'saved', savedAt: null },
    loadCount: s.loadCount + 1,
  }));
}

/**
 * Merges a ChangeSet: upserts live records, drops soft-deleted and removed ones. Only the maps
 * that changed get new identities, so subscribers to other kinds do not re-render.
 */
export function applyChangeSet(changes: ChangeSet, history: HistoryState, savedAt: string): void {
  useDocumentStore.setState((s) => {
    const next: Partial<Record<MapKey, Record<string, AnyRecord>>> = {};
    const mapFor = (key: MapKey): Record<string, AnyRecord> => {
      let m = next[key];
      if (!m) {
        m = { ...(s[key] as Record<string, AnyRecord>) };
        next[key] = m;
      }
      return m;
    };
    let production = s.production;
    let info = s.info;
    for (const record of changes.records) {
      if (record.kind === 'production') {
        production = record;
        if (info) info = { ...info, title: record.title };
        continue;
      }
      const m = mapFor(MAP_OF_KIND[record.kind]);
      if (record.deletedAt) delete m[record.id];
      else m[record.id] = record;
    }
    for (const gone of changes.removed) {
      if (gone.kind === 'production') continue;
      const key = MAP_OF_KIND[gone.kind];
      if (s[key][gone.id] || next[key]) delete mapFor(key)[gone.id];
    }
    return { ...(next as Partial<Records>), production, info, history, save: { state: 'saved', savedAt } };
  });
}

export function setSaveStatus(save: SaveStatus): void {
  useDocumentStore.setState({ save });
}
