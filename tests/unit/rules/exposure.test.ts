import { describe, expect, it } from 'vitest';
import type { Placement } from '../../../shared/domain/blocking';
import type { BodyRegionId } from '../../../shared/domain/bodyRegions';
import { runRules } from '../../../shared/rules';
import { EXPOSURE_RULES, exposureFindingsOfBeat } from '../../../shared/rules/exposure';
import { ana, b1, beat, camera, doc, doubling, garment, place, rider, ruth, scene, show, wall, type DocParts } from '../exposure/fixtures';

// The exposure rules judge what a camera films against the performer's "show" consent and rider. Ruth
// stands at the centre facing a camera 5 m away on a 25 mm lens (whole body in frame) unless a row says
// otherwise.

const TOP: BodyRegionId[] = ['chest', 'leftBreast', 'rightBreast', 'leftNipple', 'rightNipple'];
const wide = () => camera(b1, { id: 'a', name: 'A cam', focalLengthMm: 25, position: [0, 1.0, 5], target: [0, 0.9, 0] });
const closeUp = () => camera(b1, { id: 'a', name: 'A cam', focalLengthMm: 100, position: [0, 1.55, 1.5], target: [0, 1.55, 0] });
const agreedTop = TOP.map((r) => show(ruth, r, 'agreed'));

function run(parts: DocParts): string[] {
  return runRules(doc({ cameras: [wide()], performers: [ruth], ...parts }), [scene.id], EXPOSURE_RULES).map((f) => `${f.severity} ${f.code}`);
}
const topless = (more: Partial<Placement> = {}) => [place(ruth, b1, { costumeOff: TOP, ...more })];

