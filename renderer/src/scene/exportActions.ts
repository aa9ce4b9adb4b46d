import { useDocumentStore } from '../store/documentStore';
import { getBeatsOfScene } from '../store/selectors';
import { showError, showToast } from '../store/uiStore';
import { stageApi } from './stageApi';
import { useStageStore } from './stageStore';
import { downloadBlob } from './three/exportScene';

function baseName(sceneId: string, beatId: string | null): string {
  const scene = useDocumentStore.getState().scenes[sceneId];
  const index = beatId ? getBeatsOfScene(sceneId).findIndex((b) => b.id === beatId) + 1 : 0;
  const safe = (s: string) => s.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '');
  return `Sc${safe(scene?.number ?? '')}${index ? `-beat${index}` : ''}`;
}

/** A PNG of what the main view shows now (the shot frame itself when looking through a camera). */
export async function exportSnapshot(sceneId: string, beatId: string | null): Promise<void> {
  const api = stageApi.current;
  if (!api) return;
  try {
    const blob = await api.snapshotPng();
    const view = useStageStore.getState().view;
    const name = view === 'camera' ? (useStageStore.getState().activeCameraName ?? 'camera') : view === 'top' ? 'top-plan' : 'free-view';
    downloadBlob(blob, `${baseName(sceneId, beatId)}-${name.replace(/\s+/g, '-')}.png`);
    showToast({ tone: 'success', message: 'Snapshot saved as PNG' });
  } catch (e) {
    showError(`The snapshot failed: ${(e as Error).message}`);
  }
}

/** The beat's blocking as binary glTF (.glb) for previs pipelines. */
export async function exportGltf(sceneId: string, beatId: string | null): Promise<void> {
  const api = stageApi.current;
  if (!api) return;
  try {
    const bytes = await api.exportGlb();
    downloadBlob(new Blob([bytes], { type: 'model/gltf-binary' }), `${baseName(sceneId, beatId)}-blocking.glb`);
    showToast({ tone: 'success', message: 'Beat exported as glTF (.glb)' });
  } catch (e) {
    showError(`The glTF export failed: ${(e as Error).message}`);
  }
}
