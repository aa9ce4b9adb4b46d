import { z } from 'zod';
import { CrewId, PerformerId } from '../domain/ids';
import { CrewFields, PerformerFields } from '../domain/people';
import { ProductionFields } from '../domain/production';

export const ProductionUpdate = z.strictObject({ type: z.literal('production.update'), patch: ProductionFields.partial().strict() });

export const PerformerCreate = z.strictObject({ type: z.literal('performer.create'), fields: PerformerFields.partial().strict().optional() });
export const PerformerUpdate = z.strictObject({ type: z.literal('performer.update'), id: PerformerId, patch: PerformerFields.partial().strict() });
export const PerformerDelete = z.strictObject({ type: z.literal('performer.delete'), id: PerformerId });

export const CrewCreate = z.strictObject({ type: z.literal('crew.create'), fields: CrewFields.partial().strict().optional() });
export const CrewUpdate = z.strictObject({ type: z.literal('crew.update'), id: CrewId, patch: CrewFields.partial().strict() });
export const CrewDelete = z.strictObject({ type: z.literal('crew.delete'), id: CrewId });
