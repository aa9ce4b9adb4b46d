/**
 * Wraps user text (a name) placed inside a sentence in Unicode isolates (FSI … PDI), the plain-text
 * equivalent of <bdi>: an Arabic or Hebrew name cannot pull the English words around it out of order.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
