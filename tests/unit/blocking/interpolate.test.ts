import { Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import type { Quat, Vec3 } from '../../../shared/domain/blocking';
import { beatTimeline, interpolatePlacement, jointEulerDeg, restPose, setJointEuler, smoothstep } from '../../../shared/blocking';

const kneeBent = setJointEuler({ ...restPose(), hips: [0, 0.8, 0.1] }, 'leftLowerLeg', [90, 0, 0]);
const a = { position: [0, 0, 0] as Vec3, rotationY: 350, pose: restPose() };
const b = { position: [2, 0, -1] as Vec3, rotationY: 10, pose: kneeBent };

describe('beat playback interpolation', () => {
  it('starts at the first placement and ends at the second', () => {
    const start = interpolatePlacement(a, b, 0);
    expect(start.position).toEqual([0, 0, 0]);
    expect(start.rotationY).toBe(350);
    expect(jointEulerDeg(start.pose, 'leftLowerLeg')[0]).toBeCloseTo(0, 6);
    const end = interpolatePlacement(a, b, 1);
    expect(end.position).toEqual([2, 0, -1]);
    expect(((end.rotationY % 360) + 360) % 360).toBeCloseTo(10, 9);
    expect(jointEulerDeg(end.pose, 'leftLowerLeg')[0]).toBeCloseTo(90, 6);
    expect(end.pose.hips).toEqual([0, 0.8, 0.1]);
  });

  it('is half-way at t = 0.5: the knee half bent, the turn through 0° not the long way round', () => {
    const mid = interpolatePlacement(a, b, 0.5);
    expect(mid.position).toEqual([1, 0, -0.5]);
    expect(((mid.rotationY % 360) + 360) % 360).toBeCloseTo(0, 9);
    expect(jointEulerDeg(mid.pose, 'leftLowerLeg')[0]).toBeCloseTo(45, 6);
    expect(mid.pose.hips[1]).toBeCloseTo(0.85, 9);
    // A bone left out of both poses stays at rest; one left out of one pose is treated as at rest.
    expect(mid.pose.bones.head).toBeUndefined();
  });

  it('slerps between two known head turns: half-way faces forward, a quarter of the way is 20°', () => {
    const p = setJointEuler(restPose(), 'neck', [0, 40, 0]);
    const q = setJointEuler(restPose(), 'neck', [0, -40, 0]);
    const mid = interpolatePlacement({ ...a, rotationY: 0, pose: p }, { ...a, rotationY: 0, pose: q }, 0.5);
    jointEulerDeg(mid.pose, 'neck').forEach((v) => expect(v).toBeCloseTo(0, 3));
    const quarter = interpolatePlacement({ ...a, rotationY: 0, pose: p }, { ...a, rotationY: 0, pose: q }, 0.25);
    expect(jointEulerDeg(quarter.pose, 'neck')[1]).toBeCloseTo(20, 3);
  });

  it('slerps about the rotation axis: half of a 90° shoulder raise about a tilted axis is 45° about that axis', () => {
    const axis = new Vector3(-1, 0, 1).normalize();
    const full = new Quaternion().setFromAxisAngle(axis, Math.PI / 2);
    const raised = { ...restPose(), bones: { leftUpperArm: [full.x, full.y, full.z, full.w] as Quat } };
    const mid = interpolatePlacement({ ...a, pose: restPose() }, { ...a, pose: raised }, 0.5).pose.bones.leftUpperArm!;
    const expected = new Quaternion().setFromAxisAngle(axis, Math.PI / 4);
    expect(new Quaternion(...mid).angleTo(expected)).toBeLessThan(1e-9);
  });

  it('eases in and out', () => {
    expect(smoothstep(0)).toBe(0);
    expect(smoothstep(1)).toBe(1);
    expect(smoothstep(0.5)).toBe(0.5);
    expect(smoothstep(0.1)).toBeLessThan(0.1);
    expect(smoothstep(0.9)).toBeGreaterThan(0.9);
    expect(smoothstep(-1)).toBe(0);
    expect(smoothstep(2)).toBe(1);
  });
});

describe('beat timeline', () => {
  // 4 counts, unset (default 8), 2 counts at 120 counts per minute: 2 s, 4 s, 1 s.
  const timeline = beatTimeline([{ counts: 4 }, { counts: null }, { counts: 2 }], { tempoBpm: 120 });

  it('times each beat by its counts at the tempo', () => {
    expect(timeline.durationsSec).toEqual([2, 4, 1]);
    expect(timeline.startsSec).toEqual([0, 2, 6]);
    expect(timeline.totalSec).toBe(7);
    expect(beatTimeline([{ counts: null }], { tempoBpm: 60, defaultCounts: 4 }).totalSec).toBe(4);
  });

  it('holds the opening beat, then moves into each following beat over its counts', () => {
    expect(timeline.at(1)).toEqual({ beatIndex: 0, fromBeatIndex: 0, toBeatIndex: 0, t: 0 });
    expect(timeline.at(3)).toEqual({ beatIndex: 1, fromBeatIndex: 0, toBeatIndex: 1, t: 0.25 });
    expect(timeline.at(6.5)).toEqual({ beatIndex: 2, fromBeatIndex: 1, toBeatIndex: 2, t: 0.5 });
    expect(timeline.at(99)).toEqual({ beatIndex: 2, fromBeatIndex: 1, toBeatIndex: 2, t: 1 });
    expect(timeline.at(-5).beatIndex).toBe(0);
  });

  it('rejects a tempo that is not positive', () => {
    expect(() => beatTimeline([{ counts: 4 }], { tempoBpm: 0 })).toThrow(/tempo/i);
  });
});
