import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** SHA-256 (hex) of a value's canonical JSON (RFC 8785): the same value always gives the same hash. */
export function canonicalHash(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('Nothing to hash');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
