import { useMemo } from 'react';
import type { BodyRegionId } from '../../../../../shared/domain/bodyRegions';
import { BODY_REGIONS } from '../../../../../shared/domain/bodyRegions';
import type { ConsentChannel, ConsentOccasion, ConsentValue } from '../../../../../shared/domain/consent';
import { boundaryMap, consentHistoryOf, riderOf, type BoundaryState } from '../../../../../shared/records/consentQuery';
import { runCommand } from '../../../store/actions';
import { useDocumentStore } from '../../../store/documentStore';

/** Where, when and by whom the coordinator is recording: chosen once above the map, sent with every change. */
export interface Recording {
  readonly performerId: string;
  /** null: the performer's standing boundary (all scenes); a scene: an override for that scene only. */
  readonly sceneId: string | null;
  readonly occasion: ConsentOccasion;
  readonly recordedBy: string;
}

export type SettableValue = Exclude<ConsentValue, 'unrecorded'>;
export const SETTABLE_VALUES: readonly SettableValue[] = ['agreed', 'notAgreed', 'discuss'];

export interface BoundaryChange {
  readonly region: BodyRegionId;
  readonly channel: ConsentChannel;
  readonly value: SettableValue;
  readonly note?: string;
}

/** One `boundary.set` for one or many regions and channels. */
export function recordBoundaries(rec: Recording, entries: readonly BoundaryChange[]) {
  if (entries.length === 0) return Promise.resolve(null);
  return runCommand({
    type: 'boundary.set',
    performerId: rec.performerId,
    sceneId: rec.sceneId,
    entries: entries.map((e) => (e.note === undefined ? { region: e.region, channel: e.channel, value: e.value } : { ...e })),
    occasion: rec.occasion,
    recordedBy: rec.recordedBy,
  });
}

export type ConsentMap = Record<BodyRegionId, Record<ConsentChannel, BoundaryState>>;

/** The performer's map in force for the chosen scope (a scene's own entries first, else the standing ones). */
export function useConsentMap(performerId: string, sceneId: string | null): ConsentMap {
  const boundaries = useDocumentStore((s) => s.boundaries);
  return useMemo(() => boundaryMap({ boundaries }, performerId, sceneId), [boundaries, performerId, sceneId]);
}

export function useConsentHistory(performerId: string) {
  const boundaries = useDocumentStore((s) => s.boundaries);
  const riders = useDocumentStore((s) => s.riders);
  return useMemo(() => consentHistoryOf({ boundaries, riders }, performerId).reverse(), [boundaries, riders, performerId]);
}

export function useRider(performerId: string, sceneId: string | null) {
  const riders = useDocumentStore((s) => s.riders);
  return useMemo(() => (sceneId ? riderOf({ riders }, performerId, sceneId) : null), [riders, performerId, sceneId]);
}

/** "Left shoulder blade" — the region's clinical label as a heading. */
export const regionTitle = (id: BodyRegionId): string => {
  const l = BODY_REGIONS[id].label;
  return l.charAt(0).toUpperCase() + l.slice(1);
};

/** A timestamp as the coordinator reads it: "2 Dec 2026, 11:04". */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

export function formatDay(isoDate: string | null): string {
  if (!isoDate) return '—';
  const d = new Date(`${isoDate}T00:00:00`);
  return Number.isNaN(d.getTime()) ? isoDate : new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}
