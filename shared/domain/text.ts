import { z } from 'zod';
import { LIMITS } from './limits';

/** A trimmed single-line string with a length limit and a field label for error messages. */
export function line(label: string, max: number = LIMITS.short) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} is too long (at most ${max} characters)` })
    .transform((s) => s.trim());
}

/** A required single-line string. */
export function requiredLine(label: string, max: number = LIMITS.short) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} is too long (at most ${max} characters)` })
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, { error: `${label} is required` });
}

/** Multi-line free text (notes, descriptions). */
export function text(label: string, max: number = LIMITS.notes) {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} is too long (at most ${max} characters)` });
}

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Dates are written YYYY-MM-DD' })
  .refine(dateExists, { error: 'That date does not exist' });

/** True for a real calendar day (rejects 2026-02-31, which Date.parse would roll over to March). */
function dateExists(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Times are written HH:MM (24-hour clock)' });

export const Timestamp = z.string().max(40);
