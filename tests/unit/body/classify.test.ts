import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { regionAt } from '../../../shared/body/classify';
import { neighbourBones, REST_JOINTS } from '../../../shared/body/capsules';
import { heightScale, mirrorBoneName, skeletonForHeight } from '../../../shared/blocking';
import { BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../../../shared/domain/bones';
import { buildMannequinGeometry, restJointPositions, type MannequinDetail } from '../../../renderer/src/scene/geometry/mannequinGeometry';

/** A point of the standing 1.70 m reference figure (x to the performer's left, height above the floor, z forward), on `bone`. */
const at = (bone: BoneName, x: number, h: number, z: number): [number, number, number] => {
  const j = REST_JOINTS[bone];
  return [x - j[0], h - j[1], z - j[2]];
};

/** The mirror image of a region: left ↔ right. */
const mirrorRegion = (r: BodyRegionId): BodyRegionId =>
  (r.startsWith('left') ? `right${r.slice(4)}` : r.startsWith('right') ? `left${r.slice(5)}` : r) as BodyRegionId;

describe('body regions on the mannequin', () => {
  // Where a coordinator would point on a standing reference figure, and what the app must call it.
  const cases: [what: string, region: BodyRegionId, bone: BoneName, point: [number, number, number]][] = [
    ['crown of the head', 'head', 'head', at('head', 0, 1.7, 0.01)],
    ['back of the head', 'head', 'head', at('head', 0, 1.6, -0.085)],
    ['forehead', 'face', 'head', at('head', 0, 1.62, 0.1)],
    ['right cheek', 'face', 'head', at('head', -0.05, 1.55, 0.108)],
    ['the mouth', 'lips', 'head', at('head', 0, 1.51, 0.105)],
    ['left ear', 'leftEar', 'head', at('head', 0.095, 1.56, 0.02)],
    ['right ear', 'rightEar', 'head', at('head', -0.095, 1.56, 0.02)],
    ['under the jaw', 'neck', 'head', at('head', 0, 1.472, 0.05)],
    ['throat', 'neck', 'neck', at('neck', 0, 1.49, 0.055)],
    ['back of the neck', 'nape', 'neck', at('neck', 0, 1.49, -0.055)],
    ['collarbones', 'chest', 'upperChest', at('upperChest', 0.04, 1.38, 0.1)],
    ['top of the left shoulder', 'leftShoulder', 'upperChest', at('upperChest', 0.14, 1.4, 0)],
    ['left breast, above the nipple', 'leftBreast', 'chest', at('chest', 0.085, 1.27, 0.08)],
    ['left breast, outer side', 'leftBreast', 'chest', at('chest', 0.15, 1.18, 0)],
    ['right breast, below the nipple', 'rightBreast', 'chest', at('chest', -0.085, 1.16, 0.08)],
    ['left nipple', 'leftNipple', 'chest', at('chest', 0.085, 1.22, 0.082)],
    ['right nipple', 'rightNipple', 'chest', at('chest', -0.085, 1.22, 0.082)],
    ['breastbone between the breasts', 'chest', 'chest', at('chest', 0, 1.2, 0.1)],
    ['left breast on the upper chest segment', 'leftBreast', 'upperChest', at('upperChest', 0.08, 1.26, 0.09)],
    ['left shoulder blade', 'leftShoulderBlade', 'upperChest', at('upperChest', 0.09, 1.3, -0.09)],
    ['right shoulder blade', 'rightShoulderBlade', 'upperChest', at('upperChest', -0.09, 1.3, -0.09)],
    ['navel', 'abdomen', 'spine', at('spine', 0, 1.02, 0.1)],
    ['small of the back', 'lowerBack', 'spine', at('spine', 0, 1.05, -0.1)],
    ['left side of the waist', 'leftWaist', 'spine', at('spine', 0.14, 1.06, 0)],
    ['right side of the waist', 'rightWaist', 'spine', at('spine', -0.14, 1.06, 0)],
    ['lower abdomen', 'abdomen', 'hips', at('hips', 0, 0.96, 0.11)],
    ['pubic area', 'groin', 'hips', at('hips', 0, 0.87, 0.105)],
    ['between the legs', 'groin', 'hips', at('hips', 0, 0.77, 0.01)],
    ['left buttock', 'leftButtock', 'hips', at('hips', 0.08, 0.87, -0.1)],
    ['right buttock', 'rightButtock', 'hips', at('hips', -0.08, 0.87, -0.1)],
    ['front of the left hip', 'leftThigh', 'hips', at('hips', 0.13, 0.85, 0.07)],
    ['left inner thigh', 'leftInnerThigh', 'leftUpperLeg', at('leftUpperLeg', 0.015, 0.7, 0)],
    ['right inner thigh', 'rightInnerThigh', 'rightUpperLeg', at('rightUpperLeg', -0.015, 0.7, 0)],
    ['outer left thigh', 'leftThigh', 'leftUpperLeg', at('leftUpperLeg', 0.165, 0.7, 0)],
    ['front of the right thigh', 'rightThigh', 'rightUpperLeg', at('rightUpperLeg', -0.09, 0.65, 0.075)],
    ['inner side just above the left knee', 'leftThigh', 'leftUpperLeg', at('leftUpperLeg', 0.015, 0.55, 0)],
    ['fold under the left buttock', 'leftButtock', 'leftUpperLeg', at('leftUpperLeg', 0.09, 0.78, -0.075)],
    ['left kneecap', 'leftKnee', 'leftLowerLeg', at('leftLowerLeg', 0.09, 0.42, 0.05)],
    ['bottom of the left thigh, at the knee', 'leftKnee', 'leftUpperLeg', at('leftUpperLeg', 0.09, 0.47, 0.075)],
    ['right shin', 'rightLowerLeg', 'rightLowerLeg', at('rightLowerLeg', -0.09, 0.25, 0.05)],
    ['left toes', 'leftFoot', 'leftToes', at('leftToes', 0.09, 0.02, 0.17)],
    ['top of the left upper arm', 'leftShoulder', 'leftUpperArm', at('leftUpperArm', 0.185, 1.405, 0)],
    ['right upper arm', 'rightUpperArm', 'rightUpperArm', at('rightUpperArm', -0.24, 1.25, 0)],
    ['left forearm', 'leftForearm', 'leftLowerArm', at('leftLowerArm', 0.26, 0.98, 0)],
    ['right hand', 'rightHand', 'rightHand', at('rightHand', -0.27, 0.77, 0)],
  ];
  it.each(cases)('%s is the %s (a point on %s)', (_what, region, bone, point) => {
    expect(regionAt(bone, point)).toBe(region);
  });

  it('reads a taller or shorter performer at the same place on the body (points scaled by height / 1.70)', () => {
    for (const heightCm of [152, 185]) {
      const s = heightScale(heightCm);
      for (const [, region, bone, [x, y, z]] of cases) expect(regionAt(bone, new Vector3(x * s, y * s, z * s), s)).toBe(region);
    }
  });

  const detailAndHeights: [MannequinDetail, number][] = [['full', 170], ['full', 152], ['full', 198], ['preview', 170]];
  it.each(detailAndHeights)('classifies every vertex of the drawn mannequin (%s, %i cm) into a region of that bone or a neighbouring one', (detail, heightCm) => {
    const geometry = buildMannequinGeometry(heightCm, detail);
    const position = geometry.getAttribute('position');
    const skinIndex = geometry.getAttribute('skinIndex');
    const joints = restJointPositions(skeletonForHeight(heightCm));
    const s = heightScale(heightCm);
    const wrong: string[] = [];
    const seen = new Set<BodyRegionId>();
    for (let i = 0; i < position.count; i++) {
      const bone = BONE_NAMES[skinIndex.getX(i)]!;
      const local = new Vector3(position.getX(i), position.getY(i), position.getZ(i)).sub(joints[bone]);
      const region = regionAt(bone, local, s);
      seen.add(region);
      const home = BODY_REGIONS[region].bone;
      if (home !== bone && !neighbourBones(bone).includes(home)) wrong.push(`${bone} vertex ${i} → ${region} (on ${home})`);
      // Its mirror image on the mirrored bone is the mirrored region (mid-line points aside: they count as left).
      if (Math.abs(local.x + joints[bone].x) > 1e-6) {
        const mirrored = regionAt(mirrorBoneName(bone), new Vector3(-local.x, local.y, local.z), s);
        if (mirrored !== mirrorRegion(region)) wrong.push(`${bone} vertex ${i}: ${region}, mirrored ${mirrored}`);
      }
    }
    expect(wrong).toEqual([]);
    // The nipples are a small area: the coarse mesh need not have a vertex there. Every other region has vertices.
    const missing = Object.keys(BODY_REGIONS).filter((r) => !seen.has(r as BodyRegionId) && !r.endsWith('Nipple') && r !== 'lips');
    expect(missing).toEqual([]);
    geometry.dispose();
  });
});
