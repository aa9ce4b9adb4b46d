import { MathUtils, Vector3 } from 'three';
import type { AspectRatio, CameraFields, Sensor, SensorPreset, ShotSize, Vec3 } from '../domain/blocking';

export interface SensorSpec {
  readonly label: string;
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Real sensor (gate) sizes, mm:
 * - Super 35: 24.89 × 18.66, the 4-perf Super 35 full aperture (0.980 × 0.735 in); the common reference for "Super 35".
 * - Full frame: 36 × 24 (the 135 still format).
 * - ARRI ALEXA Mini LF, LF Open Gate (4448 × 3096): 36.70 × 25.54 (ARRI specification).
 * - Sony VENICE 2 8.6K, 3:2 full frame (8640 × 5760): Sony publishes 35.9 × 24.0; the photosite grid works out
 *   to 35.94 × 23.96, so 35.9 × 24.0 is kept as published.
 * - Micro Four Thirds: 17.3 × 13.0.
 */
export const SENSOR_SPECS: Readonly<Record<Exclude<SensorPreset, 'custom'>, SensorSpec>> = {
  super35: { label: 'Super 35', widthMm: 24.89, heightMm: 18.66 },
  fullFrame: { label: 'Full frame', widthMm: 36, heightMm: 24 },
  alexaMiniLF: { label: 'ARRI ALEXA Mini LF (open gate)', widthMm: 36.7, heightMm: 25.54 },
  venice2: { label: 'Sony VENICE 2 8.6K (full frame)', widthMm: 35.9, heightMm: 24 },
  microFourThirds: { label: 'Micro Four Thirds', widthMm: 17.3, heightMm: 13 },
};

/** A stored Sensor for a preset (custom sensors carry their own size). */
export function sensorForPreset(preset: Exclude<SensorPreset, 'custom'>): Sensor {
  const spec = SENSOR_SPECS[preset];
  return { preset, widthMm: spec.widthMm, heightMm: spec.heightMm };
}

/** Width ÷ height of each delivery aspect ratio. */
export const ASPECT_RATIO_VALUES: Readonly<Record<AspectRatio, number>> = {
  '2.39:1': 2.39,
  '2:1': 2,
  '1.85:1': 1.85,
  '16:9': 16 / 9,
  '4:3': 4 / 3,
};

/** Prime focal lengths found in most cinema lens sets, mm. */
export const COMMON_PRIMES_MM = [18, 21, 25, 32, 40, 50, 65, 75, 100, 135] as const;

const D = MathUtils.RAD2DEG;

/** Angle of view across a dimension d of the image: 2·atan(d / 2f), degrees. */
export function angleOfViewDeg(focalLengthMm: number, dimensionMm: number): number {
  return 2 * Math.atan(dimensionMm / (2 * focalLengthMm)) * D;
}

export function horizontalFovDeg(focalLengthMm: number, sensorWidthMm: number): number {
  return angleOfViewDeg(focalLengthMm, sensorWidthMm);
}

/** The focal length giving a horizontal angle of view across the given width. */
export function focalLengthForHorizontalFov(fovDeg: number, sensorWidthMm: number): number {
  return sensorWidthMm / (2 * Math.tan(fovDeg / D / 2));
}

/**
 * The recorded frame for an aspect ratio: the full sensor width with top and bottom cropped
 * (height = width ÷ aspect). When that would be taller than the sensor (e.g. 4:3 on a 3:2 full-frame
 * sensor) the frame is height-limited instead: full sensor height, sides cropped (width = height × aspect).
 * The stored sensor size is used, so a custom sensor works the same way.
 */
export function frameDimensionsMm(sensor: Pick<Sensor, 'widthMm' | 'heightMm'>, aspect: AspectRatio): { widthMm: number; heightMm: number } {
  const ratio = ASPECT_RATIO_VALUES[aspect];
  const height = sensor.widthMm / ratio;
  if (height <= sensor.heightMm) return { widthMm: sensor.widthMm, heightMm: height };
  return { widthMm: sensor.heightMm * ratio, heightMm: sensor.heightMm };
}

export type CameraOptics = Pick<CameraFields, 'focalLengthMm' | 'sensor' | 'aspect'>;

/** Horizontal and vertical angle of view of the recorded frame, degrees. */
export function frameFovDeg(camera: CameraOptics): { horizontal: number; vertical: number } {
  const frame = frameDimensionsMm(camera.sensor, camera.aspect);
  return { horizontal: angleOfViewDeg(camera.focalLengthMm, frame.widthMm), vertical: angleOfViewDeg(camera.focalLengthMm, frame.heightMm) };
}

/**
 * The value for three.js PerspectiveCamera.fov, which is the vertical angle. Set this (and
 * aspect = the frame's aspect) rather than setFocalLength, which relies on filmGauge (35 mm default).
 */
export function verticalFovDeg(camera: CameraOptics): number {
  return frameFovDeg(camera).vertical;
}

/** Body points of the performer being framed, world metres (see bodyLandmarks). */
export interface ShotSubject {
  readonly headTop: Vec3;
  readonly chin: Vec3;
  readonly chest: Vec3;
  readonly waist: Vec3;
  readonly feet: Vec3;
}

/** What each shot size must hold, and the extra room around it (a fraction of the subject's extent). */
const SHOT_CONTENT: Record<ShotSize, { points: (s: ShotSubject) => Vec3[]; margin: number }> = {
  // Whole body with generous room around it.
  wide: { points: (s) => [s.headTop, s.chin, s.chest, s.waist, s.feet], margin: 0.8 },
  // Head to toe, just inside the frame.
  full: { points: (s) => [s.headTop, s.chin, s.chest, s.waist, s.feet], margin: 0.12 },
  // Waist up.
  medium: { points: (s) => [s.headTop, s.chin, s.chest, s.waist], margin: 0.12 },
  // Chest up.
  mediumCloseUp: { points: (s) => [s.headTop, s.chin, s.chest], margin: 0.12 },
  // Head and shoulders: down to halfway between chin and chest.
  closeUp: { points: (s) => [s.headTop, s.chin, midpoint(s.chin, s.chest)], margin: 0.15 },
};

function midpoint(a: Vec3, b: Vec3): Vec3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}

