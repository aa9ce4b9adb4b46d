import type { Camera, Scene, WebGLRenderer } from 'three';
import { gizmoObject, lastFrame, type FrameStats } from '../stageApi';
import { mannequinGeometry } from '../geometry/mannequinGeometry';
import { mannequinRigs } from '../rigRegistry';
import { fitLabels } from './labelSprites';

export interface PipSpec {
  readonly camera: Camera;
  readonly aspect: number;
}

/** Size and place of the picture-in-picture, CSS pixels from the bottom-right corner (matches .stage-pip in stage.css). */
export function pipRect(width: number, height: number, aspect: number) {
  const w = Math.round(Math.min(300, width * 0.32));
  const h = Math.round(w / aspect);
  return { x: width - w - 12, y: 12, w, h: Math.min(h, height - 24) };
}

/**
 * One frame of the stage: the main view over the whole canvas, then (working views only) the active
 * shot camera in a scissored corner viewport of the same renderer — no second WebGL context.
 */
export function renderStage(gl: WebGLRenderer, scene: Scene, camera: Camera, size: { width: number; height: number }, pip: PipSpec | null): FrameStats {
  gl.setScissorTest(false);
  gl.setViewport(0, 0, size.width, size.height);
  fitLabels(camera, size.width, size.height);
  gl.render(scene, camera);
  const stats = { calls: gl.info.render.calls, triangles: gl.info.render.triangles };
  if (pip) {
    const r = pipRect(size.width, size.height, pip.aspect);
    const gizmo = gizmoObject.current;
    const gizmoVisible = gizmo?.visible ?? false;
    if (gizmo) gizmo.visible = false;
    gl.setScissorTest(true);
    gl.setScissor(r.x, r.y, r.w, r.h);
    gl.setViewport(r.x, r.y, r.w, r.h);
    // The preview is small: mannequins are drawn with the low-detail body there (same skeleton, same pose).
    const rigs = [...mannequinRigs.values()];
    const bodies = rigs.map((rig) => rig.mesh.geometry);
    try {
      for (const rig of rigs) rig.mesh.geometry = mannequinGeometry(rig.heightCm, 'preview');
      gl.render(scene, pip.camera);
    } finally {
      rigs.forEach((rig, i) => (rig.mesh.geometry = bodies[i]!));
      gl.setScissorTest(false);
      gl.setViewport(0, 0, size.width, size.height);
      if (gizmo) gizmo.visible = gizmoVisible;
    }
  }
  lastFrame.stats = stats;
  lastFrame.count += 1;
  for (const l of lastFrame.listeners) l();
  return stats;
}
