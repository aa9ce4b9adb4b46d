import type { Object3D } from 'three';

export interface FrameStats {
  /** Draw calls and triangles of the main view's last render (the picture-in-picture not included). */
  readonly calls: number;
  readonly triangles: number;
}

/**
 * Imperative entry points into the canvas for the DOM toolbar (which lives outside it): snapshot and
 * export. Registered by StageBridge inside the <Canvas>.
 */
export interface StageApi {
  snapshotPng(): Promise<Blob>;
  exportGlb(): Promise<ArrayBuffer>;
  /** Renders now (outside the demand loop) and returns the main view's stats. */
  renderNow(): FrameStats;
}

export const stageApi: { current: StageApi | null } = { current: null };

/** The transform gizmo, hidden while the picture-in-picture renders (it belongs to the working view only). */
export const gizmoObject: { current: Object3D | null } = { current: null };

export const lastFrame: { stats: FrameStats; count: number; listeners: Set<() => void> } = {
  stats: { calls: 0, triangles: 0 },
  count: 0,
  listeners: new Set(),
};

/** When the gizmo was last released: the click that ends a drag must not also (de)select. */
export const gizmoActivity = { lastUp: 0 };
export const isGizmoClick = () => performance.now() - gizmoActivity.lastUp < 250;
