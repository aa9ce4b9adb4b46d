import { BufferGeometry, Float32BufferAttribute, PerspectiveCamera, Quaternion } from 'three';
import type { CameraFields } from '../../../../shared/domain/blocking';
import { ASPECT_RATIO_VALUES, verticalFovDeg } from '../../../../shared/blocking';

const aim = new PerspectiveCamera();

/** The world orientation of a camera setup: looking from position to target, then rolled (as cameraBasis). */
export function cameraQuaternion(camera: Pick<CameraFields, 'position' | 'target' | 'rollDeg'>, out = new Quaternion()): Quaternion {
  aim.position.fromArray(camera.position);
  aim.up.set(0, 1, 0);
  aim.lookAt(camera.target[0], camera.target[1], camera.target[2]);
  aim.rotateZ((camera.rollDeg * Math.PI) / 180);
  return out.copy(aim.quaternion);
}

/**
 * A three.js camera with the setup's true optics: vertical fov from lens and sensor (never filmGauge)
 * and the aspect of the recorded frame. `manual` keeps R3F from overwriting the aspect on resize.
 */
export function applyOptics(lens: PerspectiveCamera, camera: Pick<CameraFields, 'focalLengthMm' | 'sensor' | 'aspect'>): void {
  lens.fov = verticalFovDeg(camera);
  lens.aspect = ASPECT_RATIO_VALUES[camera.aspect];
  lens.near = 0.05;
  lens.far = 200;
  (lens as PerspectiveCamera & { manual?: boolean }).manual = true;
  lens.updateProjectionMatrix();
}

export function placeCamera(obj: { position: { fromArray(a: readonly number[]): unknown }; quaternion: Quaternion }, camera: Pick<CameraFields, 'position' | 'target' | 'rollDeg'>): void {
  obj.position.fromArray(camera.position);
  cameraQuaternion(camera, obj.quaternion);
}

/** Lines of the view frustum, apex at the origin looking down −z, out to `length` metres, with the frame edge. */
export function frustumGeometry(vFovDeg: number, aspect: number, length: number): BufferGeometry {
  const hh = length * Math.tan((vFovDeg * Math.PI) / 360);
  const hw = hh * aspect;
  const c = [
    [-hw, -hh, -length],
    [hw, -hh, -length],
    [hw, hh, -length],
    [-hw, hh, -length],
  ] as const;
  const pts: number[] = [];
  for (const p of c) pts.push(0, 0, 0, ...p);
  for (let i = 0; i < 4; i++) pts.push(...c[i]!, ...c[(i + 1) % 4]!);
  // A small triangle on top of the frame marks "up".
  pts.push(-hw * 0.15, hh, -length, 0, hh * 1.18, -length, 0, hh * 1.18, -length, hw * 0.15, hh, -length);
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pts, 3));
  return g;
}
