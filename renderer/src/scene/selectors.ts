import type { Beat } from '../../../shared/domain/beat';
import type { Camera, CameraPlacement, CameraSetup, Placement, PosePreset, SetPiece } from '../../../shared/domain/blocking';
import type { Performer } from '../../../shared/domain/people';
import type { Scene } from '../../../shared/domain/scene';
import {
  barriersOfBeat as queryBarriers,
  camerasOfBeat as queryCamerasOfBeat,
  castOfScene,
  contactsOfBeat as queryContacts,
  doublingsOfBeat as queryDoublings,
  garmentsOfBeat as queryGarments,
  placementsOfBeat as queryPlacementsOfBeat,
  setPiecesOfScene as querySetPieces,
} from '../../../shared/records/query';
import type { Contact } from '../../../shared/domain/contact';
import type { Doubling } from '../../../shared/domain/doubling';
import type { Barrier, Garment } from '../../../shared/domain/wardrobe';
import { useDocumentStore, type Records } from '../store/documentStore';
import { memoOnMapsByKey } from '../store/selectors';

// Every list comes from the shared query layer (shared/records/query.ts), memoised on the identity
// of the maps it reads (store/selectors.ts explains why).
type ById<T> = Readonly<Record<string, T>>;
type S = Records;

const placementsMemo = memoOnMapsByKey(
  ([scenes, beats, performers, placements]: readonly [ById<Scene>, ById<Beat>, ById<Performer>, ById<Placement>], beatId: string) =>
    queryPlacementsOfBeat({ scenes, beats, performers, placements }, beatId),
);
const setPiecesMemo = memoOnMapsByKey(([scenes, setPieces]: readonly [ById<Scene>, ById<SetPiece>], sceneId: string) => querySetPieces({ scenes, setPieces }, sceneId));
const camerasMemo = memoOnMapsByKey(
  ([scenes, beats, cameras, cameraPlacements]: readonly [ById<Scene>, ById<Beat>, ById<Camera>, ById<CameraPlacement>], beatId: string) =>
    queryCamerasOfBeat({ scenes, beats, cameras, cameraPlacements }, beatId),
);
const visibleCamerasMemo = memoOnMapsByKey(([all]: readonly [readonly CameraSetup[]], _beatId: string) => all.filter((c) => !c.hidden));
const castMemo = memoOnMapsByKey(([scenes, performers]: readonly [ById<Scene>, ById<Performer>], sceneId: string) => castOfScene({ scenes, performers }, sceneId));
const presetMemo = memoOnMapsByKey(([m]: readonly [ById<PosePreset>], _key: string) => Object.values(m).sort((a, b) => a.name.localeCompare(b.name)));

const contactsMemo = memoOnMapsByKey(([scenes, beats, contacts]: readonly [ById<Scene>, ById<Beat>, ById<Contact>], beatId: string) => queryContacts({ scenes, beats, contacts }, beatId));
const garmentsMemo = memoOnMapsByKey(
  ([scenes, beats, performers, garments]: readonly [ById<Scene>, ById<Beat>, ById<Performer>, ById<Garment>], beatId: string) =>
    queryGarments({ scenes, beats, performers, garments }, beatId),
);
const barriersMemo = memoOnMapsByKey(([scenes, beats, barriers]: readonly [ById<Scene>, ById<Beat>, ById<Barrier>], beatId: string) => queryBarriers({ scenes, beats, barriers }, beatId));
const doublingsMemo = memoOnMapsByKey(
  ([scenes, beats, performers, cameras, doublings]: readonly [ById<Scene>, ById<Beat>, ById<Performer>, ById<Camera>, ById<Doubling>], beatId: string) =>
    queryDoublings({ scenes, beats, performers, cameras, doublings }, beatId),
);

const NONE: readonly never[] = [];

