import { memo } from 'react';
import { useReadOnly } from '../review/readOnly';
import { CONTENT_FLAG_LABELS, SCENE_STATUS_LABELS, type Scene } from '../../../../shared/domain/scene';
import { Chip } from '../../components/Chip';
import { IconButton } from '../../components/IconButton';
import { openScene } from '../../store/actions';
import { useSelectionStore } from '../../store/selectionStore';
import { useBeatCount } from '../../store/selectors';
import { confirmDeleteScene, sceneName } from './sceneActions';
import { TruncatedText } from '../../components/TruncatedText';

export const SceneListItem = memo(function SceneListItem({ scene }: { readonly scene: Scene }) {
  const readOnly = useReadOnly();
  const selected = useSelectionStore((s) => s.view === 'scene' && s.sceneId === scene.id);
  const beats = useBeatCount(scene.id);
  const remove = () => {
    if (!readOnly) void confirmDeleteScene(scene, beats);
  };
  return (
    <li className={`scene-item${selected ? ' scene-item--selected' : ''}`}>
      <button
        type="button"
        className="scene-item__button"
        aria-label={sceneName(scene)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => openScene(scene.id)}
        onKeyDown={(e) => {
          if (e.key === 'Delete') {
            e.preventDefault();
            remove();
          }
        }}
      >
        <span className="scene-item__row">
          <span className="scene-item__number">{scene.number}</span>
          {scene.title ? <TruncatedText className="scene-item__title" text={scene.title} /> : <span className="scene-item__title muted">Untitled scene</span>}
        </span>
        <span className="scene-item__chips">
          <Chip tone="status" className={`chip--status-${scene.status}`}>
            {SCENE_STATUS_LABELS[scene.status]}
          </Chip>
          {scene.contentFlags.map((f) => (
            <Chip key={f} tone={f === 'simulatedSex' || f === 'sexualViolence' || f === 'nudity' ? 'warn' : 'neutral'}>
              {CONTENT_FLAG_LABELS[f]}
            </Chip>
          ))}
          <span className="scene-item__beats">{beats === 1 ? '1 beat' : `${beats} beats`}</span>
        </span>
      </button>
      {readOnly ? null : <IconButton icon="trash" label={`Delete scene ${scene.number}`} className="scene-item__delete" onClick={remove} />}
    </li>
  );
});
