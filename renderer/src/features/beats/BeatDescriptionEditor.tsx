import { useId, useRef, type KeyboardEvent } from 'react';
import { beatNumber, BeatFields, type Beat } from '../../../../shared/domain/beat';
import { FieldMessage } from '../../components/FieldMessage';
import { formatText, parseWith } from '../../components/fieldParsers';
import { useFieldDraft } from '../../hooks/useFieldDraft';
import { runCommand } from '../../store/actions';

const parse = parseWith(BeatFields.shape.description);

/** In-place editing of a beat's description on its card: Enter commits, Escape reverts. */
export function BeatDescriptionEditor({ beat, onDone }: { readonly beat: Beat; readonly onDone: (refocus: boolean) => void }) {
  const id = useId();
  // Set once Enter/Escape has finished the edit, so the blur that follows unmounting cannot commit twice.
  const finished = useRef(false);
  const f = useFieldDraft({
    value: beat.description,
    format: formatText,
    parse,
    onCommit: (description) => void runCommand({ type: 'beat.update', id: beat.id, patch: { description } }),
  });

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation(); // the card's own keys (Delete, arrows) must not act while typing
    if (e.key === 'Escape') {
      e.preventDefault();
      finished.current = true;
      onDone(true);
      return;
    }
    f.onKeyDown(e);
    if (e.key === 'Enter' && !e.shiftKey && !f.error) {
      finished.current = true;
      onDone(true);
    }
  };

  return (
    <div className="beat-card__editor">
      <label htmlFor={id} className="visually-hidden">
        Beat {beatNumber(beat)} description
      </label>
      <textarea
        id={id}
        className="input beat-card__textarea"
        value={f.text}
        autoFocus
        rows={3}
        placeholder="Clinical description of this beat"
        aria-invalid={f.error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => f.onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          // Caret at the end: descriptions are usually refined, rarely replaced wholesale.
          const end = e.currentTarget.value.length;
          e.currentTarget.setSelectionRange(end, end);
        }}
        onBlur={() => {
          if (finished.current) return;
          f.onBlur();
          if (!f.error) onDone(false);
        }}
        draggable={false}
      />
      <FieldMessage id={`${id}-msg`} error={f.error} />
    </div>
  );
}
