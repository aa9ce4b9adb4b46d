import type { Pose, SetPiece, Vec3 } from '../../../shared/domain/blocking';
import { SET_PIECE_CATALOGUE } from '../../../shared/domain/setPieceCatalogue';
import { boneWorldPositions, POSE_PRESETS } from '../../../shared/blocking';

/**
 * What a pose stands on (see posePresets.ts): 'floor' — the feet are on the floor the root is on (standing,
 * seated with feet down); 'surface' — the body itself rests on the root's plane (lying, kneeling).
 * Built-in presets say so; for any other pose the knees decide: high above the root means the legs are
 * standing or hanging down to the floor.
 */
export function poseSupport(pose: Pose): 'floor' | 'surface' {
  const key = JSON.stringify(pose);
  const preset = POSE_PRESETS.find((p) => JSON.stringify(p.pose) === key);
  if (preset) return preset.support;
  const joints = boneWorldPositions({ position: [0, 0, 0], rotationY: 0, pose }, 170);
  const kneeY = Math.min(joints.leftLowerLeg[1], joints.rightLowerLeg[1]);
  return kneeY > 0.25 ? 'floor' : 'surface';
}

/** The height of the highest sittable/lie-on surface under a floor point (0 = the floor). */
export function surfaceHeightAt(x: number, z: number, pieces: readonly SetPiece[]): number {
  let best = 0;
  for (const piece of pieces) {
    const spec = SET_PIECE_CATALOGUE[piece.type];
    if (spec.surfaceHeight === null) continue;
    const a = (-piece.rotationY * Math.PI) / 180;
    const dx = x - piece.position[0];
    const dz = z - piece.position[2];
    // Into the piece's frame (inverse of its rotation about y).
    const lx = dx * Math.cos(a) + dz * Math.sin(a);
    const lz = -dx * Math.sin(a) + dz * Math.cos(a);
    if (Math.abs(lx) > piece.size[0] / 2 || Math.abs(lz) > piece.size[2] / 2) continue;
    const h = piece.position[1] + spec.surfaceHeight * (piece.size[1] / spec.size[1]);
    best = Math.max(best, h);
  }
  return best;
}

const round3 = (v: number) => {
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? 0 : r;
};

/** A root position with y put on what the pose stands on (floor, or the bed/mat under it), to the millimetre. */
export function snapRoot(position: Vec3, pose: Pose, pieces: readonly SetPiece[]): Vec3 {
  const y = poseSupport(pose) === 'surface' ? surfaceHeightAt(position[0], position[2], pieces) : 0;
  return [round3(position[0]), round3(y), round3(position[2])];
}

export function roundVec(v: Vec3): Vec3 {
  return [round3(v[0]), round3(v[1]), round3(v[2])];
}

/** Degrees into (−180, 180], to one decimal. */
export function normaliseDeg(deg: number): number {
  const d = ((((deg + 180) % 360) + 360) % 360) - 180;
  const r = Math.round((d === -180 ? 180 : d) * 10) / 10;
  return r === 0 ? 0 : r;
}
