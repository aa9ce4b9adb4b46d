import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { regionAt } from '../../../shared/body/classify';
import { aroundCapsule, CAPSULES, canonicalDistance } from '../../../shared/body/capsules';
import { allRegionPoints, regionPoints, SAMPLES_PER_REGION } from '../../../shared/body/regionPoints';
import { BODY_REGION_IDS, BODY_REGIONS, type BodyRegionId } from '../../../shared/domain/bodyRegions';

const onSurface = (region: BodyRegionId, p: readonly [number, number, number]) => {
  const frame = CAPSULES[BODY_REGIONS[region].bone];
  return Math.abs(canonicalDistance(frame, new Vector3(...p).applyMatrix4(frame.fromLocal)));
};

describe('region anchors and sample points', () => {
  it.each(BODY_REGION_IDS.map((r) => [r]))('%s: an anchor and 6–16 sample points on its bone, all in the region', (region) => {
    const { bone, anchor, samples } = regionPoints(region);
    expect(bone).toBe(BODY_REGIONS[region].bone);
    expect(samples.length).toBeGreaterThanOrEqual(6);
    expect(samples.length).toBeLessThanOrEqual(SAMPLES_PER_REGION);
    expect(samples[0]).toEqual(anchor);
    for (const p of samples) {
      expect(regionAt(bone, p)).toBe(region);
      expect(onSurface(region, p)).toBeLessThan(1e-3); // on the drawn surface (within rounding)
    }
    // Spread over the region, not bunched: no two samples closer than 3 mm.
    for (let i = 0; i < samples.length; i++) for (let j = i + 1; j < samples.length; j++) expect(new Vector3(...samples[i]!).distanceTo(new Vector3(...samples[j]!))).toBeGreaterThan(0.003);
  });

  it('puts left and right anchors at mirror images of each other', () => {
    const all = allRegionPoints();
    for (const region of BODY_REGION_IDS.filter((r) => r.startsWith('left'))) {
      const right = all[`right${region.slice(4)}` as BodyRegionId];
      const [x, y, z] = all[region].anchor;
      expect(right.anchor).toEqual([x === 0 ? 0 : -x, y, z]);
      if (!BODY_REGIONS[region].bone.startsWith('left')) expect(x).toBeGreaterThan(0); // on a mid-line bone, the performer's left is +x
    }
  });

  it('anchors a marker where a coordinator expects it: on the visible side of the region', () => {
    const facing = (region: BodyRegionId) => {
      const out = new Vector3();
      aroundCapsule(CAPSULES[BODY_REGIONS[region].bone], new Vector3(...regionPoints(region).anchor), new Vector3(), out);
      return out;
    };
    expect(facing('leftNipple').z).toBeGreaterThan(0.7); // the front of the chest
    expect(facing('leftBreast').z).toBeGreaterThan(0.5);
    expect(facing('face').z).toBeGreaterThan(0.7);
    expect(facing('lips').z).toBeGreaterThan(0.5);
    expect(facing('leftHand').z).toBeGreaterThan(0.7); // a round region: its front
    expect(facing('leftKnee').z).toBeGreaterThan(0.7); // the kneecap, not the back of the knee
    expect(facing('leftFoot').y).toBeGreaterThan(0.5); // the instep, not the sole
    expect(facing('lowerBack').z).toBeLessThan(-0.7);
    expect(facing('leftWaist').x).toBeGreaterThan(0.7);
    expect(facing('rightWaist').x).toBeLessThan(-0.7);
    expect(facing('leftShoulderBlade').z).toBeLessThan(-0.5);
  });

  it('is deterministic: the same points on every call', () => {
    expect(JSON.stringify(allRegionPoints())).toBe(JSON.stringify(allRegionPoints()));
  });
});
