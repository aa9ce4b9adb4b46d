import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyRecord } from '../../../shared/domain/records';
import type { Pose, SetPiece, Vec3 } from '../../../shared/domain/blocking';
import { SET_PIECE_CATALOGUE } from '../../../shared/domain/setPieceCatalogue';
import { bodyLandmarks, POSE_PRESETS, posePresetById, setJointEuler, withBoneQuat } from '../../../shared/blocking';
import { poseSupport, reclassified, snapPlacement } from '../../../renderer/src/scene/support';

// Snapping as the 3D view does it on every move, turn or pose change (renderer/src/scene/support.ts).
const piece = (type: SetPiece['type'], position: Vec3 = [0, 0, 0]): SetPiece =>
  ({ type, position, rotationY: 0, size: [...SET_PIECE_CATALOGUE[type].size] as Vec3 }) as SetPiece;
const presetPose = (id: string) => posePresetById(`builtin:${id}`)!.pose;

describe('snapping a mannequin onto what it rests on', () => {
  it('tells what a pose rests on from its shape when the pose does not say (older files)', () => {
    for (const preset of POSE_PRESETS) {
      if (preset.id === 'builtin:straddling-seated') continue; // astride a lap: seated in shape, 'floor' by choice
      const { support: _s, ...bare } = preset.pose;
      expect(poseSupport(bare), preset.id).toBe(preset.support);
    }
  });

  it('seats a seated pose on chair, bed edge, sofa, car seat and box, and moving it again changes nothing', () => {
    for (const heightCm of [158, 170, 192]) {
      for (const id of ['seated-chair', 'seated-bed-edge', 'reclined-sofa']) {
        for (const type of ['chair', 'doubleBed', 'sofa', 'carFrontSeats', 'box'] as const) {
          const pieces = [piece(type)];
          const label = `${id} on ${type}, ${heightCm} cm`;
          let placed = snapPlacement([0, 0, 0], 20, presetPose(id), heightCm, pieces);
          const first = placed;
          const feet = (p: typeof placed) => bodyLandmarks({ ...p, rotationY: 20 }, heightCm).feet;
          // Up to 50 cm every performer's feet reach the floor; on a 55 cm bed a short performer's may hang a little.
          if (SET_PIECE_CATALOGUE[type].surfaceHeight! <= 0.5) expect(Math.abs(feet(first)[1]), label).toBeLessThan(0.03);
          else expect(feet(first)[1], label).toBeLessThan(0.05);
          for (let i = 0; i < 3; i++) placed = snapPlacement(placed.position, 20, placed.pose, heightCm, pieces);
          expect(Math.abs(placed.position[1] - first.position[1]), label).toBeLessThan(0.003);
          const moved = Math.hypot(...feet(placed).map((v, k) => v - feet(first)[k]!));
          if (Math.abs(feet(first)[1]) < 0.01) expect(moved, label).toBeLessThan(0.01);
          // Feet that could not quite reach the floor only ever get closer to it.
          else expect(feet(placed)[1], label).toBeLessThanOrEqual(feet(first)[1] + 0.002);
          expect(placed.pose.support, label).toBe('seat');
        }
      }
    }
  });

  it('keeps a seated body seated after an arm is moved, and stands it on the floor once its legs are straightened', () => {
    const pieces = [piece('doubleBed')];
    const seated = snapPlacement([0, 0, 0.9], 0, presetPose('seated-bed-edge'), 170, pieces);
    const arm: Pose = reclassified(seated.pose, setJointEuler(seated.pose, 'leftUpperArm', [-40, 0, 20]));
    expect(arm.support).toBe('seat');
    const again = snapPlacement(seated.position, 0, arm, 170, pieces);
    expect(again.position[1]).toBeCloseTo(seated.position[1], 2);
    expect(Math.abs(bodyLandmarks({ ...again, rotationY: 0 }, 170).feet[1])).toBeLessThan(0.03);

    // Hips and legs reset to straight: now standing, so the body goes down to the floor, feet flat.
    let straight = seated.pose;
    for (const bone of ['hips', 'leftUpperLeg', 'rightUpperLeg', 'leftLowerLeg', 'rightLowerLeg', 'leftFoot', 'rightFoot'] as const) straight = withBoneQuat(straight, bone, [0, 0, 0, 1]);
    straight = { ...straight, hips: [0, 0.9, 0] };
    const standing = reclassified(seated.pose, straight);
    expect(standing.support).toBe('floor');
    const stood = snapPlacement(seated.position, 0, standing, 170, pieces);
    expect(stood.position[1]).toBe(0);
    expect(Math.abs(bodyLandmarks({ ...stood, rotationY: 0 }, 170).feet[1])).toBeLessThan(0.02);
  });

  it('lays a lying pose on the bed top and stands a standing pose on the floor', () => {
    const pieces = [piece('doubleBed')];
    expect(snapPlacement([0, 0.3, 0], 0, presetPose('lying-back'), 170, pieces).position[1]).toBe(0.55);
    expect(snapPlacement([0, 0.3, 0], 0, presetPose('standing'), 170, pieces).position[1]).toBe(0);
  });

  it('leaves every placement of the sample production where it is when it is snapped again (nudging does not jump)', () => {
    const { records } = JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/sample-production.json'), 'utf8')) as { records: AnyRecord[] };
    const pieces = records.filter((r): r is SetPiece => r.kind === 'setPiece');
    const heights = new Map(records.flatMap((r) => (r.kind === 'performer' ? [[r.id as string, r.heightCm] as const] : [])));
    const placements = records.filter((r) => r.kind === 'placement');
    expect(placements.length).toBeGreaterThan(0);
    for (const p of placements) {
      const again = snapPlacement(p.position, p.rotationY, p.pose, heights.get(p.performerId)!, pieces);
      expect(Math.abs(again.position[1] - p.position[1]), p.id).toBeLessThan(0.003);
      // A file from before poses carried their support is read the same way: the shape says it.
      const { support, ...bare } = p.pose;
      expect(support, p.id).toBeDefined();
      expect(poseSupport(bare), p.id).toBe(support);
    }
  });
});