const TABLE: { name: string; input: DocParts; expected: string[] }[] = [
  { name: 'costume on: nothing exposed', input: { placements: [place(ruth, b1)] }, expected: [] },
  { name: 'topless, agreed, and within the rider', input: { placements: topless(), boundaries: agreedTop, riders: [rider(ruth, ['topless', 'side'])] }, expected: [] },
  {
    name: 'topless, the nipples not agreed',
    input: { placements: topless(), boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed')], riders: [rider(ruth, ['topless'])] },
    expected: ['error exposure.not-agreed'],
  },
  {
    name: 'topless, the nipples to discuss',
    input: { placements: topless(), boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'discuss'), show(ruth, 'rightNipple', 'discuss')], riders: [rider(ruth, ['topless'])] },
    expected: ['warning exposure.to-discuss'],
  },
  { name: 'topless, nothing recorded and no rider', input: { placements: topless() }, expected: ['error exposure.beyond-rider', 'warning exposure.to-discuss'] },
  { name: 'topless, agreed, but the rider says side only', input: { placements: topless(), boundaries: agreedTop, riders: [rider(ruth, ['side'])] }, expected: ['error exposure.beyond-rider'] },
  {
    name: 'nipple covers make it side nudity, within that rider',
    input: { placements: topless(), garments: [garment(ruth, b1, 'nippleCovers')], boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed')], riders: [rider(ruth, ['side'])] },
    expected: [],
  },
  {
    name: 'the same, but the camera is a close-up on the face: nothing uncovered in frame',
    input: { placements: topless(), cameras: [closeUp()], boundaries: [show(ruth, 'leftNipple', 'notAgreed')] },
    expected: [],
  },
  { name: 'the camera is not used in the beat', input: { placements: topless(), cameras: [camera(b1, { hidden: true })] }, expected: [] },
  { name: 'the performer is off stage', input: { placements: topless({ hidden: true }) }, expected: [] },
  {
    name: 'turned away: the camera sees the side of the breast at most, never the nipples',
    input: { placements: topless({ rotationY: 180 }), boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed')], riders: [rider(ruth, ['side'])] },
    expected: [],
  },
];

describe('exposure rules', () => {
  for (const row of TABLE) it(row.name, () => expect(run(row.input)).toEqual(row.expected));

  it('a finding names the performer, the regions, the camera with its lens and the beat, and points at the camera', () => {
    const d = doc({ cameras: [wide()], performers: [ruth], placements: topless(), boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed')], riders: [rider(ruth, ['topless'])] });
    const [f] = runRules(d, [scene.id], EXPOSURE_RULES);
    expect(f!.message).toBe(
      `In beat 1 of scene ${scene.number} “Hotel room”, A cam (25 mm) films Ruth's left nipple and right nipple uncovered, and Ruth has not agreed to show them on camera: cover them, frame tighter or move the camera, or record what Ruth agrees to.`,
    );
    expect(f!.beatId).toBe(b1.id);
    expect(f!.subject).toEqual({ kind: 'camera', id: 'a' });
  });

  it('a walk past a gap between two walls is found between the beats, not at them', () => {
    // Beat 1 behind the left wall, beat 2 behind the right one; half way she crosses the 1 m gap between them.
    const b2 = beat(1);
    const shot = { id: 'a', name: 'A cam', focalLengthMm: 25, position: [0, 1.0, 5] as [number, number, number], target: [0, 0.9, 0] as [number, number, number] };
    const d = doc({
      beats: [b1, b2],
      performers: [ruth],
      cameras: [camera(b1, shot), camera(b2, shot)],
      setPieces: [wall([-2, 0, 1]), wall([2, 0, 1])],
      placements: [place(ruth, b1, { costumeOff: TOP, position: [-2, 0, 0] }), place(ruth, b2, { costumeOff: TOP, position: [2, 0, 0] })],
      boundaries: [show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed'), ...TOP.slice(0, 3).map((r) => show(ruth, r, 'agreed'))],
      riders: [rider(ruth, ['topless', 'side'])],
    });
    const found = runRules(d, [scene.id], EXPOSURE_RULES);
    expect(found.map((f) => f.code)).toEqual(['exposure.move-not-agreed']);
    expect(found[0]!.message).toMatch(/^Between beat 1 and beat 2 of scene \d+ “Hotel room” \(during the move\), A cam \(25 mm\) would film Ruth's left nipple and right nipple uncovered/);
    expect(found[0]!.beatId).toBe(b2.id);
    expect(exposureFindingsOfBeat(d, scene.id, b1.id)).toEqual([]);
    // Without the gap (one long wall), the move is hidden too.
    const closed = doc({ ...{ beats: [b1, b2], performers: [ruth], cameras: [camera(b1, shot), camera(b2, shot)] }, setPieces: [wall([-2, 0, 1]), wall([2, 0, 1]), wall([0, 0, 1.2])], placements: [place(ruth, b1, { costumeOff: TOP, position: [-2, 0, 0] }), place(ruth, b2, { costumeOff: TOP, position: [2, 0, 0] })], boundaries: [show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed'), ...TOP.slice(0, 3).map((r) => show(ruth, r, 'agreed'))], riders: [rider(ruth, ['topless', 'side'])] });
    expect(runRules(closed, [scene.id], EXPOSURE_RULES)).toEqual([]);
  });

  it('a body double’s shot is checked against the double’s own consent', () => {
    const nipplesNo = [show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed'), ...agreedTop.slice(0, 3)];
    const base: DocParts = { performers: [ruth, ana], placements: topless(), cameras: [wide()], riders: [rider(ruth, ['side']), rider(ana, ['topless', 'side'])] };
    // Ana agreed to show what Ruth did not: A cam films Ana's body, so nothing is beyond anyone's consent on camera.
    const anaAgrees = doc({ ...base, boundaries: [...nipplesNo, ...TOP.map((r) => show(ana, r, 'agreed'))], doublings: [doubling(b1, 'a')] });
    expect(runRules(anaAgrees, [scene.id], EXPOSURE_RULES)).toEqual([]);
    // Without the doubling, it is Ruth on camera: her nipples are not agreed and beyond her rider.
    const noDouble = doc({ ...base, boundaries: [...nipplesNo, ...TOP.map((r) => show(ana, r, 'agreed'))] });
    expect(runRules(noDouble, [scene.id], EXPOSURE_RULES).map((f) => f.code)).toEqual(['exposure.not-agreed', 'exposure.beyond-rider']);
    // Ana has not agreed to show her nipples: the finding names her, as Ruth's double, for A cam.
    const anaRefuses = doc({ ...base, boundaries: [...nipplesNo, ...agreedTop.slice(0, 3).map((e) => ({ ...e, id: `${e.id}-ana`, performerId: ana.id } as typeof e)), show(ana, 'leftNipple', 'notAgreed'), show(ana, 'rightNipple', 'notAgreed')], doublings: [doubling(b1, null)] });
    const [f] = runRules(anaRefuses, [scene.id], EXPOSURE_RULES);
    expect(f!.code).toBe('exposure.not-agreed');
    expect(f!.message).toContain("A cam (25 mm) films Ana's left nipple and right nipple uncovered (Ana doubles Ruth here), and Ana has not agreed");
  });

  it('with a camera set up, what it films decides "show"; with none yet, every uncovered region counts', () => {
    const parts = { performers: [ruth], placements: topless(), boundaries: [...agreedTop.slice(0, 3), show(ruth, 'leftNipple', 'notAgreed'), show(ruth, 'rightNipple', 'notAgreed')], riders: [rider(ruth, ['topless', 'side'])] };
    const codes = (d: DocParts) => runRules(doc(d), [scene.id]).filter((f) => f.severity === 'error').map((f) => f.code);
    expect(codes({ ...parts, cameras: [] })).toEqual(['consent.show-not-agreed']);
    expect(codes({ ...parts, cameras: [wide()] })).toEqual(['exposure.not-agreed']);
    // The fix by a tighter frame: the close-up leaves the nipples out, and nothing else flags them.
    expect(codes({ ...parts, cameras: [closeUp()] })).toEqual([]);
  });

  it('every finding carries its rule’s code and severity', () => {
    const d = doc({ cameras: [wide()], performers: [ruth], placements: topless() });
    for (const rule of EXPOSURE_RULES) for (const f of rule.check(d, scene.id)) expect([f.code, f.severity]).toEqual([rule.code, rule.severity]);
  });
});
