import { Canvas } from '@react-three/fiber';
import { ExposureTint } from './ExposureTint';
import { CommentPins } from './CommentPins';
import { useReadOnly } from '../../features/review/readOnly';
import { MeasureLine } from './MeasureLine';
import { PlaybackDriver } from './PlaybackDriver';
import { PreviousBeatGhosts } from './PreviousBeatGhosts';
import { RegionPicker } from './RegionPicker';
import { SelectionGizmo } from './SelectionGizmo';
import { StageBridge } from './StageBridge';
import { StageEnvironment } from './StageEnvironment';
import { StageScene } from './StageScene';
import { ViewRig } from './ViewRig';
import { useStageStore } from '../stageStore';

/** The WebGL canvas: renders on demand (only when something changed), never continuously when idle. */
export function StageCanvas({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  // Antialiasing is fixed when the WebGL context is made: a change of setting remounts the canvas.
  const smoothEdges = useStageStore((s) => s.smoothEdges);
  const readOnly = useReadOnly();
  return (
    <Canvas key={smoothEdges ? 'aa' : 'no-aa'} frameloop="demand" dpr={[1, 2]} gl={{ antialias: smoothEdges }} className="stage-canvas" aria-label="3D stage">
      <StageEnvironment />
      <StageScene sceneId={sceneId} beatId={beatId} />
      <PreviousBeatGhosts sceneId={sceneId} beatId={beatId} />
      <MeasureLine />
      {readOnly ? null : <SelectionGizmo beatId={beatId} />}
      <ViewRig beatId={beatId} />
      <PlaybackDriver sceneId={sceneId} />
      {readOnly ? null : <RegionPicker beatId={beatId} />}
      {/* The exposure tint reads consent a review copy does not hold. */}
      {readOnly ? null : <ExposureTint sceneId={sceneId} beatId={beatId} />}
      <CommentPins sceneId={sceneId} beatId={beatId} />
      <StageBridge beatId={beatId} />
    </Canvas>
  );
}
