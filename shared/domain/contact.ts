import { z } from 'zod';
import { Vec3 } from './blocking';
import { BodyRegionId } from './bodyRegions';
import { BeatId, ContactId, PerformerId, SetPieceId } from './ids';
import { LIMITS } from './limits';
import { text, Timestamp } from './text';

/** Contact types, in the trade's clinical words (docs/domain.md). */
export const CONTACT_TYPES = [
  'handRest',
  'handHold',
  'handStroke',
  'handGrip',
  'embrace',
  'kiss',
  'weightBearing',
  'bodyPress',
  'lean',
  'simulatedThrusting',
] as const;
export const ContactType = z.enum(CONTACT_TYPES);
export type ContactType = z.infer<typeof ContactType>;

export const PRESSURES = ['light', 'medium', 'firm'] as const;
export const Pressure = z.enum(PRESSURES);
export type Pressure = z.infer<typeof Pressure>;

/** Where agreed, the touch is replaced by an alternative (docs/domain.md, "alternatives to touch"). */
export const TOUCH_ALTERNATIVES = ['none', 'hover', 'followHands', 'handOnHand', 'lookOnly'] as const;
export const TouchAlternative = z.enum(TOUCH_ALTERNATIVES);
export type TouchAlternative = z.infer<typeof TouchAlternative>;

/** A kiss is specified, never left to the moment: mouth closed or open, no tongue, head tilt, how long. */
export const KissSpec = z.strictObject({
  mouth: z.enum(['closed', 'open']),
  /** Always true in the app's presets; recorded explicitly so the sheet can say it. */
  noTongue: z.boolean(),
  headTilt: z.enum(['left', 'right', 'none']),
});
export type KissSpec = z.infer<typeof KissSpec>;

/**
 * A point on a performer's body: the region, and where in it in the frame of the region's bone
 * (BODY_REGIONS[region].bone), in metres of the 1.70 m reference figure — scaled by the performer's
 * height when placed, so a height edit keeps the marker on the body.
 */
export const BodyPoint = z.strictObject({ performerId: PerformerId, region: BodyRegionId, offset: Vec3 });
export type BodyPoint = z.infer<typeof BodyPoint>;

/** What the initiator touches: a partner's body, a set piece, or their own body. */
export const ContactTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('performer'), performerId: PerformerId, region: BodyRegionId, offset: Vec3 }),
  z.strictObject({ kind: z.literal('setPiece'), setPieceId: SetPieceId, offset: Vec3 }),
  z.strictObject({ kind: z.literal('self'), region: BodyRegionId, offset: Vec3 }),
]);
export type ContactTarget = z.infer<typeof ContactTarget>;

const count = z
  .number({ error: 'Counts must be numbers' })
  .int({ error: 'Counts must be whole numbers' })
  .min(1, { error: 'Counts start at 1' })
  .max(999, { error: 'Counts must be at most 999' });

export const ContactFields = z.object({
    /** Who initiates, and with which part of the body. */
    initiator: BodyPoint,
    /** What they touch: a partner's body, a set piece or their own body. */
    receiver: ContactTarget,
    type: ContactType,
    kiss: KissSpec.nullable(),
    pressure: Pressure,
    /** From count to count within the beat (both inclusive), or null for the whole beat. */
    fromCount: count.nullable(),
    toCount: count.nullable(),
    alternative: TouchAlternative,
  notes: text('Contact notes', LIMITS.description),
});
export type ContactFields = z.infer<typeof ContactFields>;

/** One contact point in one beat: who touches whom (or what), where, how, when in the counts. The initiator gives; the receiver receives. */
export const Contact = ContactFields.extend({
  kind: z.literal('contact'),
  id: ContactId,
  beatId: BeatId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Contact = z.infer<typeof Contact>;
