import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ASPECT_RATIOS, SHOT_SIZES, type Vec3 } from '../../../shared/domain/blocking';
import {
  bodyLandmarks,
  COMMON_PRIMES_MM,
  focalLengthForHorizontalFov,
  frameDimensionsMm,
  frameFovDeg,
  frameShot,
  horizontalFovDeg,
  restPose,
  SENSOR_SPECS,
  sensorForPreset,
  verticalFovDeg,
} from '../../../shared/blocking';

// The textbook angle of view, written out independently of the module under test.
const textbookDeg = (dimensionMm: number, focalMm: number) => (2 * Math.atan(dimensionMm / (2 * focalMm)) * 180) / Math.PI;

describe('camera optics', () => {
  it('holds the published sensor sizes', () => {
    expect(SENSOR_SPECS.super35).toMatchObject({ widthMm: 24.89, heightMm: 18.66 });
    expect(SENSOR_SPECS.fullFrame).toMatchObject({ widthMm: 36, heightMm: 24 });
    expect(SENSOR_SPECS.alexaMiniLF).toMatchObject({ widthMm: 36.7, heightMm: 25.54 });
    expect(SENSOR_SPECS.microFourThirds).toMatchObject({ widthMm: 17.3, heightMm: 13 });
  });

  it('gives the textbook horizontal angle of view for every sensor and prime, and inverts it', () => {
    for (const spec of Object.values(SENSOR_SPECS)) {
      for (const f of COMMON_PRIMES_MM) {
        const fov = horizontalFovDeg(f, spec.widthMm);
        expect(fov).toBeCloseTo(textbookDeg(spec.widthMm, f), 10);
        expect(focalLengthForHorizontalFov(fov, spec.widthMm)).toBeCloseTo(f, 9);
      }
    }
    // A well-known figure: a 50 mm lens on full frame sees 39.6° across.
    expect(horizontalFovDeg(50, 36)).toBeCloseTo(39.6, 1);
  });

  it('crops the frame to the aspect ratio, height-limited when the sensor is not tall enough', () => {
    expect(frameDimensionsMm(SENSOR_SPECS.super35, '2.39:1')).toEqual({ widthMm: 24.89, heightMm: 24.89 / 2.39 });
    // 4:3 on a 3:2 full-frame sensor would need 27 mm of height: the full 24 mm is used, sides cropped.
    const ff43 = frameDimensionsMm(SENSOR_SPECS.fullFrame, '4:3');
    expect(ff43.heightMm).toBe(24);
    expect(ff43.widthMm).toBeCloseTo(32, 9);
    for (const aspect of ASPECT_RATIOS) {
      for (const spec of Object.values(SENSOR_SPECS)) {
        const frame = frameDimensionsMm(spec, aspect);
        expect(frame.widthMm).toBeLessThanOrEqual(spec.widthMm + 1e-9);
        expect(frame.heightMm).toBeLessThanOrEqual(spec.heightMm + 1e-9);
      }
    }
  });

  it('derives the vertical field of view three.js needs from the lens, sensor and aspect', () => {
    const camera = { focalLengthMm: 35, sensor: sensorForPreset('super35'), aspect: '1.85:1' as const };
    expect(verticalFovDeg(camera)).toBeCloseTo(textbookDeg(24.89 / 1.85, 35), 10);
    const ff = { focalLengthMm: 50, sensor: sensorForPreset('fullFrame'), aspect: '4:3' as const };
    expect(verticalFovDeg(ff)).toBeCloseTo(textbookDeg(24, 50), 10);
    // Not three.js's default: PerspectiveCamera.setFocalLength(50) with filmGauge 35 gives another angle.
    const three = new PerspectiveCamera(50, 4 / 3);
    three.setFocalLength(50);
    expect(Math.abs(three.fov - verticalFovDeg(ff))).toBeGreaterThan(1);
  });
});

describe('framing a shot size', () => {
  const performer = bodyLandmarks({ position: [0, 0, 0], rotationY: 0, pose: restPose() }, 170);
  const base = { focalLengthMm: 40, sensor: sensorForPreset('super35'), aspect: '16:9' as const, position: [1.5, 1.6, 4] as Vec3, target: [0, 1.2, 0] as Vec3, rollDeg: 0 };

  /** Where a world point lands in the frame, in normalised device coordinates (−1..1 inside). */
  function project(camera: typeof base, point: Vec3): Vector3 {
    const fov = frameFovDeg(camera);
    const aspect = Math.tan((fov.horizontal * Math.PI) / 360) / Math.tan((fov.vertical * Math.PI) / 360);
    const cam = new PerspectiveCamera(fov.vertical, aspect, 0.01, 100);
    cam.position.set(...camera.position);
    cam.lookAt(...camera.target);
    cam.updateMatrixWorld(true);
    return new Vector3(...point).project(cam);
  }

  it('fits head to toe in a full shot, just inside the frame', () => {
    const framed = { ...base, ...frameShot(base, performer, 'full') };
    const head = project(framed, performer.headTop);
    const feet = project(framed, performer.feet);
    for (const p of [head, feet]) {
      expect(Math.abs(p.y)).toBeLessThan(1);
      expect(Math.abs(p.x)).toBeLessThan(1);
    }
    expect(head.y - feet.y).toBeGreaterThan(2 * 0.8); // the body fills more than 80 % of the frame height
  });

  it('cuts at the waist in a medium shot and keeps the head in frame in a close-up', () => {
    const medium = { ...base, ...frameShot(base, performer, 'medium') };
    expect(project(medium, performer.headTop).y).toBeLessThan(1);
    expect(project(medium, performer.waist).y).toBeGreaterThan(-1);
    expect(project(medium, performer.feet).y).toBeLessThan(-1); // feet out of frame
    const closeUp = { ...base, ...frameShot(base, performer, 'closeUp') };
    expect(project(closeUp, performer.headTop).y).toBeLessThan(1);
    expect(project(closeUp, performer.chin).y).toBeGreaterThan(-1);
    expect(project(closeUp, performer.waist).y).toBeLessThan(-1);
  });

  it('keeps the view direction and moves in closer for each tighter shot', () => {
    const dir = new Vector3(...base.target).sub(new Vector3(...base.position)).normalize();
    let previous = Infinity;
    for (const size of SHOT_SIZES) {
      const { position, target } = frameShot(base, performer, size);
      const d = new Vector3(...target).sub(new Vector3(...position));
      expect(d.clone().normalize().dot(dir)).toBeCloseTo(1, 9);
      expect(d.length()).toBeLessThan(previous);
      previous = d.length();
    }
  });

  it('frames a lying performer across the width of the frame', () => {
    const lying = { headTop: [-0.9, 0.2, 0], chin: [-0.7, 0.28, 0], chest: [-0.45, 0.25, 0], waist: [-0.1, 0.22, 0], feet: [0.8, 0.15, 0] } as const satisfies Record<string, Vec3>;
    const cam = { ...base, position: [0, 1.2, 3] as Vec3, target: [0, 0.3, 0] as Vec3 };
    const framed = { ...cam, ...frameShot(cam, lying, 'full') };
    const head = project(framed, lying.headTop);
    const feet = project(framed, lying.feet);
    expect(Math.abs(head.x)).toBeLessThan(1);
    expect(Math.abs(feet.x)).toBeLessThan(1);
    expect(feet.x - head.x).toBeGreaterThan(2 * 0.8);
  });
});
