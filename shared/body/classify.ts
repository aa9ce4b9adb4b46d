import { Vector3 } from 'three';
import type { Vec3 } from '../domain/blocking';
import type { BodyRegionId } from '../domain/bodyRegions';
import type { BoneName } from '../domain/bones';
import { aroundCapsule, CAPSULES, REST_JOINTS } from './capsules';

/**
 * Which body region a point on (or near) the surface of a bone's capsule belongs to.
 *
 * The point is bone-local. Because every bone's rest rotation is the identity, a bone-local point plus the
 * bone's rest joint position is where that point of the body is when the 1.70 m reference figure stands
 * at rest: `h` below is that height above the floor, `x` the distance to the performer's left of the
 * mid-line (+x is the performer's own left; negative is right). Heights are body landmarks of an adult
 * 1.70 m figure; they hold for every pose because the point is classified in the frame of the bone it
 * rides on. `n` is the unit direction from the capsule's axis to the point, in the bone's frame (which way
 * the surface there faces: +z front, +x the performer's left, +y up on the torso).
 * On limbs, left or right comes from the bone; on the mid-line bones from the sign of x (x = 0 → left).
 * A region may come from a neighbouring bone where that bone's capsule reaches into it (the top of the
 * upper-arm capsule is the shoulder), never from further away.
 *
 * | bone                | region (first rule that holds wins)                                               |
 * |---------------------|-----------------------------------------------------------------------------------|
 * | head                | ear: facing sideways (|n.x| ≥ 0.7, n.z < 0.35), h 1.525–1.60                        |
 * |                     | lips: facing front (n.z ≥ 0.5), h 1.492–1.530, |x| ≤ 0.03                            |
 * |                     | face: facing front (n.z ≥ 0.35), below the hairline (h ≤ 1.65), not underneath      |
 * |                     | underneath (n.y ≤ −0.7): front of neck (n.z ≥ 0), back of neck behind               |
 * |                     | head (crown, back and sides of the head): the rest                                 |
 * | neck                | front of neck (n.z ≥ 0) / back of neck                                             |
 * | upperChest          | shoulder: top of the capsule (h ≥ 1.36) and |x| ≥ 0.10                              |
 * |                     | breast zone (below)                                                                 |
 * |                     | upper chest: front (n.z ≥ 0); shoulder blade: back, by side                          |
 * | chest               | breast zone (below)                                                                 |
 * |                     | upper chest: front, h ≥ 1.13 (breastbone between the breasts, top of the chest)     |
 * |                     | side of waist: sideways (|n.x| ≥ 0.75), h < 1.13                                    |
 * |                     | abdomen: front, h < 1.13                                                           |
 * |                     | shoulder blade (by side): back, h ≥ 1.16; lower back: back, below                   |
 * | breast zone         | front or side (n.z ≥ −0.25), h 1.13–1.30, |x| ≥ 0.03: breast by side; the nipple:   |
 * | (chest, upperChest) | within 2 cm of (±0.085, 1.22) seen from the front (n.z ≥ 0.3)                        |
 * | spine               | side of waist: sideways (|n.x| ≥ 0.75); abdomen: front; lower back: back            |
 * | hips                | underneath (n.y ≤ −0.7): groin (|x| < 0.06, n.z ≥ 0), inner thigh (n.z ≥ 0, further  |
 * |                     |   out), buttock (n.z < 0), by side                                                   |
 * |                     | sideways (|n.x| ≥ 0.75): side of waist (h ≥ 0.95), thigh (below), by side             |
 * |                     | front: abdomen (h ≥ 0.93); groin (|x| < 0.08); thigh by side (front of the hip)      |
 * |                     | back: lower back (h ≥ 0.97); buttock by side                                         |
 * | upper legs          | knee: h ≤ 0.50; buttock: back (n.z ≤ −0.5), h ≥ 0.76 (the fold under the buttock);   |
 * |                     | inner thigh: inner side (n toward the mid-line ≥ 0.35), h ≥ 0.60; thigh: the rest    |
 * | lower legs          | knee: h ≥ 0.38; lower leg: the rest                                                 |
 * | feet, toes          | foot                                                                                |
 * | shoulders           | shoulder                                                                            |
 * | upper arms          | shoulder: the top cap (h ≥ 1.37, above the capsule's start); upper arm: the rest     |
 * | lower arms, hands   | forearm, hand                                                                       |
 *
 * The capsules carry no breasts, so the nipple sits where it is on an adult figure (4th intercostal space,
 * about 8.5 cm either side of the mid-line, 1.22 m on the reference figure: the front of the chest segment).
 */
