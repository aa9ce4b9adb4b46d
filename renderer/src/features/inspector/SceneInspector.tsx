import type { CommandInput } from '../../../../shared/commands';
import { ClockTime, IsoDate } from '../../../../shared/domain/text';
import { SCENE_STATUS_LABELS, SCENE_STATUSES, SceneFields, type Scene } from '../../../../shared/domain/scene';
import { CheckboxField } from '../../components/CheckboxField';
import { NullableTextField } from '../../components/NullableTextField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Icon } from '../../components/Icon';
import { runCommand } from '../../store/actions';
import { useBeatCount, useCrewList } from '../../store/selectors';
import { CREW_ROLE_LABELS } from '../../../../shared/domain/people';
import { confirmDeleteScene } from '../sidebar/sceneActions';
import { ContentFlagToggles } from './ContentFlagToggles';
import { InspectorSection } from './InspectorSection';
import { ScenePerformers } from './ScenePerformers';

type ScenePatch = Extract<CommandInput, { type: 'scene.update' }>['patch'];

export function SceneInspector({ scene }: { readonly scene: Scene }) {
  const beats = useBeatCount(scene.id);
  const update = (patch: ScenePatch) => runCommand({ type: 'scene.update', id: scene.id, patch });
  return (
    <div className="inspector__content">
      <h2 className="inspector__heading">Scene {scene.number}</h2>
      <InspectorSection title="Breakdown">
        <div className="field-row">
          <TextField label="Scene number" className="field--narrow" value={scene.number} schema={SceneFields.shape.number} onCommit={(number) => update({ number })} />
          <TextField label="Script pages" value={scene.scriptPages} schema={SceneFields.shape.scriptPages} placeholder="e.g. 41–43" onCommit={(scriptPages) => update({ scriptPages })} />
        </div>
        <TextField label="Scene title" value={scene.title} schema={SceneFields.shape.title} placeholder="e.g. Hotel room, morning" onCommit={(title) => update({ title })} />
        <TextField label="Set / location" value={scene.setLocation} schema={SceneFields.shape.setLocation} onCommit={(setLocation) => update({ setLocation })} />
        <SelectField label="Status" value={scene.status} options={SCENE_STATUSES} labels={SCENE_STATUS_LABELS} onCommit={(status) => update({ status })} />
      </InspectorSection>
      <InspectorSection title="Schedule">
        <div className="field-row">
          <NullableTextField label="Shoot date" type="date" value={scene.shootDate} schema={IsoDate} onCommit={(shootDate) => update({ shootDate })} />
          <NullableTextField label="Call time" type="time" value={scene.callTime} schema={ClockTime} onCommit={(callTime) => update({ callTime })} />
        </div>
      </InspectorSection>
      <InspectorSection title="Content">
        <ContentFlagToggles value={scene.contentFlags} onCommit={(contentFlags) => update({ contentFlags })} />
        <TextField label="Tone notes" value={scene.toneNotes} schema={SceneFields.shape.toneNotes} multiline rows={3} onCommit={(toneNotes) => update({ toneNotes })} />
      </InspectorSection>
      <InspectorSection title="Performers in this scene">
        <ScenePerformers scene={scene} onCommit={(performerIds) => update({ performerIds })} />
        <TextField
          label="Guardian / chaperone note"
          hint="Who accompanies a minor on set for this scene, and how. Asked for when a minor is in a scene with a kiss, sexual violence or sensual dance."
          value={scene.guardianNote}
          schema={SceneFields.shape.guardianNote}
          multiline
          rows={2}
          onCommit={(guardianNote) => update({ guardianNote })}
        />
      </InspectorSection>
      <InspectorSection title="Closed set and safety">
        <SafetyPlan scene={scene} update={update} />
      </InspectorSection>
      <div className="inspector__danger">
        <button type="button" className="btn btn--danger-ghost btn--sm" onClick={() => void confirmDeleteScene(scene, beats)}>
          <Icon name="trash" size={14} /> Delete scene…
        </button>
      </div>
    </div>
  );
}

/** The closed set and the safety plan: who is essential on set, monitors, the pause word and gesture, robes, check-ins. */
function SafetyPlan({ scene, update }: { readonly scene: Scene; readonly update: (patch: ScenePatch) => unknown }) {
  const crew = useCrewList();
  const chosen = new Set(scene.closedSetCrewIds);
  const toggle = (id: string, on: boolean) => update({ closedSetCrewIds: crew.filter((c) => (c.id === id ? on : chosen.has(c.id))).map((c) => c.id) });
  return (
    <>
      <fieldset className="safety-crew">
        <legend className="field__label">Essential crew on the closed set</legend>
        {crew.length === 0 ? <p className="muted small">No crew yet: add them in People.</p> : null}
        <div className="safety-crew__list" role="group" aria-label="Essential crew on the closed set">
          {crew.map((c) => (
            <CheckboxField key={c.id} className="safety-crew__item" label={`${c.name} · ${CREW_ROLE_LABELS[c.role]}`} checked={chosen.has(c.id)} onCommit={(on) => toggle(c.id, on)} />
          ))}
        </div>
      </fieldset>
      <TextField label="Monitor policy" value={scene.monitorPolicy} schema={SceneFields.shape.monitorPolicy} placeholder="e.g. Director and DP only; monitors covered" onCommit={(monitorPolicy) => update({ monitorPolicy })} />
      <div className="field-row">
        <TextField label="Pause word" value={scene.pauseWord} schema={SceneFields.shape.pauseWord} placeholder="e.g. Hold" onCommit={(pauseWord) => update({ pauseWord })} />
        <TextField label="Pause gesture" value={scene.pauseGesture} schema={SceneFields.shape.pauseGesture} placeholder="e.g. palm to palm" onCommit={(pauseGesture) => update({ pauseGesture })} />
      </div>
      <TextField label="Robes" value={scene.robes} schema={SceneFields.shape.robes} placeholder="e.g. Robes held by the 2nd AD between takes" onCommit={(robes) => update({ robes })} />
      <TextField label="Check-in cadence" value={scene.checkInCadence} schema={SceneFields.shape.checkInCadence} placeholder="e.g. after every take" onCommit={(checkInCadence) => update({ checkInCadence })} />
    </>
  );
}
