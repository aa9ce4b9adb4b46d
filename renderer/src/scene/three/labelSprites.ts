import { type Camera, type Object3D, OrthographicCamera, PerspectiveCamera, type Sprite, Vector3 } from 'three';

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

/** The size every name tag is drawn at on screen, in CSS pixels (for the stage probe). */
export function labelScreenSizes(): { name: string; width: number; height: number }[] {
  return [...labels].map((s) => ({ name: s.parent?.name ?? '', width: (s.userData.labelPx as number) * (s.userData.labelAspect as number), height: s.userData.labelPx as number }));
}

const p = new Vector3();
const c = new Vector3();

interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Drawn now: visible all the way up to the scene (a tag not attached anywhere, e.g. a set piece's outside the top plan, is not). */
function shownOnStage(sprite: Sprite): boolean {
  let o: Object3D = sprite;
  for (; o.parent; o = o.parent) if (!o.visible) return false;
  return o.visible && (o as Object3D & { isScene?: boolean }).isScene === true;
}

/**
 * Tags that would cover each other on screen (two heads together in a kiss or an embrace) are stacked:
 * the lower one on screen stays, the next is lifted by whole tag heights until it is clear. Done by
 * moving the sprite's anchor, so the stored positions are untouched.
 */
function unstack(camera: Camera, width: number, height: number): void {
  const shown = [...labels].filter(shownOnStage);
  const placed: Rect[] = [];
  const items = shown
    .map((sprite) => {
      const base = (sprite.userData.labelBaseCenterY as number | undefined) ?? (sprite.userData.labelBaseCenterY = sprite.center.y);
      sprite.center.y = base;
      sprite.getWorldPosition(p).project(camera);
      return { sprite, base, x: ((p.x + 1) / 2) * width, y: ((p.y + 1) / 2) * height, behind: p.z > 1 };
    })
    .filter((i) => !i.behind)
    // Lowest on screen first, in 8-pixel bands so two tags at the same height do not swap places as the
    // view turns by a degree; within a band, the order they were registered in.
    .sort((a, b) => Math.round(a.y / 8) - Math.round(b.y / 8));
  for (const { sprite, base, x, y } of items) {
    const h = sprite.userData.labelPx as number;
    const w = h * (sprite.userData.labelAspect as number);
    const rect = (lift: number): Rect => ({ x0: x - sprite.center.x * w, x1: x + (1 - sprite.center.x) * w, y0: y + (lift - base) * h, y1: y + (lift - base + 1) * h });
    let lift = 0;
    while (lift < 4 && placed.some((r) => overlaps(r, rect(lift)))) lift += 1.1;
    sprite.center.y = base - lift;
    placed.push(rect(lift));
  }
}

export function fitLabels(camera: Camera, viewportWidth: number, viewportHeight: number): void {
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
  camera.updateMatrixWorld();
  unstack(camera, viewportWidth, viewportHeight);
}