export function regionAt(bone: BoneName, local: Vec3 | Vector3, heightScale = 1): BodyRegionId {
  const p = scratch.local;
  if (local instanceof Vector3) p.copy(local);
  else p.set(local[0], local[1], local[2]);
  if (heightScale !== 1) p.divideScalar(heightScale);
  aroundCapsule(CAPSULES[bone], p, scratch.canonical, scratch.outward);
  const rest = REST_JOINTS[bone];
  const at: Around = { x: p.x + rest[0], h: p.y + rest[1], n: scratch.outward, canonical: scratch.canonical };
  return RULES[bone](at);
}

interface Around {
  /** Rest-pose distance to the performer's left of the mid-line, reference figure (negative: right). */
  readonly x: number;
  /** Rest-pose height above the floor, reference figure. */
  readonly h: number;
  /** Unit direction from the capsule's axis to the point, bone frame. */
  readonly n: Vector3;
  /** The point in the capsule's canonical frame (axis along y). */
  readonly canonical: Vector3;
}

const scratch = { local: new Vector3(), canonical: new Vector3(), outward: new Vector3() };

type Pair = readonly [left: BodyRegionId, right: BodyRegionId];
const bySide = (x: number, [left, right]: Pair): BodyRegionId => (x >= 0 ? left : right);

const EAR: Pair = ['leftEar', 'rightEar'];
const SHOULDER: Pair = ['leftShoulder', 'rightShoulder'];
const BREAST: Pair = ['leftBreast', 'rightBreast'];
const NIPPLE: Pair = ['leftNipple', 'rightNipple'];
const BLADE: Pair = ['leftShoulderBlade', 'rightShoulderBlade'];
const WAIST: Pair = ['leftWaist', 'rightWaist'];
const BUTTOCK: Pair = ['leftButtock', 'rightButtock'];
const INNER_THIGH: Pair = ['leftInnerThigh', 'rightInnerThigh'];
const THIGH: Pair = ['leftThigh', 'rightThigh'];
const KNEE: Pair = ['leftKnee', 'rightKnee'];

/** Landmark heights and widths on the 1.70 m reference figure at rest, metres (the table above). */
export const ZONES = {
  earBand: [1.525, 1.6],
  lipsBand: [1.492, 1.53],
  lipsHalfWidth: 0.03,
  hairline: 1.65,
  shoulderTop: 1.36,
  shoulderFromMidline: 0.1,
  breastBand: [1.13, 1.3],
  breastFromMidline: 0.03,
  nipple: { x: 0.085, h: 1.22, radius: 0.02 },
  shoulderBladeBelow: 1.16,
  pelvisTop: 0.93,
  groinHalfWidth: 0.08,
  perineumHalfWidth: 0.06,
  waistOnPelvis: 0.95,
  buttockTop: 0.97,
  glutealFold: 0.76,
  innerThighFrom: 0.6,
  kneeTop: 0.5,
  kneeBottom: 0.38,
} as const;

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
const sideways = (n: Vector3, limit: number) => Math.abs(n.x) >= limit;

function breastZone({ x, h, n }: Around): BodyRegionId | null {
  if (n.z < -0.25 || !within(h, ZONES.breastBand) || Math.abs(x) < ZONES.breastFromMidline) return null;
  const { nipple } = ZONES;
  if (n.z >= 0.3 && Math.hypot(Math.abs(x) - nipple.x, h - nipple.h) <= nipple.radius) return bySide(x, NIPPLE);
  return bySide(x, BREAST);
}

function head(a: Around): BodyRegionId {
  const { x, h, n } = a;
  if (sideways(n, 0.7) && n.z < 0.35 && within(h, ZONES.earBand)) return bySide(x, EAR);
  if (n.z >= 0.5 && within(h, ZONES.lipsBand) && Math.abs(x) <= ZONES.lipsHalfWidth) return 'lips';
  if (n.y <= -0.7) return n.z >= 0 ? 'neck' : 'nape';
  if (n.z >= 0.35 && h <= ZONES.hairline) return 'face';
  return 'head';
}

