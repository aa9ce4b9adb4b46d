import { describe, expect, it } from 'vitest';
import { BONE_NAMES } from '../../../shared/domain/bones';
import { Pose, type Vec3 } from '../../../shared/domain/blocking';
import { bodyLandmarks, boneWorldPositions, isWithinLimits, mirrorPose, POSE_PRESETS, posePresetById, searchPresets } from '../../../shared/blocking';

const at = (id: string, heightCm = 170) => {
  const preset = posePresetById(`builtin:${id}`);
  if (!preset) throw new Error(`no preset ${id}`);
  const placed = { position: [0, 0, 0] as Vec3, rotationY: 0, pose: preset.pose };
  return { preset, joints: boneWorldPositions(placed, heightCm), lm: bodyLandmarks(placed, heightCm) };
};
const horizontal = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[2] - b[2]);

describe('built-in pose presets', () => {
  it('offers at least 16 presets with stable, unique ids', () => {
    expect(POSE_PRESETS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(POSE_PRESETS.map((p) => p.id)).size).toBe(POSE_PRESETS.length);
    for (const id of ['standing', 'standing-embrace', 'seated-chair', 'seated-bed-edge', 'lying-back', 'lying-side', 'lying-front', 'propped-elbows', 'kneeling', 'kneeling-upright', 'straddling-seated', 'seated-floor', 'leaning-wall', 'reclined-sofa', 'spooning', 'head-on-chest']) {
      expect(posePresetById(`builtin:${id}`), id).toBeDefined();
    }
  });

  it('keeps every preset, and its mirror image, within the joint limits and the pose schema', () => {
    for (const preset of POSE_PRESETS) {
      expect(Pose.safeParse(preset.pose).success, preset.id).toBe(true);
      for (const pose of [preset.pose, mirrorPose(preset.pose)]) {
        for (const bone of BONE_NAMES) {
          const q = pose.bones[bone];
          if (q) expect(isWithinLimits(bone, q), `${preset.id} ${bone}`).toBe(true);
        }
      }
    }
  });

  it('never puts a joint below the floor or surface the root stands on', () => {
    for (const preset of POSE_PRESETS) {
      const { joints } = at(preset.id.replace('builtin:', ''));
      const lowest = Math.min(...BONE_NAMES.map((b) => joints[b][1]));
      expect(lowest, preset.id).toBeGreaterThanOrEqual(0.015);
    }
  });

  it('stands with the crown at the performer height and the soles on the floor', () => {
    for (const h of [160, 170, 190]) {
      const { lm } = at('standing', h);
      expect(lm.headTop[1]).toBeCloseTo(h / 100, 1);
      expect(Math.abs(lm.feet[1])).toBeLessThan(0.01);
    }
  });

  it('lies flat: hips low, head and feet at about the same height near the surface, the body stretched out', () => {
    for (const id of ['lying-back', 'lying-front', 'lying-side', 'spooning']) {
      const { preset, joints, lm } = at(id);
      expect(preset.support).toBe('surface');
      expect(preset.pose.hips[1], id).toBeGreaterThanOrEqual(0.1);
      expect(preset.pose.hips[1], id).toBeLessThanOrEqual(0.15);
      expect(joints.head[1], id).toBeLessThan(0.3);
      expect(joints.leftFoot[1], id).toBeLessThan(0.2);
      expect(Math.abs(joints.head[1] - joints.leftFoot[1]), id).toBeLessThan(0.22);
      expect(horizontal(lm.headTop, lm.feet), id).toBeGreaterThan(1.4);
    }
    const back = at('lying-back');
    expect(back.lm.chin[1]).toBeGreaterThan(back.joints.head[1]); // face up
    const front = at('lying-front');
    expect(front.lm.chest[1]).toBeLessThan(front.joints.upperChest[1]); // chest to the floor
  });

  it('sits on a chair with the hips at seat height, thighs level, knees about half a metre up, feet on the floor', () => {
    const { preset, joints, lm } = at('seated-chair');
    expect(preset.pose.hips[1]).toBeGreaterThanOrEqual(0.45);
    expect(preset.pose.hips[1]).toBeLessThanOrEqual(0.5);
    expect(Math.abs(joints.leftLowerLeg[1] - joints.leftUpperLeg[1])).toBeLessThan(0.03);
    expect(joints.leftLowerLeg[1]).toBeGreaterThan(0.4);
    expect(joints.leftLowerLeg[1]).toBeLessThan(0.55);
    expect(Math.abs(lm.feet[1])).toBeLessThan(0.02);
    expect(lm.headTop[1]).toBeGreaterThan(1.2); // seated head height of a 1.70 m adult ≈ 1.25–1.3 m
    expect(lm.headTop[1]).toBeLessThan(1.4);
  });

  it('keeps the feet on the floor in the other seated poses', () => {
    for (const id of ['seated-bed-edge', 'reclined-sofa', 'straddling-seated']) {
      const { preset, lm, joints } = at(id);
      expect(preset.support).toBe(id === 'straddling-seated' ? 'floor' : 'seat');
      expect(preset.pose.hips[1], id).toBeGreaterThanOrEqual(0.45);
      expect(preset.pose.hips[1], id).toBeLessThanOrEqual(0.6);
      expect(lm.feet[1], id).toBeLessThan(0.06);
      expect(Math.min(joints.leftFoot[1], joints.rightFoot[1]), id).toBeLessThan(0.12);
    }
  });

  it('kneels with the knees on the floor', () => {
    for (const id of ['kneeling', 'kneeling-upright']) {
      const { joints } = at(id);
      expect(joints.leftLowerLeg[1], id).toBeLessThan(0.1);
      expect(joints.rightLowerLeg[1], id).toBeLessThan(0.1);
    }
    expect(at('kneeling-upright').lm.headTop[1]).toBeGreaterThan(at('kneeling').lm.headTop[1] + 0.15);
  });

  it('props the chest up on the forearms with the elbows on the floor', () => {
    const { joints } = at('propped-elbows');
    expect(joints.leftLowerArm[1]).toBeLessThan(0.08);
    expect(joints.leftHand[1]).toBeLessThan(0.08);
    expect(joints.head[1]).toBeGreaterThan(0.35);
  });

  it('wraps the arms forward around a partner at chest height in the standing embrace', () => {
    const { joints } = at('standing-embrace');
    for (const hand of [joints.leftHand, joints.rightHand]) {
      expect(hand[1]).toBeGreaterThan(1.1);
      expect(hand[1]).toBeLessThan(1.35);
      expect(hand[2]).toBeGreaterThan(0.25); // behind the partner's back, in front of the body
      expect(Math.abs(hand[0])).toBeLessThan(0.12); // hands meet near the midline
    }
  });

  it('reaches the upper arm forward over the partner when spooning', () => {
    const { joints } = at('spooning');
    // Lying on the left side facing +x: the partner is in front, at +x.
    expect(joints.rightHand[0]).toBeGreaterThan(0.3);
    expect(joints.rightHand[1]).toBeGreaterThan(0.2);
  });
});

describe('searching presets', () => {
  const ids = (q: string) => searchPresets(q).map((p) => p.id.replace('builtin:', ''));

  it('finds presets by name or keyword, ignoring case', () => {
    expect(ids('SOFA')).toEqual(['reclined-sofa']);
    expect(ids('kneel')).toEqual(expect.arrayContaining(['kneeling', 'kneeling-upright']));
    expect(ids('supine')).toEqual(['lying-back']);
    expect(ids('spoon')).toEqual(['spooning']);
  });

  it('needs every word to match, and lists name matches first', () => {
    const lyingSide = ids('lying side');
    expect(lyingSide[0]).toBe('lying-side');
    expect(lyingSide).toContain('spooning');
    expect(lyingSide).not.toContain('lying-back');
  });

  it('lists everything for an empty query and nothing for a stranger', () => {
    expect(searchPresets('  ')).toHaveLength(POSE_PRESETS.length);
    expect(searchPresets('trampoline')).toEqual([]);
  });
});
