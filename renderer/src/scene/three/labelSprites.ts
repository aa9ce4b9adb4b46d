import { type Camera, OrthographicCamera, PerspectiveCamera, type Sprite, Vector3 } from 'three';

/**
 * Name tags keep the same size on screen in every view (a world-sized tag is unreadable in a wide top
 * plan and huge up close). Each registered sprite carries its pixel height and aspect; the render loop
 * sizes them for the camera about to draw.
 */
const labels = new Set<Sprite>();

export function registerLabel(sprite: Sprite, pixelHeight: number, aspect: number): () => void {
  sprite.userData.labelPx = pixelHeight;
  sprite.userData.labelAspect = aspect;
  labels.add(sprite);
  return () => void labels.delete(sprite);
}

const p = new Vector3();
const c = new Vector3();

export function fitLabels(camera: Camera, viewportHeight: number): void {
  if (viewportHeight <= 0) return;
  camera.getWorldPosition(c);
  for (const sprite of labels) {
    const px = sprite.userData.labelPx as number;
    const aspect = sprite.userData.labelAspect as number;
    let h: number;
    if (camera instanceof OrthographicCamera) {
      h = (px * (camera.top - camera.bottom)) / camera.zoom / viewportHeight;
    } else if (camera instanceof PerspectiveCamera) {
      const d = sprite.getWorldPosition(p).distanceTo(c);
      h = (px / viewportHeight) * 2 * d * Math.tan((camera.fov * Math.PI) / 360);
    } else continue;
    sprite.scale.set(h * aspect, h, 1);
  }
}
