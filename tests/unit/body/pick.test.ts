import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { anchorWorld, pickBodies, pickBody, posedBody, type RayLike } from '../../../shared/body/pick';
import { aroundCapsule, CAPSULES, canonicalDistance } from '../../../shared/body/capsules';
import { regionPoints } from '../../../shared/body/regionPoints';
import { boneWorldPositions, mirrorPose, posePresetById, posedRig, restPose, setJointEuler, type PlacementLike } from '../../../shared/blocking';
import type { Vec3 } from '../../../shared/domain/blocking';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../../../shared/domain/bones';

const standing: PlacementLike = { position: [0, 0, 0], rotationY: 0, pose: restPose() };
const down = (x: number, z: number, from = 3): RayLike => ({ origin: [x, from, z], direction: [0, -1, 0] });
const towards = (origin: Vec3, target: Vec3): RayLike => ({ origin, direction: [target[0] - origin[0], target[1] - origin[1], target[2] - origin[2]] });

/** World point and outward direction of a bone-local point (reference figure) on a placed body. */
function surfaceWorld(placement: PlacementLike, heightCm: number, bone: BoneName, local: Vec3) {
  const point = new Vector3(...anchorWorld(placement, heightCm, bone, local));
  const outward = new Vector3();
  aroundCapsule(CAPSULES[bone], new Vector3(...local), new Vector3(), outward);
  const rig = posedRig(placement, heightCm);
  outward.transformDirection(rig.bones[bone].matrixWorld);
  return { point, outward };
}

/** A ray from `reach` metres outside a body point, straight at it. */
function rayAt(placement: PlacementLike, heightCm: number, bone: BoneName, local: Vec3, reach = 0.5): RayLike {
  const { point, outward } = surfaceWorld(placement, heightCm, bone, local);
  const origin = point.clone().addScaledVector(outward, reach);
  return { origin: [origin.x, origin.y, origin.z], direction: [-outward.x, -outward.y, -outward.z] };
}

