import { BODY_REGION_IDS, type BodyRegionId } from '../domain/bodyRegions';
import { CONSENT_CHANNELS, type BoundaryEntry, type ConsentChannel, type ConsentValue, type RiderVersion } from '../domain/consent';
import type { DocRecords } from './query';

/**
 * What each performer has agreed, read from the append-only consent history: the value in force for a
 * region and channel is the latest entry — a scene's own entry first, else the standing one.
 */
export interface BoundaryState {
  readonly value: ConsentValue;
  readonly note: string;
  /** The entry it comes from (null: nothing recorded). */
  readonly entry: BoundaryEntry | null;
}
const NOTHING: BoundaryState = { value: 'unrecorded', note: '', entry: null };

// Latest entry per performer|scene|region|channel, built once per boundary map (the maps are never mutated).
const indexes = new WeakMap<object, Map<string, BoundaryEntry>>();
const key = (performerId: string, sceneId: string | null, region: string, channel: string) => `${performerId}|${sceneId ?? ''}|${region}|${channel}`;
const later = (a: BoundaryEntry, b: BoundaryEntry) => a.recordedAt > b.recordedAt || (a.recordedAt === b.recordedAt && (a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id)));

function latestIndex(doc: Pick<DocRecords, 'boundaries'>): Map<string, BoundaryEntry> {
  let index = indexes.get(doc.boundaries);
  if (!index) {
    index = new Map();
    for (const e of Object.values(doc.boundaries)) {
      const k = key(e.performerId, e.sceneId, e.region, e.channel);
      const seen = index.get(k);
      if (!seen || later(e, seen)) index.set(k, e);
    }
    indexes.set(doc.boundaries, index);
  }
  return index;
}

/** The boundary in force for a performer, region and channel in a scene (or, with `sceneId` null, standing). */
export function boundaryOf(doc: Pick<DocRecords, 'boundaries'>, performerId: string, sceneId: string | null, region: BodyRegionId, channel: ConsentChannel): BoundaryState {
  const index = latestIndex(doc);
  const entry = (sceneId ? index.get(key(performerId, sceneId, region, channel)) : undefined) ?? index.get(key(performerId, null, region, channel));
  return entry ? { value: entry.value, note: entry.note, entry } : NOTHING;
}

/** A performer's whole map in a scene: every region × channel. */
export function boundaryMap(doc: Pick<DocRecords, 'boundaries'>, performerId: string, sceneId: string | null): Record<BodyRegionId, Record<ConsentChannel, BoundaryState>> {
  return Object.fromEntries(
    BODY_REGION_IDS.map((region) => [region, Object.fromEntries(CONSENT_CHANNELS.map((channel) => [channel, boundaryOf(doc, performerId, sceneId, region, channel)]))]),
  ) as Record<BodyRegionId, Record<ConsentChannel, BoundaryState>>;
}

/** Whether anything at all has been recorded for the performer (a boundary map exists). */
export function hasBoundaryMap(doc: Pick<DocRecords, 'boundaries'>, performerId: string): boolean {
  let mapped = withMaps.get(doc.boundaries);
  if (!mapped) withMaps.set(doc.boundaries, (mapped = new Set(Object.values(doc.boundaries).map((e) => e.performerId))));
  return mapped.has(performerId);
}
// The performers with any boundary entry, once per boundary map (the maps are never mutated).
const withMaps = new WeakMap<object, Set<string>>();

/** The rider in force for a performer in a scene: its latest version, or null. */
export function riderOf(doc: Pick<DocRecords, 'riders'>, performerId: string, sceneId: string): RiderVersion | null {
  let best: RiderVersion | null = null;
  for (const r of Object.values(doc.riders)) if (r.performerId === performerId && r.sceneId === sceneId && (!best || r.version > best.version)) best = r;
  return best;
}

/** A performer's consent history, oldest first: every boundary entry and rider version. */
export function consentHistoryOf(doc: Pick<DocRecords, 'boundaries' | 'riders'>, performerId: string): (BoundaryEntry | RiderVersion)[] {
  const mine = [...Object.values(doc.boundaries), ...Object.values(doc.riders)].filter((e) => e.performerId === performerId);
  return mine.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
