import { CREW_ROLE_LABELS, CREW_ROLES, CrewFields, type Crew } from '../../../../shared/domain/people';
import { Icon } from '../../components/Icon';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { runCommand } from '../../store/actions';
import { confirmDeleteCrew } from './peopleActions';
import { TruncatedText } from '../../components/TruncatedText';

/** The selected crew member's details; `focusName` when just added, so their name can be typed at once. */
export function CrewEditor({ crew: c, focusName = false }: { readonly crew: Crew; readonly focusName?: boolean }) {
  const update = (patch: Partial<Pick<Crew, 'name' | 'role' | 'contact'>>) => runCommand({ type: 'crew.update', id: c.id, patch });
  return (
    <article className="person-editor" aria-labelledby="person-editor-title">
      <header className="person-editor__head">
        <span className="person-editor__swatch person-editor__swatch--crew" aria-hidden="true" />
        <div className="person-editor__names">
          <h2 id="person-editor-title" className="person-editor__title">
            <TruncatedText text={c.name} />
          </h2>
          <p className="muted small">Crew · {CREW_ROLE_LABELS[c.role]}</p>
        </div>
        <button type="button" className="btn btn--danger-ghost btn--sm person-editor__delete" onClick={() => void confirmDeleteCrew(c)}>
          <Icon name="trash" size={14} /> Delete crew member…
        </button>
      </header>
      <div className="form-grid">
        <TextField label="Crew name" value={c.name} schema={CrewFields.shape.name} autoFocus={focusName} onCommit={(name) => update({ name })} />
        <SelectField label="Role" value={c.role} options={CREW_ROLES} labels={CREW_ROLE_LABELS} onCommit={(role) => update({ role })} />
        <TextField label="Contact" value={c.contact} schema={CrewFields.shape.contact} placeholder="Phone or email" onCommit={(contact) => update({ contact })} />
      </div>
    </article>
  );
}
