import { HeightCm, PerformerFields, type Performer } from '../../../../shared/domain/people';
import { CheckboxField } from '../../components/CheckboxField';
import { ColorField } from '../../components/ColorField';
import { Icon } from '../../components/Icon';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { openScene, runCommand } from '../../store/actions';
import { usePerformers, useScenes } from '../../store/selectors';
import { SelectField } from '../../components/SelectField';
import { whyNotMinor } from './minorBlock';
import { confirmDeletePerformer } from './peopleActions';
import { TruncatedText } from '../../components/TruncatedText';

type PerformerPatch = Partial<Omit<Performer, 'kind' | 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>>;

/** The selected performer's details; `focusName` when just added, so their name can be typed at once. */
export function PerformerEditor({ performer: p, focusName = false }: { readonly performer: Performer; readonly focusName?: boolean }) {
  const scenes = useScenes().filter((s) => s.performerIds.includes(p.id));
  const notMinorBecause = whyNotMinor(p, scenes);
  const update = (patch: PerformerPatch) => runCommand({ type: 'performer.update', id: p.id, patch });
  const performers = usePerformers();
  const myDoubles = performers.filter((d) => d.doublesFor === p.id);
  // Whom this person can double: another performer who is not a double themselves (main checks the same).
  const doubleChoices = performers.filter((o) => o.id !== p.id && !o.doublesFor);
  const NOT_A_DOUBLE = '';
  const doublesForLabels: Record<string, string> = Object.fromEntries([[NOT_A_DOUBLE, 'Not a body double'], ...doubleChoices.map((o) => [o.id, `${o.name}${o.character ? ` (${o.character})` : ''}`])]);
  const doubled = p.doublesFor ? performers.find((o) => o.id === p.doublesFor) : null;
  return (
    <article className="person-editor" aria-labelledby="person-editor-title">
      <header className="person-editor__head">
        <span className="person-editor__swatch" style={{ background: p.color }} aria-hidden="true" />
        <div className="person-editor__names">
          <h2 id="person-editor-title" className="person-editor__title">
            <TruncatedText text={p.name} />
          </h2>
          <TruncatedText className="muted small" text={doubled ? `Body double for ${doubled.name}` : `Performer${p.character ? ` · plays ${p.character}` : ''}`} />
        </div>
        <button type="button" className="btn btn--danger-ghost btn--sm person-editor__delete" onClick={() => void confirmDeletePerformer(p)}>
          <Icon name="trash" size={14} /> Delete performer…
        </button>
      </header>

      <div className="form-grid">
        <TextField label="Performer name" value={p.name} schema={PerformerFields.shape.name} autoFocus={focusName} onCommit={(name) => update({ name })} />
        <TextField label="Pronouns" value={p.pronouns} schema={PerformerFields.shape.pronouns} placeholder="e.g. she/her" onCommit={(pronouns) => update({ pronouns })} />
        <TextField label="Character" value={p.character} schema={PerformerFields.shape.character} onCommit={(character) => update({ character })} />
        <NumberField
          label="Height (cm)"
          value={p.heightCm}
          schema={HeightCm}
          unit="cm"
          hint="Sizes the performer’s mannequin in the 3D view."
          onCommit={(heightCm) => update({ heightCm })}
        />
        <TextField label="Contact" value={p.contact} schema={PerformerFields.shape.contact} placeholder="Phone or email (agent or direct)" onCommit={(contact) => update({ contact })} />
        <ColorField label="Label colour" value={p.color} onCommit={(color) => update({ color })} />
        {myDoubles.length === 0 ? (
          <SelectField
            label="Body double for"
            value={p.doublesFor ?? NOT_A_DOUBLE}
            options={[NOT_A_DOUBLE, ...doubleChoices.map((o) => o.id as string)]}
            labels={doublesForLabels}
            onCommit={(id) => update({ doublesFor: (id || null) as Performer['doublesFor'] })}
          />
        ) : (
          <p className="muted small person-editor__doubles">
            Body double{myDoubles.length > 1 ? 's' : ''}: {myDoubles.map((d) => d.name).join(', ')}. Where they stand in is set per beat in the blocking panel.
          </p>
        )}
      </div>

      <div className={`minor-box${p.isMinor ? ' minor-box--on' : ''}`}>
        <CheckboxField
          label="Minor (under 18)"
          checked={p.isMinor}
          // Disabled before the click, with the reason, as the scene's performer checkboxes are.
          disabled={notMinorBecause !== null}
          description={
            notMinorBecause ? (
              <span className="notice notice--danger small" dir="auto">
                <Icon name="alert" size={14} /> {notMinorBecause}
              </span>
            ) : undefined
          }
          onCommit={(isMinor) => update({ isMinor })}
        />
        <p className={`notice ${p.isMinor ? 'notice--danger' : 'notice--muted'}`} role={p.isMinor ? 'note' : undefined}>
          <Icon name="shield" size={14} />
          <span>
            {p.isMinor ? <strong>This performer is a minor. </strong> : null}
            Nudity and simulated sex can never be planned for a minor. Closed Set refuses any edit that would plan it, and will not mark a performer as a minor while they are in such a scene.
          </span>
        </p>
      </div>

      <section className="person-editor__scenes" aria-labelledby="perf-scenes">
        <h3 id="perf-scenes" className="section-label">
          In scenes
        </h3>
        {scenes.length === 0 ? (
          <p className="muted small">Not in any scene yet. Add them from a scene’s details.</p>
        ) : (
          <ul className="scene-links">
            {scenes.map((s) => (
              <li key={s.id}>
                <button type="button" className="link-btn" onClick={() => openScene(s.id)}>
                  <TruncatedText text={`Scene ${s.number}${s.title ? ` · ${s.title}` : ''}`} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
