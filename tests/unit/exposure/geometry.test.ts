import { describe, expect, it } from 'vitest';
import { BODY_REGION_IDS, type BodyRegionId } from '../../../shared/domain/bodyRegions';
import { GARMENT_CATALOGUE } from '../../../shared/body/garmentCatalogue';
import { exposureOfBeat, inFrameOfBeat, type ExposureState } from '../../../shared/exposure';
import { b1, camera, doc, garment, place, ruth, scene, tom, wall, type DocParts } from './fixtures';

// Known answers on exact geometry: a 1.70 m performer standing at the stage centre facing +z, cameras
// placed by hand. Every expectation is what a coordinator at the monitor would see.

function states(parts: DocParts, performerId = ruth.id): Record<BodyRegionId, ExposureState> {
  const result = exposureOfBeat(doc(parts), scene.id, b1.id);
  expect(result.shots).toHaveLength(1);
  const seen = result.shots[0]!.performers.find((p) => p.performerId === performerId)!;
  return Object.fromEntries(seen.regions.map((r) => [r.region, r.state])) as Record<BodyRegionId, ExposureState>;
}
const regionsIn = (s: Record<BodyRegionId, ExposureState>, state: ExposureState) => BODY_REGION_IDS.filter((r) => s[r] === state);
const TORSO: BodyRegionId[] = ['chest', 'leftBreast', 'rightBreast', 'leftNipple', 'rightNipple', 'abdomen', 'leftWaist', 'rightWaist', 'groin'];
const allOff = [...BODY_REGION_IDS];

describe('exposure geometry', () => {
  it('a performer in plain view, costume off, shows the front of the body and none of the back', () => {
    const s = states({ placements: [place(ruth, b1, { costumeOff: allOff })], cameras: [camera(b1, { focalLengthMm: 25, position: [0, 1.0, 5], target: [0, 0.9, 0] })] });
    for (const r of ['face', 'chest', 'abdomen', 'groin', 'leftThigh', 'rightThigh', 'leftNipple', 'rightNipple'] as const) expect(s[r], r).toBe('exposed');
    for (const r of ['leftShoulderBlade', 'rightShoulderBlade', 'lowerBack', 'leftButtock', 'rightButtock', 'nape'] as const) expect(s[r], r).toBe('hidden');
  });

  it('a performer behind a wall is hidden', () => {
    const parts: DocParts = { placements: [place(ruth, b1, { costumeOff: allOff })], cameras: [camera(b1, { focalLengthMm: 25, position: [0, 1.0, 5], target: [0, 0.9, 0] })] };
    const behindWall = states({ ...parts, setPieces: [wall([0, 0, 1])] });
    expect(regionsIn(behindWall, 'exposed')).toEqual([]);
    expect(regionsIn(behindWall, 'covered')).toEqual([]);
    expect(behindWall.face).toBe('hidden');
    // The same wall turned side-on (along the sight line) hides nothing of the front.
    const sideOn = states({ ...parts, setPieces: [wall([2.5, 0, 1], 90)] });
    expect(sideOn.face).toBe('exposed');
  });

  it('a performer behind another is hidden where the other stands in the way', () => {
    const s = states({
      placements: [place(ruth, b1, { costumeOff: allOff }), place(tom, b1, { position: [0, 0, 1] })],
      cameras: [camera(b1, { focalLengthMm: 25, position: [0, 1.0, 5], target: [0, 0.9, 0] })],
    });
    expect(s.abdomen).toBe('hidden');
    expect(s.groin).toBe('hidden');
  });

  it('a close-up on the face exposes no torso region', () => {
    const s = states({ placements: [place(ruth, b1, { costumeOff: allOff })], cameras: [camera(b1, { focalLengthMm: 100, position: [0, 1.55, 1.5], target: [0, 1.55, 0] })] });
    expect(s.face).toBe('exposed');
    expect(s.lips).toBe('exposed');
    for (const r of TORSO) expect(s[r], r).toBe('outOfFrame');
  });

  it('a garment covers exactly its regions', () => {
    const cam = camera(b1, { focalLengthMm: 25, position: [0, 1.0, 5], target: [0, 0.9, 0] });
    const bare = states({ placements: [place(ruth, b1, { costumeOff: allOff })], cameras: [cam] });
    for (const type of ['nippleCovers', 'fleshToneUnderwear', 'modestyPouchAdhesive'] as const) {
      const dressed = states({ placements: [place(ruth, b1, { costumeOff: allOff })], cameras: [cam], garments: [garment(ruth, b1, type)] });
      const covers = new Set<BodyRegionId>(GARMENT_CATALOGUE[type].covers);
      for (const r of BODY_REGION_IDS) {
        if (covers.has(r)) expect(dressed[r], `${type} ${r}`).toBe(bare[r] === 'exposed' ? 'covered' : bare[r]);
        else expect(dressed[r], `${type} ${r}`).toBe(bare[r]);
      }
    }
    // With the costume on, nothing is exposed; what is seen is covered.
    const clothed = states({ placements: [place(ruth, b1)], cameras: [cam] });
    expect(regionsIn(clothed, 'exposed')).toEqual([]);
    expect(clothed.face).toBe('covered');
  });

  it('a wider lens or a step back brings a region into frame', () => {
    const placements = [place(ruth, b1, { costumeOff: allOff })];
    const tight = { position: [0, 1.3, 2] as [number, number, number], target: [0, 1.3, 0] as [number, number, number] };
    expect(states({ placements, cameras: [camera(b1, { ...tight, focalLengthMm: 75 })] }).groin).toBe('outOfFrame');
    expect(states({ placements, cameras: [camera(b1, { ...tight, focalLengthMm: 25 })] }).groin).toBe('exposed');
    expect(states({ placements, cameras: [camera(b1, { focalLengthMm: 75, position: [0, 1.3, 6], target: [0, 1.3, 0] })] }).groin).toBe('exposed');
  });

  it('left and right stay the performer’s own, seen from the front or from behind', () => {
    // Ruth's left hand is at +x (she faces +z). A long lens aimed at it frames it and not her right hand.
    const placements = [place(ruth, b1, { costumeOff: allOff })];
    const hand: [number, number, number] = [0.2, 0.85, 0];
    const front = states({ placements, cameras: [camera(b1, { focalLengthMm: 135, position: [0.2, 0.85, 3], target: hand })] });
    expect(front.leftHand).toBe('exposed');
    expect(front.rightHand).toBe('outOfFrame');
    const behind = states({ placements, cameras: [camera(b1, { focalLengthMm: 135, position: [0.2, 0.85, -3], target: hand })] });
    expect(behind.leftHand).toBe('exposed');
    expect(behind.rightHand).toBe('outOfFrame');
    // Seen from behind: her back, not her front.
    const back = states({ placements, cameras: [camera(b1, { focalLengthMm: 25, position: [0, 1.0, -5], target: [0, 0.9, 0] })] });
    expect(back.lowerBack).toBe('exposed');
    expect(back.leftButtock).toBe('exposed');
    expect(back.face).toBe('hidden');
    // Turned to face away (rotationY 180) and filmed from the front: the same as filming her from behind.
    const turned = states({ placements: [place(ruth, b1, { costumeOff: allOff, rotationY: 180 })], cameras: [camera(b1, { focalLengthMm: 135, position: [-0.2, 0.85, 3], target: [-0.2, 0.85, 0] })] });
    expect(turned.leftHand).toBe('exposed');
    expect(turned.rightHand).toBe('outOfFrame');
  });

  it('a camera not used in the beat and a performer off stage are left out', () => {
    const result = exposureOfBeat(
      doc({ placements: [place(ruth, b1), place(tom, b1, { hidden: true })], cameras: [camera(b1, { hidden: true }), camera(b1, {})] }),
      scene.id,
      b1.id,
    );
    expect(result.shots).toHaveLength(1);
    expect(result.shots[0]!.performers.map((p) => p.performerId)).toEqual([ruth.id]);
  });

  it('is deterministic', () => {
    const parts: DocParts = { placements: [place(ruth, b1, { costumeOff: allOff }), place(tom, b1, { position: [0.6, 0, 0.5], rotationY: -90 })], cameras: [camera(b1, {})] };
    expect(JSON.stringify(exposureOfBeat(doc(parts), scene.id, b1.id))).toBe(JSON.stringify(exposureOfBeat(doc(parts), scene.id, b1.id)));
  });
});

