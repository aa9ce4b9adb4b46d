import { z } from 'zod';
import { BODY_REGION_IDS, BodyRegionId } from './bodyRegions';
import { BoneName, EffectorBone } from './bones';
import { BeatId, CameraId, CameraPlacementId, PerformerId, PlacementId, PosePresetId, SceneId, SetPieceId } from './ids';
import { HexColor } from './people';
import { LIMITS } from './limits';
import { line, requiredLine, Timestamp } from './text';

/** World coordinates are metres, y up; the stage is bounded to keep bad input out of the file. */
const coord = z
  .number({ error: 'Coordinates must be numbers' })
  .refine(Number.isFinite, { error: 'Coordinates must be finite' })
  .refine((v) => Math.abs(v) <= 500, { error: 'Coordinates must lie within 500 m of the stage centre' });
export const Vec3 = z.tuple([coord, coord, coord]);
export type Vec3 = z.infer<typeof Vec3>;
/** A position on or above the floor: nothing is placed below the stage (y < 0). */
export const FloorVec3 = Vec3.refine(([, y]) => y >= 0, { error: 'Elevation cannot be below the floor (0 or more)' });

const quatPart = z.number().min(-1.000001).max(1.000001);
/** A rotation as a unit quaternion [x, y, z, w]. */
export const Quat = z
  .tuple([quatPart, quatPart, quatPart, quatPart])
  .refine(([x, y, z, w]) => Math.abs(Math.hypot(x, y, z, w) - 1) < 1e-3, { error: 'Rotations must be unit quaternions' });
export type Quat = z.infer<typeof Quat>;

export const Degrees = z.number().refine(Number.isFinite, { error: 'Angles must be finite' });

/**
 * What a pose rests on (see shared/blocking/posePresets.ts): 'floor' — the feet, on the floor (standing);
 * 'seat' — the pelvis, on the seat under it, feet down (chair, bed edge, sofa); 'surface' — the body
 * itself, on the floor, a mat or a bed (lying, kneeling).
 */
export const POSE_SUPPORTS = ['floor', 'seat', 'surface'] as const;
export const PoseSupport = z.enum(POSE_SUPPORTS);
export type PoseSupport = z.infer<typeof PoseSupport>;

/**
 * A pose is data: the hips position relative to the mannequin's root (metres, for a 1.70 m
 * reference figure; scaled by the performer's height when applied) and a local rotation per bone.
 * Bones left out keep their rest orientation. Portable between performers and presets.
 * `support` travels with the pose (from its preset, through edits and copies) so snapping keeps
 * treating a seated body as seated after its legs were re-solved; absent in older data (then guessed).
 */
export const POSE_SCHEMA_VERSION = 1;
export const Pose = z.object({
  v: z.literal(POSE_SCHEMA_VERSION),
  hips: Vec3,
  bones: z.partialRecord(BoneName, Quat),
  // A value this version does not know (from a newer app) is dropped and guessed again, not refused.
  support: PoseSupport.optional().catch(undefined),
});
export type Pose = z.infer<typeof Pose>;

export const SET_PIECE_TYPES = [
  'singleBed',
  'doubleBed',
  'kingBed',
  'sofa',
  'armchair',
  'chair',
  'table',
  'wall',
  'door',
  'showerStall',
  'carFrontSeats',
  'floorMat',
  'box',
] as const;
export const SetPieceType = z.enum(SET_PIECE_TYPES);
export type SetPieceType = z.infer<typeof SetPieceType>;

const size = z.number().min(0.01, { error: 'Sizes must be at least 1 cm' }).max(50, { error: 'Sizes must be at most 50 m' });
/** Width (x), height (y) and depth (z) in metres. */
export const Size3 = z.tuple([size, size, size]);