describe('picking a body region with the pointer', () => {
  it('hits every region at its anchor, from just outside the surface, on bodies of several heights', () => {
    for (const heightCm of [152, 170, 191]) {
      for (const region of BODY_REGION_IDS) {
        const { bone, anchor } = regionPoints(region);
        const hit = pickBody(standing, heightCm, rayAt(standing, heightCm, bone, anchor, 0.0005));
        expect({ heightCm, region: hit?.region }).toEqual({ heightCm, region });
        expect(hit!.bone).toBe(BODY_REGIONS[region].bone);
        for (let i = 0; i < 3; i++) expect(hit!.localOffset[i]).toBeCloseTo(anchor[i]!, 3);
      }
    }
  });

  it('answers what a coordinator clicks on a standing figure, front and back', () => {
    const cases: [what: string, ray: RayLike, region: BodyRegionId][] = [
      ['mouth, from the front', towards([0, 1.51, 2], [0, 1.51, 0]), 'lips'],
      ['left nipple, from the front', towards([0.085, 1.22, 2], [0.085, 1.22, 0]), 'leftNipple'],
      ['centre of the body at groin height, from the front', towards([0, 0.86, 2], [0, 0.86, 0]), 'groin'],
      ['left buttock, from behind', towards([0.08, 0.86, -2], [0.08, 0.86, 0]), 'leftButtock'],
      ['right shoulder blade, from behind', towards([-0.09, 1.3, -2], [-0.09, 1.3, 0]), 'rightShoulderBlade'],
      ['top of the head, from above', down(0, 0.01), 'head'],
      ['left hand, from the side', towards([2, 0.78, 0], [0, 0.78, 0]), 'leftHand'],
      ['left shoulder, from above', down(0.15, 0), 'leftShoulder'],
      ['left side of the waist, from the side: the hanging forearm is in the way', towards([2, 1.0, 0], [0, 1.0, 0]), 'leftForearm'],
      ['left side of the waist, from the front-left, past the arm', towards([0.6, 1.06, 0.6], [0.1, 1.06, 0]), 'leftWaist'],
    ];
    for (const [what, ray, region] of cases) expect({ what, region: pickBody(standing, 170, ray)?.region }).toEqual({ what, region });
  });

  it('says left hand for the left hand of a mirrored pose (sides follow the bones, not the world)', () => {
    // Left arm straight forward; its mirror image has the right arm forward instead.
    const pose = setJointEuler(restPose(), 'leftUpperArm', [-90, 0, 0]);
    for (const [p, raised, hanging] of [
      [pose, 'leftHand', 'rightHand'],
      [mirrorPose(pose), 'rightHand', 'leftHand'],
    ] as const) {
      const placement = { ...standing, pose: p };
      const joints = boneWorldPositions(placement, 170);
      const forward = joints[raised];
      const hit = pickBody(placement, 170, down(forward[0], forward[2] + 0.06));
      expect(hit?.region).toBe(raised);
      const side = joints[hanging];
      const fromOutside: Vec3 = [Math.sign(side[0]) * 2, side[1] - 0.07, side[2]];
      expect(pickBody(placement, 170, towards(fromOutside, [0, side[1] - 0.07, side[2]]))?.region).toBe(hanging);
    }
  });

  it('keeps the performer\'s left on a body turned to face the other way', () => {
    const turned = { position: [1, 0, 1] as Vec3, rotationY: 180, pose: restPose() };
    // Facing −z, the performer's left is at world −x and the back faces +z.
    const hit = pickBody(turned, 170, towards([1 - 0.08, 0.86, 3], [1 - 0.08, 0.86, 1]));
    expect(hit?.region).toBe('leftButtock');
    expect(pickBody(turned, 170, towards([1 + 0.085, 1.22, -1], [1 + 0.085, 1.22, 1]))?.region).toBe('rightNipple');
  });

  it('picks on a seated, turned body raised onto a seat: the tops of the thighs, from above', () => {
    const seated: PlacementLike = { position: [1, 0.02, -0.5], rotationY: 90, pose: posePresetById('builtin:seated-chair')!.pose };
    const joints = boneWorldPositions(seated, 175);
    for (const [hipBone, kneeBone, region] of [
      ['leftUpperLeg', 'leftLowerLeg', 'leftThigh'],
      ['rightUpperLeg', 'rightLowerLeg', 'rightThigh'],
    ] as const) {
      const hip = new Vector3(...joints[hipBone]);
      const along = hip.lerp(new Vector3(...joints[kneeBone]), 0.35);
      const hit = pickBody(seated, 175, down(along.x, along.z));
      expect(hit?.region).toBe(region);
      expect(hit!.point[1]).toBeGreaterThan(along.y); // on top of the thigh
    }
    // Facing +x after a quarter turn, the performer's left is at world −z.
    expect(joints.leftUpperLeg[2]).toBeLessThan(joints.rightUpperLeg[2]);
    // A ray at the seat from the front, at groin height, finds the groin; from behind, the lower back or a buttock.
    const hips = joints.hips;
    expect(pickBody(seated, 175, towards([hips[0] + 2, hips[1] - 0.02, hips[2]], [hips[0], hips[1] - 0.02, hips[2]]))?.region).toBe('groin');
  });

  it('finds the exact first surface a ray meets: no point before the hit is inside any body segment', () => {
    const pose = posePresetById('builtin:standing-embrace')!.pose;
    const placement: PlacementLike = { position: [0.3, 0, -0.2], rotationY: 35, pose };
    const rig = posedRig(placement, 180);
    const inside = (p: Vector3) =>
      BONE_NAMES.some((b) => {
        const local = rig.bones[b].worldToLocal(p.clone()).divideScalar(rig.scale);
        return canonicalDistance(CAPSULES[b], local.applyMatrix4(CAPSULES[b].fromLocal)) < 0;
      });
    let hits = 0;
    for (let i = 0; i < 200; i++) {
      // Deterministic rays from a ring of viewpoints at the body.
      const a = i * 2.399;
      const origin = new Vector3(0.3 + 2.5 * Math.cos(a), 0.2 + (i % 17) * 0.12, -0.2 + 2.5 * Math.sin(a));
      const target = new Vector3(0.3 + 0.3 * Math.sin(i), 0.1 + (i % 13) * 0.13, -0.2 + 0.3 * Math.cos(i * 1.7));
      const hit = pickBody(placement, 180, towards([origin.x, origin.y, origin.z], [target.x, target.y, target.z]));
      if (!hit) continue;
      hits++;
      const dir = target.clone().sub(origin).normalize();
      const point = new Vector3(...hit.point);
      expect(point.distanceTo(origin)).toBeCloseTo(hit.distance, 6);
      expect(inside(point.clone().addScaledVector(dir, 0.001))).toBe(true);
      for (let t = 0; t < hit.distance - 0.001; t += 0.004) expect(inside(origin.clone().addScaledVector(dir, t))).toBe(false);
    }
    expect(hits).toBeGreaterThan(50);
  });

  it('misses: a ray past the body, or pointing away from it, finds nothing', () => {
    expect(pickBody(standing, 170, towards([2, 1, 2], [2, 1, 0]))).toBeNull();
    expect(pickBody(standing, 170, { origin: [0, 1, 2], direction: [0, 0, 1] })).toBeNull();
  });

  it('picks the nearer of two bodies', () => {
    const near = { id: 'near', placement: { position: [0, 0, 0.5] as Vec3, rotationY: 0, pose: restPose() }, heightCm: 170 };
    const far = { id: 'far', placement: { position: [0, 0, -0.5] as Vec3, rotationY: 0, pose: restPose() }, heightCm: 185 };
    expect(pickBodies([far, near], towards([0, 1.1, 3], [0, 1.1, -3]))?.body.id).toBe('near');
    expect(pickBodies([far, near], towards([0, 1.1, -3], [0, 1.1, 3]))?.body.id).toBe('far');
  });

  it('keeps a contact marker on its bone when the pose changes', () => {
    const before: PlacementLike = { ...standing };
    const hit = pickBody(before, 170, towards([0.26, 1.0, 2], [0.26, 1.0, 0]))!;
    expect(hit.region).toBe('leftForearm');
    const after: PlacementLike = { ...standing, pose: setJointEuler(setJointEuler(restPose(), 'leftUpperArm', [-90, 0, 0]), 'leftLowerArm', [-45, 0, 0]) };
    const moved = new Vector3(...anchorWorld(after, 170, hit.bone, hit.localOffset));
    expect(moved.distanceTo(new Vector3(...hit.point))).toBeGreaterThan(0.3);
    // Still on the forearm's surface: picking at it again finds the same place.
    const again = pickBody(after, 170, rayAt(after, 170, hit.bone, hit.localOffset, 0.001))!;
    expect(again.region).toBe('leftForearm');
    for (let i = 0; i < 3; i++) expect(again.localOffset[i]).toBeCloseTo(hit.localOffset[i]!, 3);
  });

  it('rebuilds the posed body when the placement moves, even with the same pose object', () => {
    const pose = restPose();
    const a = posedBody({ position: [0, 0, 0], rotationY: 0, pose }, 170);
    expect(posedBody({ position: [0, 0, 0], rotationY: 0, pose }, 170)).toBe(a);
    expect(posedBody({ position: [1, 0, 0], rotationY: 0, pose }, 170)).not.toBe(a);
    expect(pickBody({ position: [1, 0, 0], rotationY: 0, pose }, 170, down(1, 0.01))?.region).toBe('head');
    expect(pickBody({ position: [1, 0, 0], rotationY: 0, pose }, 180, down(1, 0.01))!.point[1]).toBeCloseTo(1.8, 2);
  });
});
