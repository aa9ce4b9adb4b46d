import type { z } from 'zod';
import type { Vec3 } from '../../../../shared/domain/blocking';
import { schemaMessage } from '../../components/fieldParsers';

/** `vec` with one axis (0 x, 1 y, 2 z) replaced: what a typed X, Y or Z would make of a position or size. */
export function withAxis(vec: Vec3, axis: 0 | 1 | 2, value: number): Vec3 {
  const next: Vec3 = [...vec];
  next[axis] = value;
  return next;
}

/**
 * The check of a typed X, Y or Z (for NumericInput): the shared schema's message for the whole vector with
 * that axis replaced, so the limits (sizes, the floor, the stage's extent) are the schema's own.
 */
export function axisCheck(schema: z.ZodType, vec: Vec3): (axis: 0 | 1 | 2) => (value: number) => string | null {
  return (axis) => (value) => schemaMessage(schema, withAxis(vec, axis, value));
}
