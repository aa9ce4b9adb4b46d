import type { z } from 'zod';
import type { Parsed } from '../hooks/useFieldDraft';

function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'This value is not valid';
}

/** Validates text with a shared zod field schema (e.g. PerformerFields.shape.name). */
export function parseWith<T>(schema: z.ZodType<T>): (text: string) => Parsed<T> {
  return (text) => {
    const r = schema.safeParse(text);
    return r.success ? { ok: true, value: r.data } : { ok: false, message: firstIssue(r.error) };
  };
}

/** The shared schema's message for a value it refuses, or null when it accepts it. */
export function schemaMessage(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : firstIssue(r.error);
}

/**
 * A number as people type it: digits with an optional sign and one decimal point (or comma), nothing
 * else. Number() alone would read '' and '  ' as 0, '0x1f' as 31 and 'Infinity' as a number.
 */
export function readNumber(text: string): number | null {
  const t = text.trim();
  return /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t) ? Number(t.replace(',', '.')) : null;
}

/** Numbers typed as text; empty means null when the schema allows it. */
export function parseNumberWith<T extends number | null>(schema: z.ZodType<T>, label: string): (text: string) => Parsed<T> {
  return (text) => {
    const trimmed = text.trim();
    const candidate = trimmed === '' ? null : readNumber(trimmed);
    if (trimmed !== '' && candidate === null) return { ok: false, message: `${label} must be a number` };
    const r = schema.safeParse(candidate);
    if (r.success) return { ok: true, value: r.data };
    return { ok: false, message: trimmed === '' ? `${label} is required` : firstIssue(r.error) };
  };
}

/** Optional dates/times: an empty field means "not set" (null). */
export function parseNullableWith<T>(schema: z.ZodType<T>): (text: string) => Parsed<T | null> {
  const inner = parseWith(schema);
  return (text) => (text.trim() === '' ? { ok: true, value: null } : inner(text.trim()));
}

export const formatText = (v: string) => v;
export const formatNullable = (v: string | number | null) => (v === null ? '' : String(v));
