import { Vector3 } from 'three';
import type { BoneName } from '../domain/bones';
import type { Pose, Vec3 } from '../domain/blocking';
import { solveLimbIK } from './ik';
import { boneWorldPositions, posedRig, restPose, type PlacementLike, type PlacementRoot } from './pose';
import { skeletonForHeight } from './skeleton';

/**
 * Sitting on a set piece with the feet down (chair, bed edge, sofa). The seated presets are built for the
 * root on the floor; a real seat is rarely the height they were drawn for (a bed edge is 55 cm, a sofa
 * 45 cm, a car seat 35 cm). So the body is raised or lowered until the pelvis and thighs rest on the seat,
 * and the legs are re-solved by IK so the feet stay on the floor: higher seats slope the thighs down,
 * lower ones bring the knees up, as they would on set.
 */

// What rests on the seat: the pelvis, and the thighs at the hip end (towards the knee they may slope
// down over the front edge of a high seat).
const ON_SEAT: readonly { bone: BoneName; ends: readonly ('start' | 'end')[] }[] = [
  { bone: 'hips', ends: ['start', 'end'] },
  { bone: 'leftUpperLeg', ends: ['start'] },
  { bone: 'rightUpperLeg', ends: ['start'] },
];
const FEET = ['leftFoot', 'rightFoot'] as const;

/** The lowest point of the pelvis and upper thighs (what rests on a seat), world metres. */
export function seatContactY(placement: PlacementLike, heightCm: number): number {
  const rig = posedRig(placement, heightCm);
  const spec = skeletonForHeight(heightCm);
  let low = Infinity;
  for (const { bone, ends } of ON_SEAT) {
    const shape = spec[bone].shape;
    for (const end of ends) low = Math.min(low, rig.bones[bone].localToWorld(new Vector3(...shape[end])).y - shape.radius);
  }
  return low;
}

/** Height of the ankle joint above the floor when standing (feet flat). */
function ankleHeight(heightCm: number): number {
  const rest = boneWorldPositions({ position: [0, 0, 0], rotationY: 0, pose: restPose() }, heightCm);
  return Math.min(rest.leftFoot[1], rest.rightFoot[1]);
}

export interface SeatResult {
  /** The root, raised (or lowered) so the pelvis rests on the seat. */
  readonly position: Vec3;
  /** The pose with the legs re-solved to keep the feet on the floor. */
  readonly pose: Pose;
  /** False when the seat is too high for the feet to reach the floor (they hang as low as they can). */
  readonly feetOnFloor: boolean;
}

const mm = (v: number) => Math.round(v * 1000) / 1000 || 0;

export function seatOn(pose: Pose, heightCm: number, root: PlacementRoot, seatHeight: number): SeatResult {
  const [x, , z] = root.position;
  const onFloor: PlacementLike = { position: [x, 0, z], rotationY: root.rotationY, pose };
  // Each ankle goes to the floor point under where it is, at standing ankle height (feet flat): the same
  // target however often the body is seated again, so repeated moves do not creep.
  const ankles = boneWorldPositions(onFloor, heightCm);
  const floor = ankleHeight(heightCm);
  let y = seatHeight - seatContactY(onFloor, heightCm);
  let current = pose;
  let feetOnFloor = true;
  // Twice: re-solving the legs tilts the thighs a little, which moves the contact point; the second pass
  // corrects for it (to well under a centimetre).
  for (let pass = 0; pass < 2; pass++) {
    const lifted: PlacementRoot = { position: [x, y, z], rotationY: root.rotationY };
    current = pose;
    feetOnFloor = true;
    for (const foot of FEET) {
      const a = ankles[foot];
      const result = solveLimbIK(current, heightCm, lifted, foot, [a[0], floor, a[2]]);
      current = result.pose;
      feetOnFloor &&= result.reached;
    }
    y += seatHeight - seatContactY({ ...lifted, pose: current }, heightCm);
  }
  return { position: [mm(x), mm(y), mm(z)], pose: current, feetOnFloor };
}
