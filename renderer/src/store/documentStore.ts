import { create } from 'zustand';
import type { Production } from '../../../shared/domain/production';
import type { AnyRecord, ChangeSet } from '../../../shared/domain/records';
import { docRecordsFrom, emptyDocRecords, type DocRecords } from '../../../shared/records/query';
import { COLLECTION_KINDS, RECORD_KINDS, type CollectionKind } from '../../../shared/records/registry';
import type { ApplyResult, DocumentInfo, HistoryState, LoadResult } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/rules/types';

/** The normalised maps, one per record kind, keyed as the registry's snapshot keys (the production is a single record). */
export type Records = DocRecords;
type MapKey = keyof Records;

const MAP_OF_KIND = Object.fromEntries(COLLECTION_KINDS.map((k) => [k, RECORD_KINDS[k].snapshotKey])) as Record<CollectionKind, MapKey>;

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
  /** What the rules (shared/rules, run by main) found, by scene id; main decides, the UI shows. */
  readonly findings: Readonly<Record<string, readonly Finding[]>>;
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const EMPTY_RECORDS: Records = emptyDocRecords();

export const useDocumentStore = create<DocumentState>(() => ({
  phase: 'loading',
  info: null,
  production: null,
  ...EMPTY_RECORDS,
  history: NO_HISTORY,
  save: { state: 'saved', savedAt: null },
  loadCount: 0,
  findings: {},
}));

function byScene(findings: readonly Finding[], into: Record<string, readonly Finding[]> = {}): Record<string, readonly Finding[]> {
  for (const f of findings) into[f.sceneId] = [...(into[f.sceneId] ?? []), f];
  return into;
}

/** Replaces the whole document (after load/open/create), or clears it when `result` is null. */
export function loadIntoStore(result: LoadResult | null): void {
  useDocumentStore.setState((s) => ({
    phase: result ? 'open' : 'empty',
    info: result?.info ?? null,
    production: result?.snapshot.production ?? null,
    ...(result ? docRecordsFrom(result.snapshot) : EMPTY_RECORDS),
    history: result?.history ?? NO_HISTORY,
    save: { state: 'saved', savedAt: null },
    loadCount: s.loadCount + 1,
    findings: result ? byScene(result.findings) : {},
  }));
}

/**
 * Merges a ChangeSet: upserts live records, drops soft-deleted and removed ones. Only the maps
 * that changed get new identities, so subscribers to other kinds do not re-render.
 */
export function applyChangeSet(changes: ChangeSet, history: HistoryState, savedAt: string, checks?: Pick<ApplyResult, 'checkedScenes' | 'findings'>): void {
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
    // The checked scenes' findings are replaced whole (an empty list clears them); other scenes keep theirs.
    let findings = s.findings;
    if (checks?.checkedScenes.length) {
      const kept = Object.fromEntries(Object.entries(s.findings).filter(([sceneId]) => !checks.checkedScenes.includes(sceneId)));
      findings = byScene(checks.findings, kept);
    }
    return { ...(next as Partial<Records>), production, info, history, save: { state: 'saved', savedAt }, findings };
  });
}

export function setSaveStatus(save: SaveStatus): void {
  useDocumentStore.setState({ save });
}
