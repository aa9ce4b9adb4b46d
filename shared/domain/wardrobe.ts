import { z } from 'zod';
import { FloorVec3, Degrees } from './blocking';
import { BodyRegionId } from './bodyRegions';
import { BarrierId, BeatId, GarmentFittingId, GarmentId, PerformerId, SetPieceId } from './ids';
import { LIMITS } from './limits';
import { text, Timestamp } from './text';

/** Modesty garments (docs/domain.md); what each covers is in shared/body/garmentCatalogue.ts. */
export const GARMENT_TYPES = [
  'straplessThong',
  'modestyPouchDrawstring',
  'modestyPouchAdhesive',
  'barrierLinedBriefs',
  'fleshToneUnderwear',
  'nippleCovers',
  'merkin',
  'gaff',
  'bodyTape',
  'robe',
] as const;
export const GarmentType = z.enum(GARMENT_TYPES);
export type GarmentType = z.infer<typeof GarmentType>;
/** Clinical names, lower case, as in a sentence ("wears nipple covers"). */
export const GARMENT_LABELS: Record<GarmentType, string> = {
  straplessThong: 'a strapless thong (shibue)',
  modestyPouchDrawstring: 'a modesty pouch (drawstring)',
  modestyPouchAdhesive: 'a modesty pouch (adhesive)',
  barrierLinedBriefs: 'barrier-lined briefs',
  fleshToneUnderwear: 'flesh-tone underwear',
  nippleCovers: 'nipple covers',
  merkin: 'a merkin',
  gaff: 'a gaff',
  bodyTape: 'body tape',
  robe: 'a robe',
};

/** A garment a performer wears in one beat. A new beat starts with what was worn in the one before. */
export const Garment = z.object({
  kind: z.literal('garment'),
  id: GarmentId,
  beatId: BeatId,
  performerId: PerformerId,
  type: GarmentType,
  notes: text('Garment notes', LIMITS.description),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Garment = z.infer<typeof Garment>;

export const FITTING_STATUSES = ['notFitted', 'fitted', 'approved', 'declined'] as const;
export const FittingStatus = z.enum(FITTING_STATUSES);
export type FittingStatus = z.infer<typeof FittingStatus>;
export const FITTING_STATUS_LABELS: Record<FittingStatus, string> = {
  notFitted: 'Not fitted yet',
  fitted: 'Fitted',
  approved: 'Approved by the performer',
  declined: 'Declined by the performer',
};

/** Whether a garment type was fitted on, and approved by, a performer (one record per performer and type). */
export const GarmentFitting = z.object({
  kind: z.literal('garmentFitting'),
  id: GarmentFittingId,
  performerId: PerformerId,
  type: GarmentType,
  status: FittingStatus,
  notes: text('Fitting notes', LIMITS.description),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type GarmentFitting = z.infer<typeof GarmentFitting>;

/** Physical barriers placed between bodies (docs/domain.md). */
export const BARRIER_TYPES = ['foamPad', 'neoprenePad', 'cushion', 'yogaMat', 'bolster'] as const;
export const BarrierType = z.enum(BARRIER_TYPES);
export type BarrierType = z.infer<typeof BarrierType>;
/** Clinical names and real sizes (width, thickness, depth in metres) of each barrier. */
export const BARRIER_CATALOGUE: Record<BarrierType, { readonly label: string; readonly size: readonly [number, number, number]; readonly color: string }> = {
  foamPad: { label: 'foam pad', size: [0.4, 0.05, 0.3], color: '#7fb3a8' },
  neoprenePad: { label: 'neoprene pad', size: [0.35, 0.01, 0.3], color: '#4d5b6a' },
  cushion: { label: 'cushion', size: [0.45, 0.15, 0.45], color: '#b39b7f' },
  yogaMat: { label: 'yoga mat', size: [0.61, 0.006, 1.83], color: '#6f8fb8' },
  bolster: { label: 'bolster', size: [0.6, 0.2, 0.2], color: '#a88fb3' },
};

/** What a barrier rests against: a performer's body region or a set piece (or nothing: free-standing). */
export const BarrierAttachment = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('region'), performerId: PerformerId, region: BodyRegionId }),
    z.strictObject({ kind: z.literal('setPiece'), setPieceId: SetPieceId }),
  ])
  .nullable();
export type BarrierAttachment = z.infer<typeof BarrierAttachment>;

// Barriers can be thin (a 6 mm yoga mat), so their sizes go down to 1 mm.
const barrierSize = z.number().min(0.001, { error: 'Barrier sizes must be at least 1 mm' }).max(5, { error: 'Barrier sizes must be at most 5 m' });

export const BarrierFields = z.object({
  type: BarrierType,
  /** Centre of the barrier on the stage, metres. */
  position: FloorVec3,
  rotationY: Degrees,
  /** Width, thickness (height) and depth, metres. */
  size: z.tuple([barrierSize, barrierSize, barrierSize]),
  attachedTo: BarrierAttachment,
  notes: text('Barrier notes', LIMITS.description),
});
export type BarrierFields = z.infer<typeof BarrierFields>;

/** A barrier in one beat, real size. A new beat starts with the barriers of the one before. */
export const Barrier = BarrierFields.extend({
  kind: z.literal('barrier'),
  id: BarrierId,
  beatId: BeatId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Barrier = z.infer<typeof Barrier>;
