import { CREW_ROLE_LABELS } from '../../../../shared/domain/people';
import { IconButton } from '../../components/IconButton';
import { useCrewList, usePerformers } from '../../store/selectors';
import { addCrew, addPerformer } from './peopleActions';
import { PersonItem } from './PersonItem';

export function PeopleList() {
  const performers = usePerformers();
  const crew = useCrewList();

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
            <PersonItem
              key={p.id}
              person={{ kind: 'performer', id: p.id }}
              name={p.name}
              color={p.color}
              meta={[p.doublesFor ? `body double for ${performers.find((o) => o.id === p.doublesFor)?.name ?? 'a removed performer'}` : p.character && `as ${p.character}`, p.pronouns].filter(Boolean).join(' · ') || '—'}
              chip={p.isMinor ? <span className="chip chip--danger">Minor</span> : null}
            />
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
            <PersonItem key={c.id} person={{ kind: 'crew', id: c.id }} name={c.name} meta={CREW_ROLE_LABELS[c.role]} />
          ))}
        </ul>
      </section>
    </div>
  );
}

