import type { RootState } from '@react-three/fiber';
import type { Camera, Sprite } from 'three';
import type { ResolvedStill } from '../../../shared/stills/request';
import { cameraInBeat } from '../../../shared/records/query';
import { useDocumentStore } from '../store/documentStore';
import { HELPER_LAYER } from '../scene/three/layers';
import { fitLabels } from '../scene/three/labelSprites';
import { mannequinRigs } from '../scene/rigRegistry';
import { FLOOR_GRID_NAME } from './StillStage';
import { lensCamera, rehearsalCamera, stagePoints } from './stillCameras';

/** Name tags on paper: larger than on screen (where they are 19 px), readable on a printed page. */
const TAG_SCALE_PER_1000PX = 1.25;
const PIXEL = new Uint8Array(4);

/** The mannequins' name tags (children of their roots, named "label" by mannequinRig). */
function nameTags(): Sprite[] {
  const tags: Sprite[] = [];
  for (const rig of mannequinRigs.values()) {
    const tag = rig.root.getObjectByName('label') as Sprite | undefined;
    if (tag?.isSprite) tags.push(tag);
  }
  return tags;
}

function cameraFor(still: ResolvedStill): Camera {
  if (still.view.kind === 'rehearsal') return rehearsalCamera(stagePoints(), still.width / still.height);
  const setup = cameraInBeat(useDocumentStore.getState(), still.view.cameraId, still.beatId);
  if (!setup) throw new Error(`The camera ${still.view.cameraId} is not set up in beat ${still.beatId}`);
  return lensCamera(setup);
}

/**
 * Draws one still of the beat on stage and returns it as a PNG data URL. Contact markers (part of the
 * choreography) are drawn in both views; performers' name tags only in the rehearsal view — a camera's
 * still is what its lens records.
 */
export function renderStill(state: RootState, still: ResolvedStill): { png: string; drawMs: number; encodeMs: number } {
  const { gl, scene } = state;
  const camera = cameraFor(still);
  camera.layers.enable(HELPER_LAYER); // contacts and tags are drawn on the helper layer
  const tags = nameTags();
  const withTags = still.view.kind === 'rehearsal';
  const grid = scene.getObjectByName(FLOOR_GRID_NAME);
  if (grid) grid.visible = still.view.kind === 'rehearsal';
  const saved = tags.map((t) => ({ visible: t.visible, px: t.userData.labelPx as number }));
  for (const t of tags) {
    t.visible = t.visible && withTags;
    t.userData.labelPx = (t.userData.labelPx as number) * Math.max(1, (still.width / 1000) * TAG_SCALE_PER_1000PX);
  }
  try {
    gl.setPixelRatio(1);
    gl.setSize(still.width, still.height, false);
    gl.setScissorTest(false);
    gl.setViewport(0, 0, still.width, still.height);
    const start = performance.now();
    fitLabels(camera, still.width, still.height);
    gl.render(scene, camera);
    const ctx = gl.getContext();
    ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, PIXEL); // waits for the GPU: drawing and encoding timed apart
    const drawn = performance.now();
    // Read back in the same task as the render.
    const png = gl.domElement.toDataURL('image/png');
    return { png, drawMs: drawn - start, encodeMs: performance.now() - drawn };
  } finally {
    tags.forEach((t, i) => {
      t.visible = saved[i]!.visible;
      t.userData.labelPx = saved[i]!.px;
    });
  }
}
