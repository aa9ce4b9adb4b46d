/** The first character of a word as the reader sees it (a letter with its accents, an emoji), not a UTF-16 half. */
function firstGrapheme(word: string): string {
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word);
  return segments[Symbol.iterator]().next().value?.segment ?? '';
}

/**
 * Initials for an avatar: first and last word ("Maya Okafor" → "MO"). A trailing number is kept whole, so
 * "Performer 10" is "P10", not "P1" (the default names of new people are numbered).
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1]! : null;
  const tail = last === null ? '' : /^\d+$/.test(last) ? last.slice(0, 3) : firstGrapheme(last);
  return (firstGrapheme(first) + tail).toLocaleUpperCase();
}
