import { z } from 'zod';
import { ContactFields } from '../domain/contact';
import { BarrierId, BeatId, ContactId, GarmentId, PerformerId } from '../domain/ids';
import { BarrierFields, BarrierType, FittingStatus, GarmentType } from '../domain/wardrobe';
import { LIMITS } from '../domain/limits';
import { text } from '../domain/text';

/** A contact needs who initiates and what they touch; everything else starts from the defaults (a light hand rest). */
export const ContactAdd = z.strictObject({
  type: z.literal('contact.add'),
  beatId: BeatId,
  fields: ContactFields.partial().strict().required({ initiator: true, receiver: true }),
});
export const ContactUpdate = z.strictObject({ type: z.literal('contact.update'), id: ContactId, patch: ContactFields.partial().strict() });
export const ContactDelete = z.strictObject({ type: z.literal('contact.delete'), id: ContactId });

/** Dress a performer in a garment for this beat (it carries into the beats made after it). */
export const GarmentAdd = z.strictObject({ type: z.literal('garment.add'), beatId: BeatId, performerId: PerformerId, garmentType: GarmentType });
export const GarmentUpdate = z.strictObject({ type: z.literal('garment.update'), id: GarmentId, patch: z.strictObject({ notes: text('Garment notes', LIMITS.description) }) });
export const GarmentDelete = z.strictObject({ type: z.literal('garment.delete'), id: GarmentId });

/** Record a performer's fitting or approval of a garment type (one record per performer and type). */
export const GarmentFittingSet = z.strictObject({
  type: z.literal('garmentFitting.set'),
  performerId: PerformerId,
  garmentType: GarmentType,
  status: FittingStatus,
  notes: text('Fitting notes', LIMITS.description).optional(),
});

export const BarrierAdd = z.strictObject({
  type: z.literal('barrier.add'),
  beatId: BeatId,
  barrierType: BarrierType,
  fields: BarrierFields.omit({ type: true }).partial().strict().optional(),
});
export const BarrierUpdate = z.strictObject({ type: z.literal('barrier.update'), id: BarrierId, patch: BarrierFields.omit({ type: true }).partial().strict() });
export const BarrierDelete = z.strictObject({ type: z.literal('barrier.delete'), id: BarrierId });
