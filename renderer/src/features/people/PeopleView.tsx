import { Icon } from '../../components/Icon';
import { useSelectionStore } from '../../store/selectionStore';
import { useCrewMember, usePerformer } from '../../store/selectors';
import { CrewEditor } from './CrewEditor';
import { PeopleList } from './PeopleList';
import { PerformerPanel } from './PerformerPanel';

/** Performers and crew of the production: a list on the left, the selected person's details on the right. */
export function PeopleView() {
  const person = useSelectionStore((s) => s.person);
  const adding = useSelectionStore((s) => s.adding);
  const justAdded = useSelectionStore((s) => s.justAdded);
  const performer = usePerformer(person?.kind === 'performer' ? person.id : null);
  const crew = useCrewMember(person?.kind === 'crew' ? person.id : null);
  return (
    <main className="people" aria-label="People">
      <header className="people__header">
        <h1 className="people__title">People</h1>
        <p className="people__intro">Performers and the closed-set crew of this production. Boundaries and riders are recorded per performer.</p>
      </header>
      <div className="people__body">
        <PeopleList />
        <div className="people__detail">
          {performer ? <PerformerPanel key={performer.id} performer={performer} focusName={justAdded === performer.id} /> : null}
          {crew ? <CrewEditor key={crew.id} crew={crew} focusName={justAdded === crew.id} /> : null}
          {adding ? (
            <div className="empty-state empty-state--inline">
              <span className="spinner" aria-hidden="true" />
              <h2>Adding a {adding === 'performer' ? 'performer' : 'crew member'}…</h2>
            </div>
          ) : null}
          {!performer && !crew && !adding ? (
            <div className="empty-state empty-state--inline">
              <Icon name="people" size={28} />
              <h2>Select a person</h2>
              <p>Choose a performer or crew member to edit their details, or add someone new.</p>
            </div>
          ) : null}
        </div>
      </div>
    </main>
  );
}
