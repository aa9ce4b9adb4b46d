import type { BoneName } from '../../../shared/domain/bones';
import type { Pose, PoseSupport, SetPiece, Vec3 } from '../../../shared/domain/blocking';
import { SET_PIECE_CATALOGUE } from '../../../shared/domain/setPieceCatalogue';
import { boneWorldPositions, seatOn } from '../../../shared/blocking';

/**
 * What a pose rests on: its own `support` (set by the preset it came from and kept through edits), else
 * a guess from the body's shape for older or hand-made poses — torso lying down or shins along the
 * floor: on the surface (lying, kneeling); shins down and thighs down: standing; shins down with the
 * thighs forward: seated.
 */
export function poseSupport(pose: Pose): PoseSupport {
  if (pose.support) return pose.support;
  const j = boneWorldPositions({ position: [0, 0, 0], rotationY: 0, pose }, 170);
  const dir = (from: BoneName, to: BoneName) => {
    const d = j[to].map((v, i) => v - j[from][i]!);
    const len = Math.hypot(...d) || 1;
    return d[1]! / len; // the vertical part of the unit direction
  };
  if (dir('hips', 'neck') < 0.5) return 'surface';
  const shin = Math.max(dir('leftLowerLeg', 'leftFoot'), dir('rightLowerLeg', 'rightFoot'));
  const thigh = Math.max(dir('leftUpperLeg', 'leftLowerLeg'), dir('rightUpperLeg', 'rightLowerLeg'));
  if (shin > -0.6) return 'surface';
  return thigh < -0.75 ? 'floor' : 'seat';
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

/**
 * A pose after an edit of its joints, with `support` updated when the edit changed what the body rests on
 * (a seated pose straightened into standing, or tipped back into lying); otherwise it keeps the support
 * it had, which matters for seated poses whose legs seating has already re-solved.
 */
export function reclassified(before: Pose, after: Pose): Pose {
  if (!after.support) return after;
  const { support: _b, ...bareBefore } = before;
  const { support: _a, ...bareAfter } = after;
  const was = poseSupport(bareBefore);
  const now = poseSupport(bareAfter);
  return was === now ? after : { ...after, support: now };
}

/** Seats lower than this are the floor or a mat: a seated pose there keeps the height it has. */
const MIN_SEAT_M = 0.1;

/**
 * The root (to the millimetre) and pose put on what the pose rests on: the floor; the bed, mat or floor
 * under a lying or kneeling body; or, for a seated pose, the seat under the pelvis with the feet re-solved
 * to the floor. A seated pose with no seat under it keeps its height (sitting on a seat not built yet).
 */
export function snapPlacement(
  position: Vec3,
  rotationY: number,
  pose: Pose,
  heightCm: number,
  pieces: readonly SetPiece[],
): { position: Vec3; pose: Pose; feetOnFloor: boolean } {
  const support = poseSupport(pose);
  const rounded = roundVec(position);
  if (support === 'floor') return { position: [rounded[0], 0, rounded[2]], pose, feetOnFloor: true };
  const surface = surfaceHeightAt(position[0], position[2], pieces);
  if (support === 'surface') return { position: [rounded[0], round3(surface), rounded[2]], pose, feetOnFloor: true };
  if (surface < MIN_SEAT_M) return { position: rounded, pose, feetOnFloor: true };
  // Seating re-solves the legs, after which the shape no longer says "seated": the pose says so from now on.
  return seatOn(pose.support ? pose : { ...pose, support }, heightCm, { position, rotationY }, surface);
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
