import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BoneName, EffectorBone } from '../../../shared/domain/bones';
import type { Pin, Pose, SetPiece, Vec3 } from '../../../shared/domain/blocking';
import type { AnyRecord } from '../../../shared/domain/records';
import { SET_PIECE_CATALOGUE } from '../../../shared/domain/setPieceCatalogue';
import {
  applyPins,
  boneWorldPositions,
  clampPose,
  eulerDegToQuaternion,
  isWithinLimits,
  jointEulerDeg,
  POSE_PRESETS,
  posePresetById,
  roundVec,
  setJointEuler,
  settlePose,
  snapPlacement,
  withBoneQuat,
  type SettleInput,
} from '../../../shared/blocking';
import { SAMPLE_PATH } from '../../support/tempDir';

// The geometry main re-applies to every placement.update (shared/blocking/settle.ts): joints inside their
// limits and pinned hands and feet on their pins, leaving what the 3D view already settled exactly as sent.
const H = 170;
const preset = (id: string) => posePresetById(`builtin:${id}`)!.pose;
const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));
const handAt = (p: SettleInput, bone: EffectorBone = 'leftHand') => boneWorldPositions(p, H)[bone];
const allWithinLimits = (pose: Pose) => Object.entries(pose.bones).every(([b, q]) => isWithinLimits(b as BoneName, q));

/** A standing body at the origin with its left hand pinned where it hangs (as "Pin in place" does). */
const standing: SettleInput = { position: [0, 0, 0], rotationY: 0, pose: setJointEuler(preset('standing'), 'leftUpperArm', [-30, 0, 20]), pins: [] };
const pin: Pin = { bone: 'leftHand', target: roundVec(handAt(standing)) };
const pinned: SettleInput = { ...standing, pins: [pin] };

/** The body moved the way the 3D view moves it: pins re-solved for the new spot. */
function movedByView(from: SettleInput, position: Vec3, rotationY = from.rotationY): SettleInput {
  return { ...from, position, rotationY, pose: applyPins(from.pose, H, { position, rotationY }, from.pins).pose };
}

