/** Small wording helpers shared by the diff's sentence builders (diff.ts, diffConsent.ts). */

/** A text as it is quoted in a sentence: “trimmed”, or (empty). */
export const quote = (s: string) => (s.trim() ? `“${s.trim()}”` : '(empty)');

/** "Ruth’s", "Thomas’". */
export const possessive = (name: string) => (name.endsWith('s') ? `${name}’` : `${name}’s`);
