import { beatFloorPlanInput, floorPlanSvg } from '../../../shared/diagrams';
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

/** The 3D view's export hooks, or null (with a message) while it is still being made. */
function readyStage() {
  const api = stageApi.current;
  if (!api) showToast({ tone: 'info', message: 'The 3D view is still loading. Try again in a moment.' });
  return api;
}

/** A PNG of what the main view shows now (the shot frame itself when looking through a camera). */
export async function exportSnapshot(sceneId: string, beatId: string | null): Promise<void> {
  const api = readyStage();
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
  const api = readyStage();
  if (!api) return;
  try {
    const bytes = await api.exportGlb();
    downloadBlob(new Blob([bytes], { type: 'model/gltf-binary' }), `${baseName(sceneId, beatId)}-blocking.glb`);
    showToast({ tone: 'success', message: 'Beat exported as glTF (.glb)' });
  } catch (e) {
    showError(`The glTF export failed: ${(e as Error).message}`);
  }
}

/**
 * The beat's floor plan as SVG, to a true scale (the one asked for, or the next that fits; the largest
 * that fits by default), for printing: upstage at the top, as in the top plan. Null when the beat is gone.
 */
export function floorPlanOfBeat(sceneId: string, beatId: string, minScale = 0): { svg: string; scale: number } | null {
  const state = useDocumentStore.getState();
  const scene = state.scenes[sceneId];
  const beat = state.beats[beatId];
  if (!scene || !beat) return null;
  const beats = getBeatsOfScene(sceneId);
  const number = beats.findIndex((b) => b.id === beatId) + 1;
  const production = state.production;
  const heading = [
    `Floor plan · Sc. ${scene.number}${scene.title ? ` ${scene.title}` : ''} · Beat ${number} of ${beats.length}${beat.counts ? ` (${beat.counts} counts)` : ''}`,
    [production?.title, production?.episode, scene.setLocation].filter(Boolean).join(' · '),
    beat.description,
  ];
  return floorPlanSvg(beatFloorPlanInput(state, sceneId, beatId, heading, production?.units ?? 'metric'), { minScale });
}

/** Saves the beat's floor plan (see `floorPlanOfBeat`) as an SVG file. */
export function exportFloorPlan(sceneId: string, beatId: string | null, minScale = 0): void {
  if (!beatId) return;
  try {
    const plan = floorPlanOfBeat(sceneId, beatId, minScale);
    if (!plan) return;
    downloadBlob(new Blob([plan.svg], { type: 'image/svg+xml' }), `${baseName(sceneId, beatId)}-floor-plan.svg`);
    showToast({ tone: 'success', message: `Floor plan saved as SVG (scale 1:${plan.scale} printed at 100%)` });
  } catch (e) {
    showError(`The floor plan failed: ${(e as Error).message}`);
  }
}
