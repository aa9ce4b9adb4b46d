import type { SentenceParts } from '../wardrobeWords';

/** A contact sentence in the app's words with each name isolated, so a right-to-left name keeps its place. */
export function SentenceText({ sentence }: { readonly sentence: SentenceParts }) {
  return sentence.parts.map((part, i) => (i % 2 ? <bdi key={i}>{part}</bdi> : part));
}
