import type { CommandInput } from '../../../../shared/commands';
import { ClockTime, IsoDate } from '../../../../shared/domain/text';
import { SCENE_STATUS_LABELS, SCENE_STATUSES, SceneFields, type Scene } from '../../../../shared/domain/scene';
import { NullableTextField } from '../../components/NullableTextField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Icon } from '../../components/Icon';
import { runCommand } from '../../store/actions';
import { useBeatCount } from '../../store/selectors';
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
      <div className="inspector__danger">
        <button type="button" className="btn btn--danger-ghost btn--sm" onClick={() => void confirmDeleteScene(scene, beats)}>
          <Icon name="trash" size={14} /> Delete scene…
        </button>
      </div>
    </div>
  );
}
