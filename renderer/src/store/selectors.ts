import type { Beat } from '../../../shared/domain/beat';
import type { Crew, Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import { beatsOfScene, scenesInOrder } from '../../../shared/records/query';
import { useDocumentStore } from './documentStore';

// Derived lists are memoised on the identity of the map they come from (maps are replaced, never
// mutated), and an unchanged result keeps its previous array, so components re-render only when
// what they show changed. zustand 5 needs this: a selector returning a fresh array loops forever.

/** Same elements in the same order (by identity). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function memoOnMap<M extends object, T>(compute: (map: M) => readonly T[]) {
  let lastMap: M | null = null;
  let last: readonly T[] = [];
  return (map: M): readonly T[] => {
    if (map === lastMap) return last;
    const out = compute(map);
    lastMap = map;
    if (!sameItems(out, last)) last = out;
    return last;
  };
}

/**
 * A list derived per key (a scene id, a beat id) from some record maps, memoised as above on the
 * identity of every map it reads (the query layer takes parents into account, so a beat list
 * depends on the scene map as well as the beat map).
 */
export function memoOnMapsByKey<M extends readonly object[], T>(compute: (maps: M, key: string) => readonly T[]) {
  const cache = new Map<string, { maps: M; list: readonly T[] }>();
  return (maps: M, key: string): readonly T[] => {
    const hit = cache.get(key);
    if (hit && hit.maps.every((m, i) => m === maps[i])) return hit.list;
    const out = compute(maps, key);
    const list = hit && sameItems(out, hit.list) ? hit.list : out;
    cache.set(key, { maps, list });
    return list;
  };
}

const byName = (a: { name: string; createdAt: string }, b: { name: string; createdAt: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name);

const sceneList = memoOnMap((m: Readonly<Record<string, Scene>>) => scenesInOrder({ scenes: m }));
const performerList = memoOnMap((m: Readonly<Record<string, Performer>>) => Object.values(m).sort(byName));
const crewList = memoOnMap((m: Readonly<Record<string, Crew>>) => Object.values(m).sort(byName));
const NO_BEATS: readonly Beat[] = [];

type ById<T> = Readonly<Record<string, T>>;
const beatsMemo = memoOnMapsByKey(([scenes, beats]: readonly [ById<Scene>, ById<Beat>], sceneId: string) => beatsOfScene({ scenes, beats }, sceneId));
const liveBeatsOf = (s: { scenes: ById<Scene>; beats: ById<Beat> }, sceneId: string): readonly Beat[] => beatsMemo([s.scenes, s.beats], sceneId);


export const useProduction = () => useDocumentStore((s) => s.production);
export const useDocumentInfo = () => useDocumentStore((s) => s.info);
export const useHistory = () => useDocumentStore((s) => s.history);
export const useSaveStatus = () => useDocumentStore((s) => s.save);
export const usePhase = () => useDocumentStore((s) => s.phase);

export const useScenes = () => useDocumentStore((s) => sceneList(s.scenes));
export const useScene = (id: string | null) => useDocumentStore((s) => (id ? (s.scenes[id] ?? null) : null));
export const usePerformers = () => useDocumentStore((s) => performerList(s.performers));
export const usePerformer = (id: string | null) => useDocumentStore((s) => (id ? (s.performers[id] ?? null) : null));
export const useCrewList = () => useDocumentStore((s) => crewList(s.crew));
export const useCrewMember = (id: string | null) => useDocumentStore((s) => (id ? (s.crew[id] ?? null) : null));
export const useBeat = (id: string | null) => useDocumentStore((s) => (id ? (s.beats[id] ?? null) : null));
export const useBeatsOfScene = (sceneId: string | null) => useDocumentStore((s) => (sceneId ? liveBeatsOf(s, sceneId) : NO_BEATS));
/** How many beats a scene has, for the scene list (a number, so it never causes extra renders). */
export const useBeatCount = (sceneId: string) => useDocumentStore((s) => liveBeatsOf(s, sceneId).length);

/** Non-hook reads for event handlers and actions. */
export const getScenes = () => sceneList(useDocumentStore.getState().scenes);
export const getBeatsOfScene = (sceneId: string) => liveBeatsOf(useDocumentStore.getState(), sceneId);
export const getPerformers = () => performerList(useDocumentStore.getState().performers);
export const getCrewList = () => crewList(useDocumentStore.getState().crew);
