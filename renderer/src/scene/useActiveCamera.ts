import type { CameraSetup } from '../../../shared/domain/blocking';
import { getCamerasOfBeat, useCamerasOfBeat } from './selectors';
import { useStageStore } from './stageStore';

/** The shot camera being looked through / shown in the picture-in-picture: chosen by name, else the beat's first. */
export function useActiveCamera(beatId: string | null): CameraSetup | null {
  const cameras = useCamerasOfBeat(beatId);
  const name = useStageStore((s) => s.activeCameraName);
  return cameras.find((c) => c.name === name) ?? cameras[0] ?? null;
}

export function getActiveCamera(beatId: string | null): CameraSetup | null {
  if (!beatId) return null;
  const cameras = getCamerasOfBeat(beatId);
  const name = useStageStore.getState().activeCameraName;
  return cameras.find((c) => c.name === name) ?? cameras[0] ?? null;
}
