import { lazy, Suspense } from 'react';
import { Icon } from '../../components/Icon';
import { useSelectionStore } from '../../store/selectionStore';
import { useScene, useScenes } from '../../store/selectors';
import { BeatStrip } from '../beats/BeatStrip';
import { addScene } from '../sidebar/SceneList';
import { SceneHeader } from './SceneHeader';
import { StageErrorBoundary } from './StageErrorBoundary';

// The 3D view (three.js and everything on it) is a separate chunk: the app's window, lists and inspector show
// without waiting for it to load, and a production with no scene open never loads it.
const StageView = lazy(() => import('../../scene/StageView').then((m) => ({ default: m.StageView })));

/** The selected scene: its header, the 3D view of the selected beat, and the beat strip. */
export function SceneWorkspace() {
  const sceneId = useSelectionStore((s) => s.sceneId);
  const beatId = useSelectionStore((s) => s.beatId);
  const scene = useScene(sceneId);
  const hasScenes = useScenes().length > 0;

  if (!scene) {
    return (
      <main className="workspace workspace--empty" aria-label="Scene workspace">
        <div className="empty-state">
          <Icon name="scene" size={28} />
          <h2>{hasScenes ? 'No scene selected' : 'No scenes yet'}</h2>
          <p>Start the script breakdown with one scene per intimate moment. Each scene holds its beats, blocking and cameras.</p>
          <button type="button" className="btn btn--primary" onClick={() => void addScene()}>
            <Icon name="plus" /> Add scene
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="workspace" aria-label={`Scene ${scene.number} workspace`}>
      <SceneHeader scene={scene} />
      <div className="workspace__stage">
        <StageErrorBoundary key={scene.id}>
          <Suspense fallback={<div className="workspace__stage-loading" role="status">Loading the 3D view…</div>}>
            <StageView sceneId={scene.id} beatId={beatId} />
          </Suspense>
        </StageErrorBoundary>
      </div>
      <BeatStrip sceneId={scene.id} />
    </main>
  );
}
