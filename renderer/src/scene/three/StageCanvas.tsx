import { Canvas } from '@react-three/fiber';
import { MeasureLine } from './MeasureLine';
import { PlaybackDriver } from './PlaybackDriver';
import { SelectionGizmo } from './SelectionGizmo';
import { StageBridge } from './StageBridge';
import { StageEnvironment } from './StageEnvironment';
import { StageScene } from './StageScene';
import { ViewRig } from './ViewRig';

/** The WebGL canvas: renders on demand (only when something changed), never continuously when idle. */
export function StageCanvas({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  return (
    <Canvas frameloop="demand" dpr={[1, 2]} gl={{ antialias: true }} className="stage-canvas" aria-label="3D stage">
      <StageEnvironment />
      <StageScene sceneId={sceneId} beatId={beatId} />
      <MeasureLine />
      <SelectionGizmo beatId={beatId} />
      <ViewRig beatId={beatId} />
      <PlaybackDriver sceneId={sceneId} />
      <StageBridge beatId={beatId} />
    </Canvas>
  );
}
