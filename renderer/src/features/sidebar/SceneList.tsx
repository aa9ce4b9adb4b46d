import type { ApplyResult } from '../../../../shared/ipc/contract';
import { useReadOnly } from '../review/readOnly';
import { IconButton } from '../../components/IconButton';
import { createdIds, runCommand } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { selectScene } from '../../store/selectionStore';
import { useScenes } from '../../store/selectors';
import { SceneListItem } from './SceneListItem';

export async function addScene(): Promise<void> {
  const before = useDocumentStore.getState().scenes;
  const result: ApplyResult | null = await runCommand({ type: 'scene.create' });
  const [id] = createdIds(result, 'scene', before);
  if (id) selectScene(id);
}

export function SceneList() {
  const readOnly = useReadOnly();
  const scenes = useScenes();
  return (
    <section className="scene-list" aria-labelledby="scenes-heading">
      <div className="sidebar__section-head">
        <h2 id="scenes-heading" className="section-label">
          Scenes <span className="section-label__count">{scenes.length}</span>
        </h2>
        {readOnly ? null : <IconButton icon="plus" label="Add scene" onClick={() => void addScene()} />}
      </div>
      {scenes.length === 0 ? (
        <p className="sidebar__empty">No scenes yet. Add one for each intimate moment in the script breakdown.</p>
      ) : (
        <ul className="scene-list__items" aria-label="Scenes">
          {scenes.map((scene) => (
            <SceneListItem key={scene.id} scene={scene} />
          ))}
        </ul>
      )}
    </section>
  );
}