export const SetPieceFields = z.object({
  type: SetPieceType,
  label: line('Set piece label', LIMITS.short),
  position: FloorVec3,
  rotationY: Degrees,
  size: Size3,
  color: HexColor,
});
export type SetPieceFields = z.infer<typeof SetPieceFields>;
export const SetPiece = SetPieceFields.extend({
  kind: z.literal('setPiece'),
  id: SetPieceId,
  sceneId: SceneId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type SetPiece = z.infer<typeof SetPiece>;

/** A pinned hand or foot keeps its world position while the rest of the body moves. */
export const Pin = z.object({ bone: EffectorBone, target: Vec3 });
export type Pin = z.infer<typeof Pin>;

export const PlacementFields = z.object({
  /** The mannequin's root on the floor (or on a surface), metres. */
  position: FloorVec3,
  /** Facing, degrees about the vertical axis; 0 faces +z (towards the default camera). */
  rotationY: Degrees,
  pose: Pose,
  /** Hidden: the performer is off stage in this beat. */
  hidden: z.boolean(),
  pins: z.array(Pin).max(4),
  /** Body regions the costume leaves bare in this beat (modesty garments may still cover them). */
  costumeOff: z
    .array(BodyRegionId)
    .max(BODY_REGION_IDS.length)
    .refine((a) => new Set(a).size === a.length, { error: 'A body region is listed twice' }),
});
export type PlacementFields = z.infer<typeof PlacementFields>;
/** One performer's blocking in one beat. */
export const Placement = PlacementFields.extend({
  kind: z.literal('placement'),
  id: PlacementId,
  beatId: BeatId,
  performerId: PerformerId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Placement = z.infer<typeof Placement>;

export const ASPECT_RATIOS = ['2.39:1', '2:1', '1.85:1', '16:9', '4:3'] as const;
export const AspectRatio = z.enum(ASPECT_RATIOS);
export type AspectRatio = z.infer<typeof AspectRatio>;

export const SENSOR_PRESETS = ['super35', 'fullFrame', 'alexaMiniLF', 'venice2', 'microFourThirds', 'custom'] as const;
export const SensorPreset = z.enum(SENSOR_PRESETS);
export type SensorPreset = z.infer<typeof SensorPreset>;

const sensorMm = z.number().min(1, { error: 'Sensor sizes must be at least 1 mm' }).max(100, { error: 'Sensor sizes must be at most 100 mm' });
export const Sensor = z.object({ preset: SensorPreset, widthMm: sensorMm, heightMm: sensorMm });
export type Sensor = z.infer<typeof Sensor>;

export const SHOT_SIZES = ['wide', 'full', 'medium', 'mediumCloseUp', 'closeUp'] as const;
export const ShotSize = z.enum(SHOT_SIZES);
export type ShotSize = z.infer<typeof ShotSize>;

const focalLength = z
  .number({ error: 'Focal length must be a number of millimetres' })
  .min(4, { error: 'Focal length must be at least 4 mm' })
  .max(1200, { error: 'Focal length must be at most 1200 mm' });

/** A camera position must be on or above the floor (y ≥ 0): a camera cannot stand below the stage. */
const CameraPosition = Vec3.refine(([, y]) => y >= 0, { error: 'Camera height cannot be below the floor (0 or more)' });

/** What a camera is, the same in every beat of its scene ("A cam": its name, sensor and aspect ratio). */
export const CameraBodyFields = z.object({
  name: requiredLine('Camera name', 40),
  sensor: Sensor,
  aspect: AspectRatio,
});
export type CameraBodyFields = z.infer<typeof CameraBodyFields>;

/** Where a camera is and how it shoots in one beat. `hidden`: the camera is not used in that beat. */
export const CameraShotFields = z.object({
  focalLengthMm: focalLength,
  position: CameraPosition,
  /** The point the camera aims at. */
  target: Vec3,
  rollDeg: Degrees,
  shotSize: ShotSize.nullable(),
  hidden: z.boolean(),
});
export type CameraShotFields = z.infer<typeof CameraShotFields>;

/** Every editable field of a camera as seen in one beat. */
export const CameraFields = CameraBodyFields.extend(CameraShotFields.shape);
export type CameraFields = z.infer<typeof CameraFields>;
export const CAMERA_BODY_FIELDS = Object.keys(CameraBodyFields.shape) as readonly (keyof CameraBodyFields)[];

/** A camera of a scene ("A cam"): one identity across all the scene's beats. */
export const Camera = CameraBodyFields.extend({
  kind: z.literal('camera'),
  id: CameraId,
  sceneId: SceneId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Camera = z.infer<typeof Camera>;

/** A camera's position and lens in one beat. Every live camera of a scene has one in every beat. */
export const CameraPlacement = CameraShotFields.extend({
  kind: z.literal('cameraPlacement'),
  id: CameraPlacementId,
  beatId: BeatId,
  cameraId: CameraId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type CameraPlacement = z.infer<typeof CameraPlacement>;

/**
 * A camera setup as the stage, the floor plan and the sheet use it: the scene's camera with its
 * placement in one beat (built by shared/records/query.ts, never stored). `id` is the camera's id.
 */
export interface CameraSetup extends CameraFields {
  readonly id: CameraId;
  readonly sceneId: SceneId;
  readonly beatId: BeatId;
  readonly placementId: CameraPlacementId;
}

/** A pose the coordinator saved into this production. */
export const PosePreset = z.object({
  kind: z.literal('posePreset'),
  id: PosePresetId,
  name: requiredLine('Preset name', LIMITS.short),
  pose: Pose,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type PosePreset = z.infer<typeof PosePreset>;
