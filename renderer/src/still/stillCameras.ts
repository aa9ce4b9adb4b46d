import { Box3, PerspectiveCamera, Vector3 } from 'three';
import type { CameraSetup } from '../../../shared/domain/blocking';
import { applyOptics, placeCamera } from '../scene/three/cameraPose';
import { barrierObjects } from '../scene/three/barrierObjects';
import { mannequinRigs, setPieceObjects } from '../scene/rigRegistry';

/** The scene camera's lens as set up in the beat: true vertical field of view and frame aspect. */
export function lensCamera(setup: CameraSetup): PerspectiveCamera {
  const lens = new PerspectiveCamera();
  applyOptics(lens, setup);
  placeCamera(lens, setup);
  lens.updateMatrixWorld(true);
  return lens;
}

/**
 * What the rehearsal view must show: the corners of the box around each body on stage in the beat (with
 * room for its tag), each set piece and each barrier. Each thing's own box, not one box around all: the
 * empty corners of a big box would push the stage off the middle of the picture.
 */
export function stagePoints(): Vector3[] {
  const boxes: Box3[] = [];
  for (const rig of mannequinRigs.values()) {
    if (!rig.root.visible || !rig.mesh.boundingBox) continue;
    rig.root.updateMatrixWorld(true);
    const box = rig.mesh.boundingBox.clone().applyMatrix4(rig.mesh.matrixWorld);
    box.max.y += 0.3; // the name tag above the head
    boxes.push(box);
  }
  for (const o of [...setPieceObjects.values(), ...barrierObjects.values()]) boxes.push(new Box3().setFromObject(o));
  // An empty stage: a 4 m square of floor, so the picture still says "nothing here" at a readable scale.
  if (!boxes.some((b) => !b.isEmpty())) boxes.push(new Box3(new Vector3(-2, 0, -2), new Vector3(2, 1.8, 2)));
  const points: Vector3[] = [];
  for (const b of boxes) {
    if (b.isEmpty()) continue;
    for (const x of [b.min.x, b.max.x]) for (const y of [b.min.y, b.max.y]) for (const z of [b.min.z, b.max.z]) points.push(new Vector3(x, y, z));
  }
  return points;
}

/** Seen from the audience side (+z), turned 30° to camera right, 38° above the floor: bodies and set read in depth. */
const AZIMUTH = (30 * Math.PI) / 180;
const ELEVATION = (38 * Math.PI) / 180;
const FOV_DEG = 30;
/** Share of the frame the stage may fill, so nothing touches the edge of the printed picture. */
const FILL = 0.9;

/**
 * The rehearsal view: a fixed, readable 3/4 view from above the stage that frames `points` in a picture
 * of `aspect` — the camera is moved back until every point is inside, then shifted sideways
 * and up/down so the box sits in the middle of the frame.
 */
export function rehearsalCamera(points: readonly Vector3[], aspect: number): PerspectiveCamera {
  const back = new Vector3(Math.sin(AZIMUTH) * Math.cos(ELEVATION), Math.sin(ELEVATION), Math.cos(AZIMUTH) * Math.cos(ELEVATION));
  const forward = back.clone().negate();
  const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0)).normalize();
  const up = new Vector3().crossVectors(right, forward);
  const center = new Box3().setFromPoints([...points]).getCenter(new Vector3());
  const tanV = Math.tan((FOV_DEG * Math.PI) / 360) * FILL;
  const tanH = tanV * aspect;
  const corners = points.map((p) => p.clone().sub(center));
  let a = 0; // sideways shift of the camera, metres along `right`
  let b = 0; // shift along `up`
  let distance = 0;
  for (let pass = 0; pass < 4; pass++) {
    distance = Math.max(...corners.map((q) => Math.max(Math.abs(q.dot(right) - a) / tanH, Math.abs(q.dot(up) - b) / tanV) - q.dot(forward)));
    // Where the corners land on the frame (−1…1), then centre their extent.
    const xs = corners.map((q) => (q.dot(right) - a) / ((q.dot(forward) + distance) * tanH));
    const ys = corners.map((q) => (q.dot(up) - b) / ((q.dot(forward) + distance) * tanV));
    a += ((Math.max(...xs) + Math.min(...xs)) / 2) * distance * tanH;
    b += ((Math.max(...ys) + Math.min(...ys)) / 2) * distance * tanV;
  }
  distance = Math.max(...corners.map((q) => Math.max(Math.abs(q.dot(right) - a) / tanH, Math.abs(q.dot(up) - b) / tanV) - q.dot(forward)));
  const camera = new PerspectiveCamera(FOV_DEG, aspect, 0.1, distance + 60);
  const eye = center.clone().addScaledVector(back, distance).addScaledVector(right, a).addScaledVector(up, b);
  camera.position.copy(eye);
  camera.lookAt(eye.clone().add(forward));
  camera.updateMatrixWorld(true);
  return camera;
}