function upperChest(a: Around): BodyRegionId {
  if (a.h >= ZONES.shoulderTop && Math.abs(a.x) >= ZONES.shoulderFromMidline) return bySide(a.x, SHOULDER);
  return breastZone(a) ?? (a.n.z >= 0 ? 'chest' : bySide(a.x, BLADE));
}

function chest(a: Around): BodyRegionId {
  const breast = breastZone(a);
  if (breast) return breast;
  const low = a.h < ZONES.breastBand[0];
  if (low && sideways(a.n, 0.75)) return bySide(a.x, WAIST);
  if (a.n.z >= 0) return low ? 'abdomen' : 'chest';
  return a.h >= ZONES.shoulderBladeBelow ? bySide(a.x, BLADE) : 'lowerBack';
}

function spine({ x, n }: Around): BodyRegionId {
  if (sideways(n, 0.75)) return bySide(x, WAIST);
  return n.z >= 0 ? 'abdomen' : 'lowerBack';
}

function hips({ x, h, n }: Around): BodyRegionId {
  if (n.y <= -0.7) {
    if (n.z < 0) return bySide(x, BUTTOCK);
    return Math.abs(x) < ZONES.perineumHalfWidth ? 'groin' : bySide(x, INNER_THIGH);
  }
  if (sideways(n, 0.75)) return h >= ZONES.waistOnPelvis ? bySide(x, WAIST) : bySide(x, THIGH);
  if (n.z >= 0) {
    if (h >= ZONES.pelvisTop) return 'abdomen';
    return Math.abs(x) < ZONES.groinHalfWidth ? 'groin' : bySide(x, THIGH);
  }
  return h >= ZONES.buttockTop ? 'lowerBack' : bySide(x, BUTTOCK);
}

/** Side of a limb bone: +1 for the performer's left, −1 for the right. */
const limbSide = (bone: BoneName) => (bone.startsWith('left') ? 1 : -1);

function upperLeg(bone: BoneName) {
  const s = limbSide(bone);
  return ({ h, n }: Around): BodyRegionId => {
    if (h <= ZONES.kneeTop) return bySide(s, KNEE);
    if (n.z <= -0.5 && h >= ZONES.glutealFold) return bySide(s, BUTTOCK);
    // Towards the mid-line: −x on the left leg, +x on the right.
    if (-s * n.x >= 0.35 && h >= ZONES.innerThighFrom) return bySide(s, INNER_THIGH);
    return bySide(s, THIGH);
  };
}

function lowerLeg(bone: BoneName) {
  const s = limbSide(bone);
  return ({ h }: Around): BodyRegionId => (h >= ZONES.kneeBottom ? bySide(s, KNEE) : bySide(s, ['leftLowerLeg', 'rightLowerLeg']));
}

function upperArm(bone: BoneName) {
  const s = limbSide(bone);
  // The capsule runs from the shoulder (canonical −y) to the elbow (+y): the cap above its start is the shoulder.
  const capsuleStart = -CAPSULES[bone].halfLength;
  return ({ canonical }: Around): BodyRegionId => (canonical.y < capsuleStart ? bySide(s, SHOULDER) : bySide(s, ['leftUpperArm', 'rightUpperArm']));
}

const always = (region: BodyRegionId) => () => region;

const RULES: Readonly<Record<BoneName, (a: Around) => BodyRegionId>> = {
  hips,
  spine,
  chest,
  upperChest,
  neck: ({ n }) => (n.z >= 0 ? 'neck' : 'nape'),
  head,
  leftShoulder: always('leftShoulder'),
  rightShoulder: always('rightShoulder'),
  leftUpperArm: upperArm('leftUpperArm'),
  rightUpperArm: upperArm('rightUpperArm'),
  leftLowerArm: always('leftForearm'),
  rightLowerArm: always('rightForearm'),
  leftHand: always('leftHand'),
  rightHand: always('rightHand'),
  leftUpperLeg: upperLeg('leftUpperLeg'),
  rightUpperLeg: upperLeg('rightUpperLeg'),
  leftLowerLeg: lowerLeg('leftLowerLeg'),
  rightLowerLeg: lowerLeg('rightLowerLeg'),
  leftFoot: always('leftFoot'),
  rightFoot: always('rightFoot'),
  leftToes: always('leftFoot'),
  rightToes: always('rightFoot'),
};
