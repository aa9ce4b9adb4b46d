import { Bone, BufferGeometry, MathUtils, Quaternion, Skeleton, SkinnedMesh, Vector3 } from 'three';
import { CCDIKSolver, type IK } from 'three/examples/jsm/animation/CCDIKSolver.js';
import type { BoneName, EffectorBone } from '../domain/bones';
import type { Pin, Pose, Vec3 } from '../domain/blocking';
import { clampQuaternion, jointLimit } from './jointLimits';
import { applyPose, poseFromBones, setRootTransform, withSupportOf, type PlacementRoot } from './pose';
import { buildBones } from './skeleton';

/** The joints that move when a hand or foot is dragged, from the effector's parent upwards. */
export const LIMB_CHAINS: Readonly<Record<EffectorBone, readonly BoneName[]>> = {
  leftHand: ['leftLowerArm', 'leftUpperArm', 'leftShoulder'],
  rightHand: ['rightLowerArm', 'rightUpperArm', 'rightShoulder'],
  leftFoot: ['leftLowerLeg', 'leftUpperLeg'],
  rightFoot: ['rightLowerLeg', 'rightUpperLeg'],
};

export interface IKOptions {
  /** CCD sweeps over the chain; each sweep is followed by a clamp to the anatomical limits. */
  readonly iterations?: number;
  /** Distance (metres) at which the target counts as reached. */
  readonly reachToleranceM?: number;
}

export interface IKResult {
  readonly pose: Pose;
  /** The effector ended within `reachToleranceM` (1 cm by default) of the target. */
  readonly reached: boolean;
  /** Remaining distance from the effector joint (wrist or ankle) to the target, metres. */
  readonly errorM: number;
}

const R = MathUtils.DEG2RAD;

/**
 * CCD alone stalls on a hinge with a one-sided limit: from a straight knee it first "unbends" towards
 * a target above the foot and stays there. So the elbow/knee is first set to the bend that makes the
 * limb exactly as long as the distance to the target (law of cosines), and the upper segment is
 * swung to point at it; CCD then only polishes (clavicle, twist, limits).
 */
function seedTwoBone(bones: Readonly<Record<BoneName, Bone>>, chain: readonly BoneName[], effector: EffectorBone, mesh: SkinnedMesh, target: Vector3): void {
  const middleName = chain[0]!;
  const upperName = chain[1]!;
  const middle = bones[middleName];
  const upper = bones[upperName];
  const a = middle.position.length();
  const b = bones[effector].position.length();
  mesh.updateMatrixWorld(true);
  const root = upper.getWorldPosition(new Vector3());
  const d = Math.min(root.distanceTo(target), a + b);
  const cosInner = MathUtils.clamp((d * d - a * a - b * b) / (2 * a * b), -1, 1);
  const bend = Math.acos(cosInner); // 0 = straight
  // Knees flex with +X, elbows with −X: bend towards whichever side the limit allows.
  const bendSign = jointLimit(middleName)!.x[1] > 0 ? 1 : -1;
  middle.quaternion.setFromAxisAngle(new Vector3(1, 0, 0), bendSign * bend);
  middle.quaternion.copy(clampQuaternion(middleName, middle.quaternion));
  mesh.updateMatrixWorld(true);

  // Swing the upper segment so the effector lies on the line from its root to the target.
  const effectorDir = bones[effector].getWorldPosition(new Vector3()).sub(root).normalize();
  const targetDir = target.clone().sub(root).normalize();
  const delta = new Quaternion().setFromUnitVectors(effectorDir, targetDir);
  const parentWorld = upper.parent!.getWorldQuaternion(new Quaternion());
  const local = parentWorld.clone().invert().multiply(delta).multiply(parentWorld).multiply(upper.quaternion);
  upper.quaternion.copy(clampQuaternion(upperName, local));
  mesh.updateMatrixWorld(true);
}

/**
 * Move a hand (wrist joint) or foot (ankle joint) to a world point; the arm or leg follows,
 * the rest of the body stays put. Solved with three.js's CCDIKSolver on a SkinnedMesh built from
 * the mannequin skeleton, using the same joint limits; the result never breaks them.
 * An unreachable target leaves the limb reaching towards it as far as the limits allow.
 */
export function solveLimbIK(
  pose: Pose,
  heightCm: number,
  placement: PlacementRoot,
  effector: EffectorBone,
  targetWorld: Vec3,
  options: IKOptions = {},
): IKResult {
  const iterations = options.iterations ?? 60;
  const tolerance = options.reachToleranceM ?? 0.01;
  const rig = buildBones(heightCm);
  applyPose(rig.bones, pose, heightCm);

  const mesh = new SkinnedMesh(new BufferGeometry());
  setRootTransform(mesh, placement);
  const target = new Bone();
  target.name = 'ikTarget';
  mesh.add(rig.hips, target);
  mesh.updateMatrixWorld(true);
  target.position.copy(mesh.worldToLocal(new Vector3(...targetWorld)));
  mesh.bind(new Skeleton([...rig.list, target]));

  const chain = LIMB_CHAINS[effector];
  seedTwoBone(rig.bones, chain, effector, mesh, new Vector3(...targetWorld));

  const list = rig.list as Bone[];
  const ik: IK = {
    effector: list.indexOf(rig.bones[effector]),
    target: list.length,
    iteration: 1,
    links: chain.map((name) => {
      const limit = jointLimit(name)!;
      return {
        index: list.indexOf(rig.bones[name]),
        rotationMin: new Vector3(limit.x[0] * R, limit.y[0] * R, limit.z[0] * R),
        rotationMax: new Vector3(limit.x[1] * R, limit.y[1] * R, limit.z[1] * R),
      };
    }),
  };
  const solver = new CCDIKSolver(mesh, [ik]);
  const targetPos = new Vector3(...targetWorld);
  const effectorPos = new Vector3();
  const error = () => rig.bones[effector].getWorldPosition(effectorPos).distanceTo(targetPos);

  mesh.updateMatrixWorld(true);
  let bestError = error();
  let best = chain.map((name) => rig.bones[name].quaternion.clone());
  for (let i = 0; i < iterations && bestError > tolerance / 5; i++) {
    solver.update();
    // CCDIKSolver clamps one Euler reading per link; our clamp also covers the other reading.
    for (const name of chain) rig.bones[name].quaternion.copy(clampQuaternion(name, rig.bones[name].quaternion));
    mesh.updateMatrixWorld(true);
    const e = error();
    if (e < bestError) {
      bestError = e;
      best = chain.map((name) => rig.bones[name].quaternion.clone());
    }
  }
  chain.forEach((name, i) => rig.bones[name].quaternion.copy(best[i]!));
  return { pose: withSupportOf(pose, poseFromBones(rig.bones, heightCm)), reached: bestError <= tolerance, errorM: bestError };
}

export interface PinResult {
  readonly pose: Pose;
  /** Pinned hands/feet that could not get back to their pin (the body moved too far). */
  readonly unreached: EffectorBone[];
}

/** After the body moved, bring every pinned hand or foot back to its pin, one limb at a time. */
export function applyPins(pose: Pose, heightCm: number, placement: PlacementRoot, pins: readonly Pin[], options?: IKOptions): PinResult {
  let current = pose;
  const unreached: EffectorBone[] = [];
  for (const pin of pins) {
    const result = solveLimbIK(current, heightCm, placement, pin.bone, pin.target, options);
    current = result.pose;
    if (!result.reached) unreached.push(pin.bone);
  }
  return { pose: current, unreached };
}