export type FramedCamera = CameraOptics & Pick<CameraFields, 'position' | 'target' | 'rollDeg'>;

/**
 * Camera axes: forward, right and up. Positive roll turns the camera counter-clockwise as seen from
 * behind it, the same as three.js `camera.rotateZ(roll)` after `lookAt`.
 */
export function cameraBasis(camera: Pick<CameraFields, 'position' | 'target' | 'rollDeg'>): { forward: Vector3; right: Vector3; up: Vector3 } {
  const forward = new Vector3(...camera.target).sub(new Vector3(...camera.position));
  if (forward.lengthSq() < 1e-12) forward.set(0, 0, -1);
  forward.normalize();
  const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0));
  // Looking straight down or up: any horizontal right vector will do.
  if (right.lengthSq() < 1e-10) right.set(1, 0, 0);
  right.normalize();
  const up = new Vector3().crossVectors(right, forward).normalize();
  const roll = camera.rollDeg / D;
  right.applyAxisAngle(forward, -roll);
  up.applyAxisAngle(forward, -roll);
  return { forward, right, up };
}

/**
 * Place the camera for a shot size: the view direction (pan, tilt, roll) and lens stay as they are;
 * the camera aims at the centre of what the shot must hold and moves along that view line until the
 * subject fills the frame (plus the shot's margin) in whichever of width or height is tighter.
 * Works for a standing or a lying performer, since the subject's extent is measured across the frame.
 */
export function frameShot(camera: FramedCamera, subject: ShotSubject, shotSize: ShotSize): { position: Vec3; target: Vec3 } {
  const { forward, right, up } = cameraBasis(camera);
  const content = SHOT_CONTENT[shotSize];
  const points = content.points(subject).map((p) => new Vector3(...p));
  const centre = points.reduce((acc, p) => acc.add(p), new Vector3()).multiplyScalar(1 / points.length);

  let minU = Infinity, maxU = -Infinity, minR = Infinity, maxR = -Infinity;
  for (const p of points) {
    const d = p.clone().sub(centre);
    minU = Math.min(minU, d.dot(up));
    maxU = Math.max(maxU, d.dot(up));
    minR = Math.min(minR, d.dot(right));
    maxR = Math.max(maxR, d.dot(right));
  }
  // Centre the frame on the extent, not on the average of the points.
  centre.addScaledVector(up, (minU + maxU) / 2).addScaledVector(right, (minR + maxR) / 2);

  const fov = frameFovDeg(camera);
  const k = 1 + content.margin;
  const distance = Math.max(
    ((maxU - minU) * k) / (2 * Math.tan(fov.vertical / D / 2)),
    ((maxR - minR) * k) / (2 * Math.tan(fov.horizontal / D / 2)),
    0.3, // never inside the performer
  );
  const position = centre.clone().addScaledVector(forward, -distance);
  return { position: [position.x, position.y, position.z], target: [centre.x, centre.y, centre.z] };
}
