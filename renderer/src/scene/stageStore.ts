import { create } from 'zustand';
import type { BoneName } from '../../../shared/domain/bones';
import type { Vec3 } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import { initialSmoothEdges, storeSmoothEdges } from './renderQuality';

/** What the blocking panel and the gizmo act on. A mannequin is addressed by performer, so the selection survives a beat change. */
export type StageSelection =
  | { readonly kind: 'performer'; readonly performerId: string; readonly bone: BoneName | null }
  | { readonly kind: 'setPiece'; readonly id: string }
  | { readonly kind: 'camera'; readonly id: string }
  | { readonly kind: 'contact'; readonly id: string }
  | { readonly kind: 'barrier'; readonly id: string }
  | null;

/**
 * What a click on a body does: `select` (the default); `contact` — the first click picks the initiator's
 * region, the second the receiver's region or a set piece; `garment` — hovering names the region under
 * the pointer, and a click selects that performer for dressing.
 */
export type PickMode = 'select' | 'contact' | 'garment';
/** The first half of a contact being made in 3D: the initiator's body point. */
export interface PendingContactPoint {
  readonly performerId: string;
  readonly region: BodyRegionId;
  readonly offset: Vec3;
}

/** free: the working camera (orbit); top: the orthographic plan; camera: looking through a shot camera. */
export type ViewMode = 'free' | 'top' | 'camera';
export type TransformMode = 'move' | 'rotate';

export interface MeasurePoint {
  readonly point: Vec3;
  /** What was clicked ("Ruth · left hand", "B cam"), shown next to the distance. */
  readonly label: string;
}

export interface StageState {
  readonly selection: StageSelection;
  readonly view: ViewMode;
  readonly transformMode: TransformMode;
  /** The shot camera shown in the picture-in-picture and used by "look through", by name so it follows beat changes. */
  readonly activeCameraName: string | null;
  readonly pip: boolean;
  /** Show the previous beat's blocking as see-through ghosts (onion skin). */
  readonly ghosts: boolean;
  /** Looking through a camera: tint the regions it films uncovered (agreed / not agreed to show). */
  readonly exposureTint: boolean;
  /** Multisample antialiasing of the 3D view (see renderQuality.ts); changing it recreates the WebGL context. */
  readonly smoothEdges: boolean;
  readonly measuring: boolean;
  readonly measurePoints: readonly MeasurePoint[];
  /** Snap mannequins to the surface under them (bed, mat) when they are moved or posed. */
  readonly snap: boolean;
  readonly playing: boolean;
  readonly panelOpen: boolean;
  /** Bumped to ask the free camera to frame the selection (F). */
  readonly focusRequest: number;
  readonly pickMode: PickMode;
  /** In contact mode, after the first click. */
  readonly pendingContact: PendingContactPoint | null;
  /** The body region under the pointer in contact or garment mode (highlighted and named). */
  readonly hoverRegion: { readonly performerId: string; readonly region: BodyRegionId } | null;
}

const INITIAL: StageState = {
  selection: null,
  view: 'free',
  transformMode: 'move',
  activeCameraName: null,
  pip: true,
  ghosts: false,
  exposureTint: false,
  smoothEdges: initialSmoothEdges(),
  measuring: false,
  measurePoints: [],
  snap: true,
  playing: false,
  panelOpen: true,
  focusRequest: 0,
  pickMode: 'select',
  pendingContact: null,
  hoverRegion: null,
};

/** UI state of the 3D view only; the blocking itself lives in the document store. */
export const useStageStore = create<StageState>(() => INITIAL);

const set = useStageStore.setState;

export function selectPerformer(performerId: string | null, bone: BoneName | null = null): void {
  set({ selection: performerId ? { kind: 'performer', performerId, bone } : null });
}
export function selectSetPiece(id: string): void {
  set({ selection: { kind: 'setPiece', id } });
}
export function selectCamera(id: string, name?: string): void {
  set(name ? { selection: { kind: 'camera', id }, activeCameraName: name } : { selection: { kind: 'camera', id } });
}
export function clearSelection(): void {
  set({ selection: null });
}
export function selectContact(id: string): void {
  set({ selection: { kind: 'contact', id } });
}
export function selectBarrier(id: string): void {
  set({ selection: { kind: 'barrier', id } });
}
/** Entering or leaving a pick mode drops a half-made contact and the hover highlight. */
export function setPickMode(pickMode: PickMode): void {
  set({ pickMode, pendingContact: null, hoverRegion: null });
}
export function setPendingContact(pendingContact: PendingContactPoint | null): void {
  set({ pendingContact });
}
export function setHoverRegion(hoverRegion: StageState['hoverRegion']): void {
  const now = useStageStore.getState().hoverRegion;
  if (now?.performerId === hoverRegion?.performerId && now?.region === hoverRegion?.region) return;
  set({ hoverRegion });
}
export function setView(view: ViewMode): void {
  set({ view });
}
export function setTransformMode(transformMode: TransformMode): void {
  set({ transformMode });
}
export function setActiveCameraName(name: string | null): void {
  set({ activeCameraName: name });
}
export function togglePip(): void {
  set((s) => ({ pip: !s.pip }));
}
export function toggleGhosts(): void {
  set((s) => ({ ghosts: !s.ghosts }));
}
export function setSmoothEdges(smoothEdges: boolean): void {
  storeSmoothEdges(smoothEdges);
  set({ smoothEdges });
}
export function setMeasuring(measuring: boolean): void {
  set({ measuring, measurePoints: [] });
}
/** Two points make a measurement; a third click starts a new one. */
export function addMeasurePoint(p: MeasurePoint): void {
  set((s) => ({ measurePoints: s.measurePoints.length >= 2 ? [p] : [...s.measurePoints, p] }));
}
export function setMeasurePoints(points: readonly MeasurePoint[]): void {
  set({ measurePoints: points });
}
export function setSnap(snap: boolean): void {
  set({ snap });
}
export function setExposureTint(exposureTint: boolean): void {
  set({ exposureTint });
}
/** From a camera exposure finding: select the camera, look through it, tint what it films. */
export function lookThroughWithExposure(cameraId: string, name: string): void {
  set({ selection: { kind: 'camera', id: cameraId }, activeCameraName: name, view: 'camera', exposureTint: true });
}
export function setPlaying(playing: boolean): void {
  set({ playing });
}
export function togglePanel(): void {
  set((s) => ({ panelOpen: !s.panelOpen }));
}
export function requestFocus(): void {
  set((s) => ({ focusRequest: s.focusRequest + 1 }));
}
/** A different scene or file: start from a clean view. */
export function resetStage(): void {
  set({ selection: null, measurePoints: [], measuring: false, playing: false });
}
