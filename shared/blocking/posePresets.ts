import type { BoneName } from '../domain/bones';
import { POSE_SCHEMA_VERSION, type Pose, type PoseSupport, type Vec3 } from '../domain/blocking';
import { eulerDegToQuaternion, normaliseQuat, type EulerDeg } from './pose';
import { mirrorBoneName } from './skeleton';

/**
 * Built-in pose presets.
 *
 * Root convention: the placement's root is the point on the supporting plane directly under the
 * pelvis (hips x = z = 0). `support` says which plane that is:
 * - 'floor': the feet are on the floor the root is on: standing, leaning, seated astride (a lap is not a
 *   set piece) — placement.position.y = 0.
 * - 'seat': seated with the feet down (chair, bed edge, sofa). Drawn with the root on the floor for a seat
 *   about 45 cm high; on a real seat the body is raised or lowered onto it and the legs re-solved so the
 *   feet stay on the floor (seat.ts) — placement.position.y = that lift.
 * - 'surface': the body rests on the surface the root is on (floor, mat or bed top): lying, kneeling,
 *   seated on the floor — placement.position.y = that surface's height (e.g. 0.55 m on a bed).
 * Lying poses lie along the root's z axis, turned to horizontal by the hips rotation: on the back and on
 * the side the head points to −z, face down the head points to +z.
 */
export interface PosePresetSpec {
  /** Stable id; never change once shipped (saved data may refer to it). */
  readonly id: string;
  readonly name: string;
  /** Clinical description of the position. */
  readonly description: string;
  readonly keywords: readonly string[];
  readonly support: PoseSupport;
  readonly pose: Pose;
}

type Joints = Partial<Record<BoneName, EulerDeg>>;

/** Left-side (and centre) joints written once, the right side mirrored: (x, y, z) → (x, −y, −z). */
function both(left: Joints): Joints {
  const out: Joints = { ...left };
  for (const [name, [x, y, z]] of Object.entries(left) as [BoneName, EulerDeg][]) {
    if (name.startsWith('left')) out[mirrorBoneName(name)] = [x, -y, -z];
  }
  return out;
}

function pose(hips: Vec3, joints: Joints): Pose {
  const bones: Pose['bones'] = {};
  for (const [name, euler] of Object.entries(joints) as [BoneName, EulerDeg][]) bones[name] = normaliseQuat(eulerDegToQuaternion(euler));
  return { v: POSE_SCHEMA_VERSION, hips, bones };
}

function preset(spec: Omit<PosePresetSpec, 'pose'> & { hips: Vec3; joints: Joints }): PosePresetSpec {
  const { hips, joints, ...rest } = spec;
  return { ...rest, pose: { ...pose(hips, joints), support: spec.support } };
}

/**
 * Lying on the left side: the shoulders are wider than the pelvis, so the chest bends up off the
 * floor a little and the neck bends back down towards it; the lower shoulder rolls forward.
 */
const SIDE_LYING_TORSO: Joints = {
  hips: [0, 90, -90],
  spine: [0, 0, 8],
  chest: [0, 0, 8],
  upperChest: [0, 0, 5],
  neck: [0, 0, -20],
  leftShoulder: [-10, 0, 10],
};

