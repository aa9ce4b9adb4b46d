import { useEffect, useRef } from 'react';
import { ASPECT_RATIO_VALUES } from '../../../shared/blocking';
import { useDocumentStore } from '../store/documentStore';
import { resetStage, useStageStore } from './stageStore';
import { StageCanvas } from './three/StageCanvas';
import { BlockingPanel } from './ui/BlockingPanel';
import { ExposureLegend } from './ui/ExposureLegend';
import { StageToolbar } from './ui/StageToolbar';
import { FrameGuides, MeasureHud, PipFrame, ViewBadge } from './ui/ViewOverlays';
import { useActiveCamera } from './useActiveCamera';
import { useElementSize } from './useElementSize';
import { useStageKeyboard } from './useStageKeyboard';
import './stage.css';

const FRAME_MARGIN = 18;

/**
 * The 3D blocking view of one scene at one beat: toolbar, viewport (free view, top plan, or looking through
 * a shot camera letterboxed to its aspect ratio, with the active camera in a corner), and the Blocking panel.
 */
export function StageView({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const view = useStageStore((s) => s.view);
  const pip = useStageStore((s) => s.pip);
  const panelOpen = useStageStore((s) => s.panelOpen);
  const measuring = useStageStore((s) => s.measuring);
  const loadCount = useDocumentStore((s) => s.loadCount);
  const camera = useActiveCamera(beatId);
  const viewportRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(viewportRef);
  const onKeyDown = useStageKeyboard(sceneId, beatId);

  useEffect(() => resetStage(), [sceneId, loadCount]);
  // Looking through a camera that no longer exists falls back to the free view.
  useEffect(() => {
    if (view === 'camera' && !camera) useStageStore.setState({ view: 'free' });
  }, [view, camera]);

  const lookingThrough = view === 'camera' && camera;
  let frame: { width: number; height: number } | null = null;
  if (lookingThrough && size.width > 0) {
    const aspect = ASPECT_RATIO_VALUES[camera.aspect];
    const w = Math.max(50, size.width - FRAME_MARGIN * 2);
    const h = Math.max(50, size.height - FRAME_MARGIN * 2 - 22);
    frame = w / h > aspect ? { width: Math.round(h * aspect), height: Math.round(h) } : { width: Math.round(w), height: Math.round(w / aspect) };
  }

  return (
    <section className="stage" aria-label="3D blocking view" data-scene-id={sceneId} data-beat-id={beatId ?? ''} data-view={view}>
      <StageToolbar sceneId={sceneId} beatId={beatId} />
      <div className="stage__body">
        <div
          ref={viewportRef}
          className={`stage__viewport${lookingThrough ? ' stage__viewport--letterbox' : ''}${measuring ? ' stage__viewport--measuring' : ''}`}
          // One stop in the Tab order; its keys (arrows, N, W, E…) work inside, Tab moves on.
          tabIndex={0}
          role="application"
          aria-roledescription="3D stage"
          onKeyDown={onKeyDown}
          aria-label="Stage viewport. Click to select; N next performer, arrows nudge, W move, E rotate, F focus."
          aria-keyshortcuts="N Shift+N ArrowLeft ArrowRight ArrowUp ArrowDown W E F M G Delete Escape"
          data-testid="stage-viewport"
        >
          <div className="stage__canvas-wrap" style={frame ? { width: frame.width, height: frame.height } : undefined} data-testid="stage-frame">
            <StageCanvas sceneId={sceneId} beatId={beatId} />
            {lookingThrough ? <FrameGuides /> : null}
          </div>
          <ViewBadge camera={camera} />
          {pip && view !== 'camera' && camera ? <PipFrame camera={camera} aspect={ASPECT_RATIO_VALUES[camera.aspect]} /> : null}
          <MeasureHud />
          {lookingThrough ? <ExposureLegend /> : null}
          {!beatId ? <div className="stage-empty">Select a beat in the strip below to block it.</div> : null}
        </div>
        {panelOpen ? <BlockingPanel sceneId={sceneId} beatId={beatId} /> : null}
      </div>
    </section>
  );
}
