import type { Object3D } from 'three';

/** The barriers' live objects by record id, for the gizmo, focus and the tests. */
export const barrierObjects = new Map<string, Object3D>();