// Joint angles are Euler XYZ degrees from the rest pose; see jointLimits.ts for the sign of each axis.
// Hips rotations: X −90 lies on the back, X +90 face down, (0, 90, −90) on the left side facing +x.
export const POSE_PRESETS: readonly PosePresetSpec[] = [
  preset({
    id: 'builtin:standing',
    name: 'Standing',
    description: 'Standing upright, weight on both feet, arms relaxed at the sides.',
    keywords: ['upright', 'neutral', 'rest', 'start'],
    support: 'floor',
    hips: [0, 0.9, 0],
    joints: {},
  }),
  preset({
    id: 'builtin:standing-embrace',
    name: 'Standing embrace',
    description: "Standing face to face, both arms around the partner's upper back at chest height.",
    keywords: ['hug', 'hold', 'embrace', 'arms around', 'standing', 'face to face'],
    support: 'floor',
    hips: [0, 0.9, 0],
    joints: {
      head: [5, 0, 0],
      ...both({ leftShoulder: [-10, 0, 5], leftUpperArm: [-20, -60, 10], leftLowerArm: [-80, 0, 0], leftHand: [0, 0, 10] }),
    },
  }),
  preset({
    id: 'builtin:seated-chair',
    name: 'Seated on a chair',
    description: 'Seated upright on a chair, thighs level, feet flat on the floor, hands resting on the thighs.',
    keywords: ['sitting', 'chair', 'seat', 'upright'],
    support: 'seat',
    hips: [0, 0.5, 0],
    joints: both({ leftUpperLeg: [-90, 0, 3], leftLowerLeg: [90, 0, 0], leftUpperArm: [-25, 0, 8], leftLowerArm: [-65, 0, 0] }),
  }),
  preset({
    id: 'builtin:seated-bed-edge',
    name: 'Seated on the edge of a bed',
    description: 'Seated on the edge of a mattress, feet flat on the floor, hands on the bed beside the hips.',
    keywords: ['sitting', 'bed', 'edge', 'mattress'],
    support: 'seat',
    hips: [0, 0.5, 0],
    joints: both({ leftUpperLeg: [-90, 0, 6], leftLowerLeg: [90, 0, 0], leftUpperArm: [12, 0, 18], leftLowerArm: [-10, 0, 0], leftHand: [0, 0, 60] }),
  }),
  preset({
    id: 'builtin:lying-back',
    name: 'Lying on the back',
    description: 'Lying face up (supine), legs extended, arms along the sides.',
    keywords: ['supine', 'face up', 'lying', 'back', 'bed', 'floor'],
    support: 'surface',
    hips: [0, 0.11, 0],
    joints: { hips: [-90, 0, 0], ...both({ leftFoot: [35, 0, 0], leftUpperArm: [0, 0, 8] }) },
  }),
  preset({
    id: 'builtin:lying-side',
    name: 'Lying on the side',
    description: 'Lying on the left side facing +x, knees slightly bent, lower arm forward under the head.',
    keywords: ['side', 'lateral', 'lying', 'recovery', 'bed'],
    support: 'surface',
    hips: [0, 0.15, 0],
    joints: {
      ...SIDE_LYING_TORSO,
      leftUpperLeg: [-35, 0, 0],
      leftLowerLeg: [45, 0, 0],
      rightUpperLeg: [-45, 0, 8],
      rightLowerLeg: [55, 0, 0],
      leftUpperArm: [-100, 0, 0],
      leftLowerArm: [-90, 0, 0],
      rightUpperArm: [-30, 0, 5],
      rightLowerArm: [-30, 0, 0],
    },
  }),
  preset({
    id: 'builtin:lying-front',
    name: 'Lying on the front',
    description: 'Lying face down (prone), head turned to the right, arms along the sides.',
    keywords: ['prone', 'face down', 'front', 'stomach', 'lying'],
    support: 'surface',
    hips: [0, 0.11, 0],
    joints: { hips: [90, 0, 0], neck: [0, -40, 0], head: [0, -35, 0], ...both({ leftFoot: [50, 0, 0], leftUpperArm: [0, 0, 8] }) },
  }),
  preset({
    id: 'builtin:propped-elbows',
    name: 'Propped on the elbows',
    description: 'Lying face down with the chest raised, weight on the forearms, elbows under the shoulders.',
    keywords: ['prone', 'elbows', 'forearms', 'propped', 'face down', 'reading'],
    support: 'surface',
    hips: [0, 0.11, 0],
    joints: {
      hips: [90, 0, 0],
      spine: [-19, 0, 0],
      chest: [-19, 0, 0],
      upperChest: [-10, 0, 0],
      neck: [-25, 0, 0],
      head: [-15, 0, 0],
      ...both({ leftUpperArm: [-42, 0, 5], leftLowerArm: [-90, 0, 0], leftFoot: [50, 0, 0] }),
    },
  }),
  preset({
    id: 'builtin:kneeling',
    name: 'Kneeling, sitting back on the heels',
    description: 'Kneeling on both knees, seated back on the heels, torso upright, hands on the thighs.',
    keywords: ['kneel', 'heels', 'seiza', 'knees'],
    support: 'surface',
    hips: [0, 0.32, 0],
    joints: both({ leftUpperLeg: [-60, 0, 5], leftLowerLeg: [150, 0, 0], leftFoot: [50, 0, 0], leftUpperArm: [-20, 0, 8], leftLowerArm: [-50, 0, 0] }),
  }),
  preset({
    id: 'builtin:kneeling-upright',
    name: 'Kneeling upright',
    description: 'Kneeling on both knees with the thighs and torso vertical, arms at the sides.',
    keywords: ['kneel', 'knees', 'upright', 'tall kneeling'],
    support: 'surface',
    hips: [0, 0.51, 0],
    joints: both({ leftUpperLeg: [0, 0, 3], leftLowerLeg: [95, 0, 0], leftFoot: [45, 0, 0] }),
  }),
  preset({
    id: 'builtin:straddling-seated',
    name: 'Seated astride',
    description: "Seated astride a bench or a partner's lap, thighs apart, feet on the floor either side.",
    keywords: ['straddle', 'astride', 'lap', 'seated', 'sitting', 'facing'],
    support: 'floor',
    hips: [0, 0.55, 0],
    joints: both({ leftUpperLeg: [-60, -20, 40], leftLowerLeg: [75, 0, 0], leftFoot: [10, 0, -10], leftUpperArm: [-45, 0, 15], leftLowerArm: [-60, 0, 0] }),
  }),
  preset({
    id: 'builtin:seated-floor',
    name: 'Seated on the floor',
    description: 'Seated on the floor with the legs forward and knees slightly bent, hands resting on the thighs.',
    keywords: ['sitting', 'floor', 'ground', 'legs forward'],
    support: 'surface',
    hips: [0, 0.13, 0],
    joints: { spine: [-8, 0, 0], head: [8, 0, 0], ...both({ leftUpperLeg: [-100, 0, 5], leftLowerLeg: [20, 0, 0], leftUpperArm: [-35, 0, 8], leftLowerArm: [-40, 0, 0] }) },
  }),
  preset({
    id: 'builtin:leaning-wall',
    name: 'Leaning on a wall',
    description: 'Standing with the back leaning on a wall behind (about 0.2 m behind the root), feet a little forward.',
    keywords: ['wall', 'lean', 'standing', 'against'],
    support: 'floor',
    hips: [0, 0.89, 0],
    joints: { hips: [-8, 0, 0], neck: [6, 0, 0], ...both({ leftFoot: [8, 0, 0], leftUpperArm: [10, 0, 5] }) },
  }),
  preset({
    id: 'builtin:reclined-sofa',
    name: 'Reclined on a sofa',
    description: 'Seated on a sofa leaning back into the backrest, feet on the floor, hands resting in the lap.',
    keywords: ['sofa', 'couch', 'reclined', 'lean back', 'seated', 'sitting'],
    support: 'seat',
    hips: [0, 0.5, 0],
    joints: {
      hips: [-25, 0, 0],
      neck: [15, 0, 0],
      head: [10, 0, 0],
      ...both({ leftUpperLeg: [-63, 0, 5], leftLowerLeg: [73, 0, 0], leftFoot: [15, 0, 0], leftUpperArm: [-20, 0, 5], leftLowerArm: [-45, 0, 0] }),
    },
  }),
  preset({
    id: 'builtin:spooning',
    name: 'Spooning (behind partner)',
    description: 'Lying on the left side behind a partner who faces the same way, knees bent, upper arm forward over the partner.',
    keywords: ['spoon', 'side', 'lying', 'behind', 'cuddle', 'bed'],
    support: 'surface',
    hips: [0, 0.15, 0],
    joints: {
      ...SIDE_LYING_TORSO,
      leftUpperLeg: [-50, 0, 0],
      leftLowerLeg: [70, 0, 0],
      rightUpperLeg: [-50, 0, 8],
      rightLowerLeg: [70, 0, 0],
      leftUpperArm: [-100, 0, 0],
      leftLowerArm: [-90, 0, 0],
      rightUpperArm: [-80, 0, 15],
      rightLowerArm: [-20, 0, 0],
    },
  }),
  preset({
    id: 'builtin:head-on-chest',
    name: "Lying with head on partner's chest",
    description: "Lying on the left side facing a partner who lies on their back, head resting on the partner's chest, upper arm across the partner's torso.",
    keywords: ['head', 'chest', 'rest', 'lying', 'side', 'cuddle', 'bed'],
    support: 'surface',
    hips: [0, 0.15, 0],
    joints: {
      hips: [0, 90, -90],
      spine: [0, 0, 10],
      chest: [0, 0, 10],
      neck: [0, 0, 15],
      leftUpperLeg: [-30, 0, 0],
      leftLowerLeg: [40, 0, 0],
      rightUpperLeg: [-55, 0, 10],
      rightLowerLeg: [70, 0, 0],
      leftUpperArm: [-70, 0, 0],
      leftLowerArm: [-60, 0, 0],
      rightUpperArm: [-90, 0, 10],
      rightLowerArm: [-30, 0, 0],
    },
  }),
];

const BY_ID = new Map(POSE_PRESETS.map((p) => [p.id, p]));

export function posePresetById(id: string): PosePresetSpec | undefined {
  return BY_ID.get(id);
}

/**
 * Presets whose name or keywords contain every word of the query (case-insensitive),
 * name matches first. An empty query lists them all.
 */
export function searchPresets(query: string): PosePresetSpec[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...POSE_PRESETS];
  const hits = POSE_PRESETS.filter((p) => {
    const haystack = [p.name, ...p.keywords].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const inName = (p: PosePresetSpec) => words.every((w) => p.name.toLowerCase().includes(w));
  return [...hits.filter(inName), ...hits.filter((p) => !inName(p))];
}
