import type { ReactNode } from 'react';
import { selectPerson, useSelectionStore, type PersonRef } from '../../store/selectionStore';
import { prefersDarkInk } from './avatarInk';
import { initials } from './initials';
import { TruncatedText } from '../../components/TruncatedText';

/** One person in the people list: avatar with initials, name, one line of detail, an optional chip. */
export function PersonItem({ person, name, meta, color, chip }: { readonly person: PersonRef; readonly name: string; readonly meta: string; readonly color?: string; readonly chip?: ReactNode }) {
  const selected = useSelectionStore((s) => s.person?.kind === person.kind && s.person.id === person.id);
  return (
    <li>
      <button
        type="button"
        className={`person-item${selected ? ' person-item--selected' : ''}`}
        aria-label={name}
        aria-current={selected ? 'true' : undefined}
        onClick={() => selectPerson(person)}
      >
        <span className={`person-item__avatar${color ? (prefersDarkInk(color) ? ' person-item__avatar--dark-ink' : '') : ' person-item__avatar--crew'}`} style={color ? { background: color } : undefined} aria-hidden="true">
          {initials(name)}
        </span>
        <span className="person-item__text">
          <TruncatedText className="person-item__name" text={name} />
          <TruncatedText className="person-item__meta" text={meta} />
        </span>
        {chip}
      </button>
    </li>
  );
}