export const contactsOf = (s: S, beatId: string) => contactsMemo([s.scenes, s.beats, s.contacts], beatId);
export const garmentsOf = (s: S, beatId: string) => garmentsMemo([s.scenes, s.beats, s.performers, s.garments], beatId);
export const barriersOf = (s: S, beatId: string) => barriersMemo([s.scenes, s.beats, s.barriers], beatId);
export const useContactsOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? contactsOf(s, beatId) : NONE));
export const useGarmentsOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? garmentsOf(s, beatId) : NONE));
export const useBarriersOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? barriersOf(s, beatId) : NONE));
/** Where body doubles stand in during the beat (shared/domain/doubling.ts). */
export const useDoublingsOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? doublingsMemo([s.scenes, s.beats, s.performers, s.cameras, s.doublings], beatId) : NONE));
export const getContactsOfBeat = (beatId: string) => contactsOf(useDocumentStore.getState(), beatId);
export const getGarmentsOfBeat = (beatId: string) => garmentsOf(useDocumentStore.getState(), beatId);
export const getBarriersOfBeat = (beatId: string) => barriersOf(useDocumentStore.getState(), beatId);

export const placementsOf = (s: S, beatId: string) => placementsMemo([s.scenes, s.beats, s.performers, s.placements], beatId);
export const setPiecesOf = (s: S, sceneId: string) => setPiecesMemo([s.scenes, s.setPieces], sceneId);
/** Every camera of the beat's scene as set up in the beat, those not used there included (hidden). */
export const allCamerasOf = (s: S, beatId: string) => camerasMemo([s.scenes, s.beats, s.cameras, s.cameraPlacements], beatId);
/** The cameras used in the beat. */
export const camerasOf = (s: S, beatId: string) => visibleCamerasMemo([allCamerasOf(s, beatId)], beatId);

export const usePlacementsOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? placementsOf(s, beatId) : NONE));
export const useSetPiecesOfScene = (sceneId: string) => useDocumentStore((s) => setPiecesOf(s, sceneId));
export const useCamerasOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? camerasOf(s, beatId) : NONE));
export const useAllCamerasOfBeat = (beatId: string | null) => useDocumentStore((s) => (beatId ? allCamerasOf(s, beatId) : NONE));
export const useSavedPosePresets = () => useDocumentStore((s) => presetMemo([s.posePresets], ''));
export const useSetPiece = (id: string | null) => useDocumentStore((s) => (id ? (s.setPieces[id] ?? null) : null));
/** A camera as set up in one beat (hidden or not), or null. */
export const useCameraSetup = (id: string | null, beatId: string | null) =>
  useDocumentStore((s) => (id && beatId ? (allCamerasOf(s, beatId).find((c) => c.id === id) ?? null) : null));
export const useUnits = () => useDocumentStore((s) => s.production?.units ?? 'metric');

/** The placement of one performer in one beat (a string-keyed lookup, stable while the record is unchanged). */
export const usePlacementOf = (beatId: string | null, performerId: string) =>
  useDocumentStore((s) => (beatId ? (placementsOf(s, beatId).find((p) => p.performerId === performerId) ?? null) : null));

/** The performers cast in a scene, in the scene's order (missing/deleted ones left out). */
export const useCast = (sceneId: string) => useDocumentStore((s) => castMemo([s.scenes, s.performers], sceneId));

/** Non-hook reads for event handlers and the frame loop. */
export const getPlacementsOfBeat = (beatId: string) => placementsOf(useDocumentStore.getState(), beatId);
export const getCamerasOfBeat = (beatId: string) => camerasOf(useDocumentStore.getState(), beatId);
export const getAllCamerasOfBeat = (beatId: string) => allCamerasOf(useDocumentStore.getState(), beatId);
export const getSetPiecesOfScene = (sceneId: string) => setPiecesOf(useDocumentStore.getState(), sceneId);
export const getPlacementOf = (beatId: string, performerId: string) => getPlacementsOfBeat(beatId).find((p) => p.performerId === performerId) ?? null;
export const getCast = (sceneId: string) => castMemo([useDocumentStore.getState().scenes, useDocumentStore.getState().performers], sceneId);
