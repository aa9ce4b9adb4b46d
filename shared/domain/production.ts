import { z } from 'zod';
import { ProductionId } from './ids';
import { LIMITS } from './limits';
import { line, requiredLine, text, Timestamp } from './text';

export const UNIT_SYSTEMS = ['metric', 'imperial'] as const;
export const UnitSystem = z.enum(UNIT_SYSTEMS);
export type UnitSystem = z.infer<typeof UnitSystem>;

/** The editable fields of a production (one per file). */
export const ProductionFields = z.object({
  title: requiredLine('Production title', LIMITS.name),
  company: line('Production company', LIMITS.name),
  episode: line('Episode / block'),
  notes: text('Production notes'),
  units: UnitSystem,
});
export type ProductionFields = z.infer<typeof ProductionFields>;

export const Production = ProductionFields.extend({
  kind: z.literal('production'),
  id: ProductionId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Production = z.infer<typeof Production>;