describe('settling a placement in main', () => {
  it('clamps a forged elbow bent backwards to the nearest anatomical bend, and leaves the other joints as sent', () => {
    // setJointEuler keeps a joint in range, as the 3D view does; a forged command sends the raw rotation.
    const forged = withBoneQuat(setJointEuler(standing.pose, 'rightLowerArm', [-40, 0, 0]), 'leftLowerArm', eulerDegToQuaternion([70, 0, 0]));
    const settled = settlePose(standing, { ...standing, pose: forged }, H);
    expect(jointEulerDeg(forged, 'leftLowerArm')[0]).toBeGreaterThan(60); // as sent: hyper-extended
    expect(Math.abs(jointEulerDeg(settled, 'leftLowerArm')[0])).toBeLessThan(0.1); // stored: straight, no further
    expect(allWithinLimits(settled)).toBe(true);
    expect(settled.bones.rightLowerArm).toEqual(forged.bones.rightLowerArm);
    expect(settled.bones.leftUpperArm).toEqual(forged.bones.leftUpperArm);
    expect(settled.support).toBe(forged.support);
    // Settling what was stored changes nothing more.
    expect(settlePose(standing, { ...standing, pose: settled }, H)).toBe(settled);
  });

  it('stores every built-in preset and every pose of the sample production exactly as they are', () => {
    const { records } = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as { records: AnyRecord[] };
    const poses = [...POSE_PRESETS.map((p) => p.pose), ...records.flatMap((r) => (r.kind === 'placement' ? [r.pose] : []))];
    expect(poses.length).toBeGreaterThan(POSE_PRESETS.length);
    for (const pose of poses) expect(clampPose(pose)).toBe(pose);
  });

  const pieces: SetPiece[] = [{ type: 'doubleBed', position: [0, 0, 0], rotationY: 0, size: [...SET_PIECE_CATALOGUE.doubleBed.size] } as unknown as SetPiece];
  const seated = snapPlacement([0, 0, 0.9], 30, preset('seated-bed-edge'), H, pieces);
  const seatedInput: SettleInput = { position: seated.position, rotationY: 30, pose: seated.pose, pins: [] };
  const feetPinned: SettleInput = {
    ...seatedInput,
    pins: (['leftFoot', 'rightFoot'] as const).map((bone) => ({ bone, target: roundVec(boneWorldPositions(seatedInput, H)[bone]) })),
  };

  // What the 3D view sends, already settled: stored as sent (the same pose object), so the UI does not jump.
  const SETTLED_BY_VIEW: { name: string; before: SettleInput; next: SettleInput }[] = [
    { name: 'a body moved with a pinned hand re-solved', before: pinned, next: movedByView(pinned, [-0.1, 0, 0]) },
    { name: 'a body turned with a pinned hand re-solved', before: pinned, next: movedByView(pinned, [0, 0, 0], 25) },
    { name: 'a body moved out of reach of its pin (the arm stretches)', before: pinned, next: movedByView(pinned, [-0.6, 0, 0]) },
    { name: 'a body seated on the bed edge by snapping', before: standing, next: seatedInput },
    { name: 'a seated body with both feet pinned, nudged', before: feetPinned, next: movedByView(feetPinned, [0.05, seated.position[1], 0.9]) },
    { name: 'a pin added where the hand is', before: standing, next: pinned },
    { name: 'a preset applied (pins cleared)', before: pinned, next: { ...pinned, pose: preset('kneeling-upright'), pins: [] } },
  ];
  it.each(SETTLED_BY_VIEW)('stores $name as sent', ({ before, next }) => {
    expect(settlePose(before, next, H)).toBe(next.pose);
  });

  it('brings a pinned hand back onto its pin when a command moved the body without re-solving it', () => {
    const raw: SettleInput = { ...pinned, position: [-0.1, 0, 0.05] };
    expect(dist(handAt(raw), pin.target)).toBeGreaterThan(0.09);
    const pose = settlePose(pinned, raw, H);
    expect(dist(handAt({ ...raw, pose }), pin.target)).toBeLessThan(0.01);
    expect(allWithinLimits(pose)).toBe(true);
    // Settled once, settled for good.
    expect(settlePose(pinned, { ...raw, pose }, H)).toBe(pose);
  });

  it('keeps the pinned hand on its pin when the chest is turned, but lets the coordinator turn that arm itself', () => {
    const leaning = setJointEuler(pinned.pose, 'chest', [25, 0, 0]);
    const kept = settlePose(pinned, { ...pinned, pose: leaning }, H);
    expect(dist(handAt({ ...pinned, pose: kept }), pin.target)).toBeLessThan(0.01);
    expect(kept.bones.chest).toEqual(leaning.bones.chest);

    const elbow = setJointEuler(pinned.pose, 'leftLowerArm', [-60, 0, 0]);
    expect(settlePose(pinned, { ...pinned, pose: elbow }, H)).toBe(elbow);
  });

  it('does not re-solve anything when the body is only taken off stage', () => {
    const offPin: SettleInput = { ...pinned, pose: setJointEuler(pinned.pose, 'leftLowerArm', [-60, 0, 0]) };
    expect(settlePose(offPin, { ...offPin }, H)).toBe(offPin.pose);
  });

  it('settles an unreachable pin once: settling the result again gives the same pose', () => {
    const far: SettleInput = { ...pinned, position: [-0.6, 0, 0] };
    const once = settlePose(pinned, far, H);
    expect(dist(handAt({ ...far, pose: once }), pin.target)).toBeLessThan(dist(handAt(far), pin.target));
    expect(settlePose(pinned, { ...far, pose: once }, H)).toBe(once);
  });
});
