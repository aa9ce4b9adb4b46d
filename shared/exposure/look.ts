import { BODY_REGION_IDS } from '../domain/bodyRegions';
import type { CameraSetup } from '../domain/blocking';
import { cameraBasis, frameFovDeg } from '../blocking/optics';
import { blocked } from './occluders';
import { REGION_BONE, regionSampleStarts, type ExposureStage } from './stage';
import type { ExposureState, PerformerInShot, RegionExposure, ShotExposure } from './types';

/** What the check needs of a camera: where it is, where it looks, its lens, sensor and frame. */
export type ExposureCamera = Pick<CameraSetup, 'id' | 'name' | 'focalLengthMm' | 'sensor' | 'aspect' | 'position' | 'target' | 'rollDeg'>;

/** The shot camera's near plane in the renderer (renderer/src/scene/three/cameraPose.ts): nothing closer is filmed. */
const NEAR = 0.05;
const D = Math.PI / 180;

/**
 * Look at a stage through one camera: for every performer and region, how many sample points fall inside
 * the recorded frame (the real optics: focal length, sensor and aspect, as the look-through view is
 * letterboxed), how many of those have a clear line to the lens, and so the region's state.
 */
export function lookThrough(stage: ExposureStage, camera: ExposureCamera): ShotExposure {
  const { forward, right, up } = cameraBasis(camera);
  const fov = frameFovDeg(camera);
  const tanH = Math.tan((fov.horizontal * D) / 2);
  const tanV = Math.tan((fov.vertical * D) / 2);
  const [ox, oy, oz] = camera.position;
  const fx = forward.x, fy = forward.y, fz = forward.z;
  const rx = right.x, ry = right.y, rz = right.z;
  const ux = up.x, uy = up.y, uz = up.z;
  const starts = regionSampleStarts();
  const occ = stage.occluders;

  const performers = stage.performers.map((p, body): PerformerInShot => {
    const s = p.samples;
    const regions = BODY_REGION_IDS.map((region, r): RegionExposure => {
      const first = starts[r]!;
      const end = starts[r + 1]!;
      const bone = REGION_BONE[r]!;
      let inFrame = 0;
      let seen = 0;
      for (let i = first; i < end; i++) {
        const vx = s[i * 3]! - ox;
        const vy = s[i * 3 + 1]! - oy;
        const vz = s[i * 3 + 2]! - oz;
        const depth = vx * fx + vy * fy + vz * fz;
        if (depth < NEAR) continue;
        if (Math.abs(vx * rx + vy * ry + vz * rz) > tanH * depth || Math.abs(vx * ux + vy * uy + vz * uz) > tanV * depth) continue;
        inFrame++;
        const len = Math.sqrt(vx * vx + vy * vy + vz * vz);
        if (!blocked(occ, ox, oy, oz, vx / len, vy / len, vz / len, len, p.slack, body, bone)) seen++;
      }
      const total = end - first;
      const state: ExposureState = inFrame === 0 ? 'outOfFrame' : seen === 0 ? 'hidden' : p.uncovered[r] ? 'exposed' : 'covered';
      return { region, state, inFrameFraction: inFrame / total, visibleFraction: seen / total };
    });
    return { performerId: p.performerId, regions };
  });
  return { cameraId: camera.id, cameraName: camera.name, focalLengthMm: camera.focalLengthMm, performers };
}