describe('“in frame” for the sheet', () => {
  it('names per camera what it sees of each performer, pairs said once, uncovered regions said again', () => {
    const d = doc({
      placements: [place(ruth, b1, { costumeOff: ['chest', 'leftBreast', 'rightBreast', 'leftShoulder', 'rightShoulder'] }), place(tom, b1, { position: [3, 0, 0] })],
      cameras: [camera(b1, { name: 'A cam', focalLengthMm: 50, position: [0, 1.3, 2.2], target: [0, 1.3, 0] })],
      garments: [garment(ruth, b1, 'nippleCovers')],
    });
    const [line] = inFrameOfBeat(exposureOfBeat(d, scene.id, b1.id), (id) => (id === ruth.id ? 'Ruth' : 'Tom'));
    expect(line!.text).toMatch(/^A cam \(50 mm\): Ruth — .*shoulders.*upper chest, breasts, nipples.*\(shoulders, upper chest and breasts uncovered\)$/);
    expect(line!.text).not.toMatch(/left shoulder|right shoulder|Tom/);
    expect(line!.performers.map((p) => p.performerId)).toEqual([ruth.id]);
    expect(line!.performers[0]!.uncovered).toEqual(expect.arrayContaining(['leftBreast', 'rightBreast']));
    expect(line!.performers[0]!.uncovered).not.toContain('leftNipple');
  });

  it('says when no performer is in frame', () => {
    const d = doc({ placements: [place(ruth, b1)], cameras: [camera(b1, { name: 'B cam', focalLengthMm: 50, position: [0, 1.5, 4], target: [0, 1.5, 8] })] });
    expect(inFrameOfBeat(exposureOfBeat(d, scene.id, b1.id), () => 'Ruth')[0]!.text).toBe('B cam (50 mm): no performer in frame');
  });
});
