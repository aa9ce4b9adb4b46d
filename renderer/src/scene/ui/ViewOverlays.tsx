import type { CameraSetup } from '../../../../shared/domain/blocking';
import { formatMeasurement, frameFovDeg, SENSOR_SPECS } from '../../../../shared/blocking';
import { useUnits } from '../selectors';
import { setMeasuring, setView, useStageStore } from '../stageStore';
import { StageIcon } from './StageIcon';

export function opticsLine(c: CameraSetup): string {
  const fov = frameFovDeg(c);
  const sensor = c.sensor.preset === 'custom' ? `${c.sensor.widthMm} × ${c.sensor.heightMm} mm` : SENSOR_SPECS[c.sensor.preset].label;
  return `${c.focalLengthMm} mm · ${sensor} · ${c.aspect} · ${fov.horizontal.toFixed(1)}° × ${fov.vertical.toFixed(1)}°`;
}

/** What the viewport shows, top-left. */
export function ViewBadge({ camera }: { readonly camera: CameraSetup | null }) {
  const view = useStageStore((s) => s.view);
  return (
    <div className="stage-badge" data-testid="view-badge">
      {view === 'free' ? (
        <>
          <strong>Free view</strong> <span>drag to orbit · right-drag to pan · wheel to zoom</span>
        </>
      ) : view === 'top' ? (
        <>
          <strong>Top plan</strong> <span>1 m grid, 50 cm cells · upstage at the top</span>
        </>
      ) : camera ? (
        <>
          <strong>{camera.name}</strong> <span>{opticsLine(camera)}</span>
        </>
      ) : null}
    </div>
  );
}

/**
 * The frame of the active shot camera in the corner of the working views; click to look through it.
 * Not a Tab stop: the viewport around it is one, and its key 3 does the same.
 */
export function PipFrame({ camera, aspect }: { readonly camera: CameraSetup; readonly aspect: number }) {
  return (
    <button type="button" tabIndex={-1} aria-keyshortcuts="3" className="stage-pip" style={{ aspectRatio: String(aspect) }} onClick={() => setView('camera')} title={`Look through ${camera.name}`} aria-label={`Look through ${camera.name}`}>
      <span className="stage-pip__label">
        <StageIcon name="camera" size={12} /> {camera.name} · {camera.focalLengthMm} mm
      </span>
    </button>
  );
}

/** Thirds and centre marks inside the letterboxed frame while looking through a camera. */
export function FrameGuides() {
  return (
    <div className="stage-frame-guides" aria-hidden="true">
      <span className="stage-frame-guides__v1" />
      <span className="stage-frame-guides__v2" />
      <span className="stage-frame-guides__h1" />
      <span className="stage-frame-guides__h2" />
      <span className="stage-frame-guides__centre" />
    </div>
  );
}

/** Measuring: instructions, the two points and the distance in the production's units. */
export function MeasureHud() {
  const measuring = useStageStore((s) => s.measuring);
  const points = useStageStore((s) => s.measurePoints);
  const units = useUnits();
  if (!measuring) return null;
  const [a, b] = points;
  return (
    <div className="stage-measure-hud" role="status">
      <StageIcon name="ruler" />
      {a && b ? (
        <span>
          {a.label} → {b.label}: <strong data-testid="measure-result">{formatMeasurement(a.point, b.point, units)}</strong>
        </span>
      ) : a ? (
        <span>From {a.label}: click the second point</span>
      ) : (
        <span>Click two points: a joint, a set piece or a camera</span>
      )}
      {/* Inside the viewport, which is one Tab stop: Esc (or M) ends measuring from the keyboard. */}
      <button type="button" tabIndex={-1} aria-keyshortcuts="Escape" className="stage-btn stage-btn--small" onClick={() => setMeasuring(false)}>
        Done
      </button>
    </div>
  );
}
