import canonicalize from 'canonicalize';
import { sha256Hex } from './sha256';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a value, by `canonicalize`: object keys sorted by
 * UTF-16 code units, no whitespace, ES number formatting. The same data gives the same text — and so
 * the same hash — in main, the renderer and any other JCS implementation (a verifier written elsewhere).
 */
export function canonicalJson(value: unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (e) {
    // Lone surrogates, NaN, Infinity and cycles cannot be canonical JSON; say so rather than hash something else.
    throw new Error(`This content cannot be written as canonical JSON (${(e as Error).message}).`);
  }
  if (text === undefined) throw new Error('This content cannot be written as canonical JSON (nothing to write).');
  return text;
}

/** The SHA-256 of a value's canonical JSON: what a version's `hash` is. */
export function canonicalHash(value: unknown): { readonly canonical: string; readonly hash: string } {
  const canonical = canonicalJson(value);
  return { canonical, hash: sha256Hex(canonical) };
}
