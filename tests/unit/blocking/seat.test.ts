import { describe, expect, it } from 'vitest';
import { BONE_NAMES } from '../../../shared/domain/bones';
import type { Vec3 } from '../../../shared/domain/blocking';
import { bodyLandmarks, isWithinLimits, posePresetById, seatContactY, seatOn } from '../../../shared/blocking';

const presetPose = (id: string) => posePresetById(`builtin:${id}`)!.pose;
const root = { position: [0.4, 0, -1.2] as Vec3, rotationY: 30 };

// Sitting on real furniture: the pelvis and thighs rest on the seat (not inside it), the feet stay on the floor.
describe('seating a mannequin on a set piece', () => {
  it('rests the thighs on a chair, a bed edge and a sofa, with the soles on the floor, for short and tall performers', () => {
    for (const heightCm of [158, 170, 192]) {
      for (const [id, seat] of [['seated-chair', 0.46], ['seated-bed-edge', 0.55], ['reclined-sofa', 0.45], ['seated-chair', 0.35]] as const) {
        const seated = seatOn(presetPose(id), heightCm, root, seat);
        const placed = { ...seated, rotationY: root.rotationY };
        const label = `${id} on ${seat} m, ${heightCm} cm`;
        expect(Math.abs(seatContactY(placed, heightCm) - seat), label).toBeLessThan(0.01);
        expect(seated.feetOnFloor, label).toBe(true);
        expect(Math.abs(bodyLandmarks(placed, heightCm).feet[1]), label).toBeLessThan(0.03);
        expect(seated.position[0]).toBe(0.4);
        expect(seated.position[2]).toBe(-1.2);
        for (const bone of BONE_NAMES) {
          const q = seated.pose.bones[bone];
          if (q) expect(isWithinLimits(bone, q), `${label} ${bone}`).toBe(true);
        }
      }
    }
  });

  it('raises the body for a high seat and lowers it for a low one (knees come up)', () => {
    const pose = presetPose('seated-chair');
    const bed = seatOn(pose, 170, root, 0.55);
    const car = seatOn(pose, 170, root, 0.35);
    expect(bed.position[1]).toBeGreaterThan(0.1);
    expect(car.position[1]).toBeLessThan(0);
    const knee = (r: typeof bed) => bodyLandmarks({ ...r, rotationY: 0 }, 170);
    expect(knee(bed).waist[1]).toBeGreaterThan(knee(car).waist[1] + 0.15);
  });

  it('gives the same result when a seated mannequin is seated again (moved along the bed)', () => {
    const once = seatOn(presetPose('seated-bed-edge'), 175, root, 0.55);
    const twice = seatOn(once.pose, 175, { position: once.position, rotationY: root.rotationY }, 0.55);
    expect(Math.abs(twice.position[1] - once.position[1])).toBeLessThan(0.01);
    const feet = (r: typeof once) => bodyLandmarks({ ...r, rotationY: root.rotationY }, 175).feet;
    expect(Math.hypot(...feet(twice).map((v, i) => v - feet(once)[i]!))).toBeLessThan(0.02);
  });

  it('lets the feet hang when the seat is too high to reach the floor', () => {
    const stool = seatOn(presetPose('seated-chair'), 160, root, 0.95);
    expect(stool.feetOnFloor).toBe(false);
    expect(bodyLandmarks({ ...stool, rotationY: 0 }, 160).feet[1]).toBeGreaterThan(0.05);
  });
});
