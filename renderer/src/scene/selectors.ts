import type { CameraSetup, Placement, PosePreset, SetPiece } from '../../../shared/domain/blocking';
import type { Performer } from '../../../shared/domain/people';
import { useDocumentStore } from '../store/documentStore';
import { memoOnMapByKey, sameItems } from '../store/selectors';

// Results are memoised on the identity of the source map (store/selectors.ts explains why).
const memoByKey = memoOnMapByKey;

type ById<T> = Readonly<Record<string, T>>;

const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const byName = (a: CameraSetup, b: CameraSetup) => a.name.localeCompare(b.name) || byCreated(a, b);

export const placementsOfBeat = memoByKey((m: ById<Placement>, beatId: string) =>
  Object.values(m)
    .filter((p) => p.beatId === beatId)
    .sort(byCreated),
);
export const setPiecesOfScene = memoByKey((m: ById<SetPiece>, sceneId: string) =>
  Object.values(m)
    .filter((p) => p.sceneId === sceneId)
    .sort(byCreated),
);
export const camerasOfBeat = memoByKey((m: ById<CameraSetup>, beatId: string) =>
  Object.values(m)
    .filter((c) => c.beatId === beatId)
    .sort(byName),
);
const presetList = memoByKey((m: ById<PosePreset>) => Object.values(m).sort((a, b) => a.name.localeCompare(b.name)));

const NONE: readonly never[] = [];

export const usePlacementsOfBeat = (beatId: string | null) =>
  useDocumentStore((s) => (beatId ? placementsOfBeat(s.placements, beatId) : NONE));
export const useSetPiecesOfScene = (sceneId: string) => useDocumentStore((s) => setPiecesOfScene(s.setPieces, sceneId));
export const useCamerasOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? camerasOfBeat(s.cameras, beatId) : NONE));
export const useSavedPosePresets = () => useDocumentStore((s) => presetList(s.posePresets, ''));
export const useSetPiece = (id: string | null) => useDocumentStore((s) => (id ? (s.setPieces[id] ?? null) : null));
export const useCameraSetup = (id: string | null) => useDocumentStore((s) => (id ? (s.cameras[id] ?? null) : null));
export const useUnits = () => useDocumentStore((s) => s.production?.units ?? 'metric');

/** The placement of one performer in one beat (a string-keyed lookup, stable while the record is unchanged). */
export const usePlacementOf = (beatId: string | null, performerId: string) =>
  useDocumentStore((s) => (beatId ? (placementsOfBeat(s.placements, beatId).find((p) => p.performerId === performerId) ?? null) : null));

/** The performers cast in a scene, in the scene's order (missing/deleted ones left out). */
const castCache = new Map<string, { performers: ById<Performer>; ids: readonly string[]; list: readonly Performer[] }>();
export function castOf(performers: ById<Performer>, ids: readonly string[], sceneId: string): readonly Performer[] {
  const hit = castCache.get(sceneId);
  if (hit && hit.performers === performers && hit.ids === ids) return hit.list;
  const out = ids.map((id) => performers[id]).filter((p): p is Performer => !!p);
  const list = hit && sameItems(out, hit.list) ? hit.list : out;
  castCache.set(sceneId, { performers, ids, list });
  return list;
}
export const useCast = (sceneId: string) =>
  useDocumentStore((s) => castOf(s.performers, s.scenes[sceneId]?.performerIds ?? NONE, sceneId));

/** Non-hook reads for event handlers and the frame loop. */
export const getPlacementsOfBeat = (beatId: string) => placementsOfBeat(useDocumentStore.getState().placements, beatId);
export const getCamerasOfBeat = (beatId: string) => camerasOfBeat(useDocumentStore.getState().cameras, beatId);
export const getSetPiecesOfScene = (sceneId: string) => setPiecesOfScene(useDocumentStore.getState().setPieces, sceneId);
export const getPlacementOf = (beatId: string, performerId: string) => getPlacementsOfBeat(beatId).find((p) => p.performerId === performerId) ?? null;
