import { z } from 'zod';
import { CrewId, PerformerId } from '../domain/ids';
import { CrewFields, PerformerFields } from '../domain/people';
import { ProductionFields } from '../domain/production';

export const ProductionUpdate = z.object({ type: z.literal('production.update'), patch: ProductionFields.partial() });

export const PerformerCreate = z.object({ type: z.literal('performer.create'), fields: PerformerFields.partial().optional() });
export const PerformerUpdate = z.object({ type: z.literal('performer.update'), id: PerformerId, patch: PerformerFields.partial() });
export const PerformerDelete = z.object({ type: z.literal('performer.delete'), id: PerformerId });

export const CrewCreate = z.object({ type: z.literal('crew.create'), fields: CrewFields.partial().optional() });
export const CrewUpdate = z.object({ type: z.literal('crew.update'), id: CrewId, patch: CrewFields.partial() });
export const CrewDelete = z.object({ type: z.literal('crew.delete'), id: CrewId });
