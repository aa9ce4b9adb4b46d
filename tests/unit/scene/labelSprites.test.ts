import { afterEach, describe, expect, it } from 'vitest';
import { Group, PerspectiveCamera, Scene, Sprite, Vector3 } from 'three';
import { fitLabels, registerLabel } from '../../../renderer/src/scene/three/labelSprites';

// Name tags in the 3D view: same size on screen, and never on top of each other.
const W = 800;
const H = 600;
const camera = new PerspectiveCamera(50, W / H, 0.1, 100);
camera.position.set(0, 1.6, 4);
camera.lookAt(new Vector3(0, 1.6, 0));

const unregister: (() => void)[] = [];
let scene = new Scene();
afterEach(() => {
  unregister.splice(0).forEach((u) => u());
  scene = new Scene();
});

/** A tag on stage (in the scene, or in `parent`); `parent: null` leaves it attached to nothing. */
function tag(x: number, y: number, z: number, parent: Group | Scene | null = scene): Sprite {
  const s = new Sprite();
  s.center.set(0.5, 0);
  s.position.set(x, y, z);
  parent?.add(s);
  unregister.push(registerLabel(s, 19, 4));
  return s;
}

/** The tag's box on screen in pixels (y up), from its anchor and centre as the renderer draws it. */
function box(s: Sprite) {
  const p = s.getWorldPosition(new Vector3()).project(camera);
  const x = ((p.x + 1) / 2) * W;
  const y = ((p.y + 1) / 2) * H;
  const h = 19;
  const w = 19 * 4;
  return { x0: x - 0.5 * w, x1: x + 0.5 * w, y0: y - s.center.y * h, y1: y - s.center.y * h + h };
}

describe('name tags', () => {
  it('stack two tags that would cover each other (heads together), and leave apart ones alone', () => {
    const ruth = tag(0, 1.8, 0);
    const tom = tag(0.06, 1.82, 0.02);
    const far = tag(1.5, 1.8, 0);
    fitLabels(camera, W, H);
    const [a, b] = [box(ruth), box(tom)];
    const apart = a.y1 <= b.y0 || b.y1 <= a.y0;
    expect(apart).toBe(true);
    expect(far.center.y).toBe(0);
    // Their sizes on screen stay the same, 19 px tall, whatever the distance.
    expect(ruth.scale.y).toBeCloseTo(tom.scale.y, 2);
  });

  it('unstacks again when the heads move apart, and ignores tags of performers off stage or not on stage at all', () => {
    const hidden = new Group();
    hidden.visible = false;
    scene.add(hidden);
    tag(0, 1.8, 0, null); // e.g. a set piece's tag outside the top plan
    const ruth = tag(0, 1.8, 0);
    const tom = tag(0, 1.8, 0);
    tag(0, 1.8, 0, hidden);
    fitLabels(camera, W, H);
    expect(Math.max(ruth.center.y, tom.center.y)).toBe(0);
    expect(Math.min(ruth.center.y, tom.center.y)).toBeCloseTo(-1.1, 5); // one lift: the hidden tag takes no room
    tom.position.x = 1.5;
    fitLabels(camera, W, H);
    expect(ruth.center.y).toBe(0);
    expect(tom.center.y).toBe(0);
  });
});
