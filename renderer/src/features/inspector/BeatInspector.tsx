import { beatNumber, BeatFields, type Beat } from '../../../../shared/domain/beat';
import { CheckboxField } from '../../components/CheckboxField';
import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { runCommand } from '../../store/actions';
import { InspectorSection } from './InspectorSection';

export function BeatInspector({ beat }: { readonly beat: Beat }) {
  const update = (patch: Partial<Pick<Beat, 'description' | 'counts' | 'notes' | 'checkInAfter'>>) => runCommand({ type: 'beat.update', id: beat.id, patch });
  return (
    <div className="inspector__content">
      <h2 className="inspector__heading">
        Beat {beatNumber(beat)}
      </h2>
      <InspectorSection title="Choreography">
        <TextField
          label="Beat description"
          value={beat.description}
          schema={BeatFields.shape.description}
          multiline
          rows={3}
          placeholder="e.g. A rests left hand on the front of B’s right shoulder"
          hint="Clinical wording: who, which body area, how. Enter to save."
          onCommit={(description) => update({ description })}
          // Enter commits (descriptions are short); Shift+Enter adds a line.
          submitOnEnter
        />
        <NumberField label="Counts" value={beat.counts} schema={BeatFields.shape.counts} unit="counts" placeholder="—" onCommit={(counts) => update({ counts })} />
        <CheckboxField
          label="Check-in after this beat"
          checked={beat.checkInAfter}
          onCommit={(checkInAfter) => update({ checkInAfter })}
          description="The coordinator checks in with the performers before the next beat."
        />
      </InspectorSection>
      <InspectorSection title="Notes">
        <TextField label="Beat notes" value={beat.notes} schema={BeatFields.shape.notes} multiline rows={5} hint="Ctrl+Enter or leave the field to save." onCommit={(notes) => update({ notes })} />
      </InspectorSection>
    </div>
  );
}
