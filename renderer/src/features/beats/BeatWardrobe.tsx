import { useContactSentences } from '../../scene/contactNames';
import { useBarriersOfBeat, useGarmentsOfBeat } from '../../scene/selectors';
import { SentenceText } from '../../scene/ui/SentenceText';
import { contactSummary } from '../../scene/wardrobeWords';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A beat card's contacts in words (the first two, then how many more) and what garments and barriers it uses. */
export function BeatWardrobe({ beatId }: { readonly beatId: string }) {
  const sentences = useContactSentences(beatId);
  const garments = useGarmentsOfBeat(beatId).length;
  const barriers = useBarriersOfBeat(beatId).length;
  if (sentences.length === 0 && garments === 0 && barriers === 0) return null;
  const { lines, more } = contactSummary(sentences);
  const tags = [garments ? plural(garments, 'garment', 'garments') : null, barriers ? plural(barriers, 'barrier', 'barriers') : null].filter(Boolean);
  return (
    <div className="beat-card__wardrobe">
      {lines.length ? (
        // Lines, not a list: the beat strip's list items are the beats themselves.
        <div className="beat-card__contacts" title={sentences.map((s) => s.text).join('\n')}>
          {lines.map((line, i) => (
            <p key={i}>
              <SentenceText sentence={line} />
            </p>
          ))}
        </div>
      ) : null}
      {more || tags.length ? (
        <p className="beat-card__tags">
          {more ? <span className="beat-card__more">{more}</span> : null}
          {tags.map((t) => (
            <span key={t} className="beat-card__tag">
              {t}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
