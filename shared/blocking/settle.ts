import type { BoneName } from '../domain/bones';
import type { Pin, Pose, PoseSupport, Quat, SetPiece, Vec3 } from '../domain/blocking';
import { SET_PIECE_CATALOGUE } from '../domain/setPieceCatalogue';
import { LIMB_CHAINS, solveLimbIK } from './ik';
import { clampQuaternion, isWithinLimits } from './jointLimits';
import { boneQuat, boneWorldPositions, withBoneQuat, type PlacementRoot } from './pose';
import { seatOn } from './seat';

/**
 * Settling a mannequin: the geometry rules a placement obeys wherever it is edited. The 3D view
 * snaps a body onto what it rests on when it moves (`snapPlacement`, with the stage's "Snap to
 * surfaces" on) and re-solves its pins; main re-applies, on every `placement.update`, the rules that
 * hold whatever the view's settings (`settlePose`): joints inside their anatomical limits and pinned
 * hands and feet on their pins. Both ways, a placement that is already settled comes back unchanged.
 */

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

/** The pose with every joint outside its anatomical range moved to the nearest allowed rotation; the same object when none is. */
export function clampPose(pose: Pose): Pose {
  let out = pose;
  for (const [bone, quat] of Object.entries(pose.bones) as [BoneName, Quat][]) {
    if (!isWithinLimits(bone, quat)) out = withBoneQuat(out, bone, clampQuaternion(bone, quat));
  }
  return out;
}

/** A pinned hand or foot within this of its pin is on it (the IK's own "reached" tolerance). */
export const PIN_REACH_M = 0.01;
/** A re-solve of a pin that cannot be reached is kept only when it brings the limb this much closer. */
const PIN_GAIN_M = 0.005;
/** A joint turned by more than this (radians) counts as moved by the edit. */
const TURNED_RAD = 1e-4;

function turned(a: Pose, b: Pose, bone: BoneName): boolean {
  const [x1, y1, z1, w1] = boneQuat(a, bone);
  const [x2, y2, z2, w2] = boneQuat(b, bone);
  // Stored quaternions are rounded to 6 decimals, so they are normalised before comparing.
  const dot = Math.min(1, Math.abs(x1 * x2 + y1 * y2 + z1 * z2 + w1 * w2) / (Math.hypot(x1, y1, z1, w1) * Math.hypot(x2, y2, z2, w2)));
  return 2 * Math.acos(dot) > TURNED_RAD;
}

/**
 * Pinned hands and feet brought back onto their pins after the body or pose changed, one limb at a
 * time, as the 3D view does when a body moves. A pin already reached (within 1 cm) is left alone, so
 * is a limb whose own joints this edit turned (the coordinator moved that arm or leg on purpose), and
 * an unreachable pin keeps the limb the view sent unless solving again gets it clearly closer.
 */
export function keepPins(before: Pose, pose: Pose, root: PlacementRoot, pins: readonly Pin[], heightCm: number): Pose {
  if (pins.length === 0) return pose;
  // The limbs' chains are disjoint, so solving one limb leaves the others' hands and feet where they were.
  const joints = boneWorldPositions({ ...root, pose }, heightCm);
  let current = pose;
  for (const pin of pins) {
    const off = Math.hypot(...joints[pin.bone].map((v, i) => v - pin.target[i]!));
    if (off <= PIN_REACH_M) continue;
    if (LIMB_CHAINS[pin.bone].some((bone) => turned(before, pose, bone))) continue;
    const solved = solveLimbIK(current, heightCm, root, pin.bone, pin.target);
    if (solved.errorM < off - PIN_GAIN_M) current = solved.pose;
  }
  return current;
}

/** A placement's root, pose and pins: what settling reads. */
export interface SettleInput extends PlacementRoot {
  readonly pose: Pose;
  readonly pins: readonly Pin[];
}

/**
 * What main stores for a placement edit (`before` → `next`): the pose with its joints clamped to their
 * limits (when the edit sent a pose) and its pins kept (when the body, its pose or its pins changed). Returns `next.pose` itself when it is already
 * settled, so a placement the 3D view settled is stored exactly as sent.
 */
export function settlePose(before: SettleInput, next: SettleInput, heightCm: number): Pose {
  const still = next.pose === before.pose && next.pins === before.pins && next.rotationY === before.rotationY && next.position.every((v, i) => v === before.position[i]);
  if (still) return next.pose; // hiding or showing a body: nothing about its shape changed
  const clamped = next.pose === before.pose ? next.pose : clampPose(next.pose);
  return keepPins(before.pose, clamped, next, next.pins, heightCm);
}
