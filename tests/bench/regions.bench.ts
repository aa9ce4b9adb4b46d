import { Box3, Ray, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { pickBodies, posedBody } from '../../shared/body/pick';
import { boneWorldPositions, posedRig, posePresetById, type PlacementLike } from '../../shared/blocking';
import type { Pose } from '../../shared/domain/blocking';
import { fmt, percentile, report, sample } from './stats';

/** Sub-microsecond figures need decimals. */
const fine = (ms: number) => (ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : fmt(ms));

// Picking a body region under the pointer (shared/body/pick.ts): exact ray–capsule tests on every bone of
// two posed bodies, then the hit classified into a region, against the cheapest possible pick in the same
// run: the ray against each body's world bounding box (no region, no exactness).

/** The i-th point of a low-discrepancy sequence in [0, 1) (additive recurrence on an irrational step): deterministic and even. */
const spreadAt = (i: number, step: number) => (i * step) % 1;

describe('body region picking', () => {
  it('picks a region on two embracing bodies per pointer move, against a ray-vs-bounding-box baseline', () => {
    const embrace = posePresetById('builtin:standing-embrace')!.pose;
    const bodies = [
      { placement: { position: [0, 0, 0.22], rotationY: 180, pose: embrace } as PlacementLike, heightCm: 168 },
      { placement: { position: [0, 0, -0.22], rotationY: 0, pose: embrace } as PlacementLike, heightCm: 183 },
    ];
    // Pointer rays from a camera in front and to the side, through points around the two bodies: hits and misses.
    const camera = new Vector3(1.2, 1.6, 3.5);
    const rays = Array.from({ length: 2000 }, (_, i) => {
      const target = new Vector3(-0.7 + 1.4 * spreadAt(i, Math.SQRT2), 2 * spreadAt(i, Math.PI - 3), -0.6 + 1.2 * spreadAt(i, Math.E - 2));
      return new Ray(camera.clone(), target.sub(camera).normalize());
    });
    // Baseline: the same rays against each body's axis-aligned box (joints padded by a limb radius).
    const boxes = bodies.map(({ placement, heightCm }) => {
      const box = new Box3();
      for (const p of Object.values(boneWorldPositions(placement, heightCm))) box.expandByPoint(new Vector3(...p));
      return box.expandByScalar(0.12);
    });
    const hitPoint = new Vector3();
    let baselineHits = 0;
    const baseline = () => {
      baselineHits = 0;
      for (const ray of rays) {
        let best = Infinity;
        for (const box of boxes) if (ray.intersectBox(box, hitPoint)) best = Math.min(best, hitPoint.distanceTo(ray.origin));
        if (best < Infinity) baselineHits++;
      }
    };
    let regionHits = 0;
    const pick = () => {
      regionHits = 0;
      for (const ray of rays) if (pickBodies(bodies, ray)) regionHits++;
    };
    // After a pose edit the first pick rebuilds the posed skeleton (a new pose object: the cache misses).
    const rebuild = (i: number) => {
      const edited: Pose = { ...embrace, bones: { ...embrace.bones } };
      const placement = { ...bodies[0]!.placement, pose: edited };
      pickBodies([{ placement, heightCm: bodies[0]!.heightCm }, bodies[1]!], rays[Math.abs(i) % rays.length]!);
    };
    posedBody(bodies[0]!.placement, bodies[0]!.heightCm);

    // Interleaved rounds, so a slow moment of the shared machine lands on both alike.
    const picks: number[] = [];
    const boxesMs: number[] = [];
    for (let round = 0; round < 40; round++) {
      picks.push(...sample(1, pick, round === 0 ? 3 : 0));
      boxesMs.push(...sample(1, baseline, round === 0 ? 3 : 0));
    }
    const rebuilds = sample(300, rebuild);
    const rigs = sample(300, () => posedRig(bodies[0]!.placement, bodies[0]!.heightCm));
    const perRay = (xs: number[]) => percentile(xs, 50) / rays.length;
    const pickMs = perRay(picks);
    const boxMs = perRay(boxesMs);
    report(`Body region picking, two embracing bodies (${rays.length} pointer rays a round, ${regionHits} hit a region, ${baselineHits} hit a box)`, [
      ['', 'per pointer move (median round / rays)', 'p90 round / rays', 'ratio to box baseline', 'target'],
      ['pickBodies: exact capsules + region, both bodies', fine(pickMs), fine(percentile(picks, 90) / rays.length), `${(pickMs / boxMs).toFixed(1)}×`, '≪ 100 µs'],
      ['baseline: ray vs each body\'s bounding box', fine(boxMs), fine(percentile(boxesMs, 90) / rays.length), '1.0×', ''],
      ['first pick after a pose edit (skeleton rebuilt for one body)', fmt(percentile(rebuilds, 50)), fmt(percentile(rebuilds, 90)), `${(percentile(rebuilds, 50) / boxMs).toFixed(0)}×`, 'once per pose edit'],
      ['  of which posedRig (shared/blocking/pose.ts) for that body', fmt(percentile(rigs, 50)), fmt(percentile(rigs, 90)), '', ''],
    ]);
    expect(regionHits).toBeGreaterThan(100);
    expect(regionHits).toBeLessThanOrEqual(baselineHits);
  });
});
