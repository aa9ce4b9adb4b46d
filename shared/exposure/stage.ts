import { BODY_REGION_IDS, type BodyRegionId } from '../domain/bodyRegions';
import { BONE_NAMES, type BoneName } from '../domain/bones';
import type { SetPiece } from '../domain/blocking';
import type { Barrier } from '../domain/wardrobe';
import type { PlacementLike } from '../blocking/pose';
import { setPieceParts } from '../blocking/setPieceParts';
import { posedBody, type PosedBody } from '../body/pick';
import { regionPoints } from '../body/regionPoints';
import { packOccluders, type Occluders, type StageBox } from './occluders';

/**
 * A stage ready for the exposure check: every body on it posed once, with its regions' sample points in
 * the world, and everything that can stand in a sight line packed for the segment tests. Built once per
 * beat (or per in-between moment of a transition), then looked at through every camera.
 */

/** Per region (BODY_REGION_IDS order): its sample points, bone-local on the reference figure, packed. */
const REGION_COUNT = BODY_REGION_IDS.length;
const BONE_INDEX = Object.fromEntries(BONE_NAMES.map((b, i) => [b, i])) as Record<BoneName, number>;
const REGION_START = new Int32Array(REGION_COUNT + 1);
/** Per region: the index (BONE_NAMES order) of the bone its points ride on. */
export const REGION_BONE = new Int32Array(REGION_COUNT);
let LOCAL_SAMPLES = new Float64Array(0);
function packRegionSamples(): void {
  const all = BODY_REGION_IDS.map((r) => regionPoints(r));
  let n = 0;
  all.forEach((rp, i) => {
    REGION_START[i] = n;
    REGION_BONE[i] = BONE_INDEX[rp.bone];
    n += rp.samples.length;
  });
  REGION_START[REGION_COUNT] = n;
  LOCAL_SAMPLES = new Float64Array(n * 3);
  all.forEach((rp, i) => rp.samples.forEach((s, j) => LOCAL_SAMPLES.set(s, (REGION_START[i]! + j) * 3)));
}

/** Where each region's sample points start in `StagePerformer.samples` (in points; the last entry is the total). */
export function regionSampleStarts(): Int32Array {
  if (LOCAL_SAMPLES.length === 0) packRegionSamples();
  return REGION_START;
}

export interface StagePerformer {
  readonly performerId: string;
  /** World x, y, z of every sample point, region after region (see regionSampleStarts). */
  readonly samples: Float64Array;
  /** Per region (BODY_REGION_IDS order): 1 when nothing worn covers it. */
  readonly uncovered: Uint8Array;
  /** Metres of slack for the performer's own surface (scaled with height). */
  readonly slack: number;
}

export interface ExposureStage {
  readonly performers: readonly StagePerformer[];
  readonly occluders: Occluders;
}

/** One performer on stage: where and how they stand, how tall they are, and what nothing covers. */
export interface StageBodyInput {
  readonly performerId: string;
  readonly heightCm: number;
  readonly placement: PlacementLike;
  readonly uncovered: Iterable<BodyRegionId>;
}

/** Sample points sit on the capsule, rounded to 0.1 mm: a sight line grazing the surface may enter a few mm early. */
const SURFACE_SLACK = 0.005;

function samplesOf(body: PosedBody): Float64Array {
  const starts = regionSampleStarts();
  const out = new Float64Array(starts[REGION_COUNT]! * 3);
  const s = body.scale;
  for (let r = 0; r < REGION_COUNT; r++) {
    const e = body.boneWorld[REGION_BONE[r]!]!.elements; // column-major
    for (let p = starts[r]!; p < starts[r + 1]!; p++) {
      const x = LOCAL_SAMPLES[p * 3]! * s;
      const y = LOCAL_SAMPLES[p * 3 + 1]! * s;
      const z = LOCAL_SAMPLES[p * 3 + 2]! * s;
      out[p * 3] = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
      out[p * 3 + 1] = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
      out[p * 3 + 2] = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
    }
  }
  return out;
}

const RAD = Math.PI / 180;

/** The boxes of a set piece in the world (its parts, as the renderer draws them). */
export function setPieceBoxes(piece: Pick<SetPiece, 'type' | 'size' | 'position' | 'rotationY'>): StageBox[] {
  const a = piece.rotationY * RAD;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return setPieceParts(piece.type, piece.size).map((part) => {
    const [x, y, z] = part.c;
    return {
      centre: [piece.position[0] + c * x + s * z, piece.position[1] + y, piece.position[2] - s * x + c * z],
      half: [part.s[0] / 2, part.s[1] / 2, part.s[2] / 2],
      rotationY: a,
    };
  });
}

/**
 * A barrier as a box of its real size round its centre. A bolster (a cylinder along its width) counts as
 * the box around it: at most a few centimetres of its corners hide more than the round pad does.
 */
export function barrierBox(barrier: Pick<Barrier, 'type' | 'size' | 'position' | 'rotationY'>): StageBox {
  const [w, h, d] = barrier.size;
  const round = barrier.type === 'bolster' ? Math.min(h, d) : null;
  return { centre: barrier.position, half: [w / 2, (round ?? h) / 2, (round ?? d) / 2], rotationY: barrier.rotationY * RAD };
}

export function buildStage(bodies: readonly StageBodyInput[], setPieces: readonly Pick<SetPiece, 'type' | 'size' | 'position' | 'rotationY'>[], barriers: readonly Pick<Barrier, 'type' | 'size' | 'position' | 'rotationY'>[]): ExposureStage {
  const posed = bodies.map((b) => posedBody(b.placement, b.heightCm));
  const performers = bodies.map((b, i): StagePerformer => {
    const open = new Set(b.uncovered);
    return {
      performerId: b.performerId,
      samples: samplesOf(posed[i]!),
      uncovered: Uint8Array.from(BODY_REGION_IDS, (r) => (open.has(r) ? 1 : 0)),
      slack: SURFACE_SLACK * posed[i]!.scale,
    };
  });
  const boxes = [...setPieces.flatMap(setPieceBoxes), ...barriers.map(barrierBox)];
  return { performers, occluders: packOccluders(posed, boxes) };
}
