import { CREW_ROLE_LABELS } from '../../../../shared/domain/people';
import { IconButton } from '../../components/IconButton';
import { selectPerson, useSelectionStore } from '../../store/selectionStore';
import { useCrewList, usePerformers } from '../../store/selectors';
import { addCrew, addPerformer } from './peopleActions';

export function PeopleList() {
  const performers = usePerformers();
  const crew = useCrewList();
  const person = useSelectionStore((s) => s.person);
  const isSelected = (kind: 'performer' | 'crew', id: string) => person?.kind === kind && person.id === id;

  return (
    <div className="people-list">
      <section aria-labelledby="performers-heading" className="people-list__section">
        <div className="people-list__head">
          <h2 id="performers-heading" className="section-label">
            Performers <span className="section-label__count">{performers.length}</span>
          </h2>
          <IconButton icon="plus" label="Add performer" onClick={() => void addPerformer()} />
        </div>
        {performers.length === 0 ? <p className="sidebar__empty">No performers yet.</p> : null}
        <ul aria-label="Performers" className="people-list__items">
          {performers.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`person-item${isSelected('performer', p.id) ? ' person-item--selected' : ''}`}
                aria-label={p.name}
                aria-current={isSelected('performer', p.id) ? 'true' : undefined}
                onClick={() => selectPerson({ kind: 'performer', id: p.id })}
              >
                <span className="person-item__avatar" style={{ background: p.color }} aria-hidden="true">
                  {initials(p.name)}
                </span>
                <span className="person-item__text">
                  <span className="person-item__name">{p.name}</span>
                  <span className="person-item__meta">{[p.character && `as ${p.character}`, p.pronouns].filter(Boolean).join(' · ') || '—'}</span>
                </span>
                {p.isMinor ? <span className="chip chip--danger">Minor</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="crew-heading" className="people-list__section">
        <div className="people-list__head">
          <h2 id="crew-heading" className="section-label">
            Crew <span className="section-label__count">{crew.length}</span>
          </h2>
          <IconButton icon="plus" label="Add crew member" onClick={() => void addCrew()} />
        </div>
        {crew.length === 0 ? <p className="sidebar__empty">No crew yet. Add the closed-set essentials: director, 1st AD, camera.</p> : null}
        <ul aria-label="Crew" className="people-list__items">
          {crew.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className={`person-item${isSelected('crew', c.id) ? ' person-item--selected' : ''}`}
                aria-label={c.name}
                aria-current={isSelected('crew', c.id) ? 'true' : undefined}
                onClick={() => selectPerson({ kind: 'crew', id: c.id })}
              >
                <span className="person-item__avatar person-item__avatar--crew" aria-hidden="true">
                  {initials(c.name)}
                </span>
                <span className="person-item__text">
                  <span className="person-item__name">{c.name}</span>
                  <span className="person-item__meta">{CREW_ROLE_LABELS[c.role]}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}
