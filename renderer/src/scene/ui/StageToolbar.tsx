import { SET_PIECE_TYPES, type SetPieceType } from '../../../../shared/domain/blocking';
import { useReadOnly } from '../../features/review/readOnly';
import { SET_PIECE_CATALOGUE } from '../../../../shared/domain/setPieceCatalogue';
import { BARRIER_CATALOGUE, BARRIER_TYPES, type BarrierType } from '../../../../shared/domain/wardrobe';
import { addBarrier } from '../barrierActions3d';
import { useState } from 'react';
import { ExportDialog } from '../export/ExportDialog';
import { addCamera, addSetPiece } from '../stageActions';
import { useCamerasOfBeat } from '../selectors';
import { openInfoDialog } from '../../store/uiStore';
import { setExposureTint, setPickMode, setMeasuring, setSmoothEdges, setSnap, setTransformMode, setView, toggleGhosts, togglePanel, togglePip, useStageStore, type PickMode, type ViewMode } from '../stageStore';
import { isSoftwareRenderer } from '../renderQuality';
import { useActiveCamera } from '../useActiveCamera';
import { setActiveCameraName } from '../stageStore';
import { PlaybackControls } from './PlaybackControls';
import { StageIcon, type StageIconName } from './StageIcon';

const VIEWS: readonly { id: ViewMode; label: string; icon: StageIconName; key: string }[] = [
  { id: 'free', label: 'Free', icon: 'orbit', key: '1' },
  { id: 'top', label: 'Top', icon: 'top', key: '2' },
  { id: 'camera', label: 'Camera', icon: 'camera', key: '3' },
];

const PICK_MODES: readonly { id: Exclude<PickMode, 'select'>; label: string; icon: StageIconName; title: string }[] = [
  { id: 'contact', label: 'Contact', icon: 'aim', title: "Contact: click the initiator's body region, then what it touches (C)" },
  { id: 'garment', label: 'Dress', icon: 'person', title: 'Dress: hover to name a body region, click a performer to dress them in the panel (D)' },
];

/** Tools of the 3D view: transform mode, view, add set piece/camera, measure, snapping, playback, export. */
export function StageToolbar({ sceneId, beatId }: { readonly sceneId: string; readonly beatId: string | null }) {
  const mode = useStageStore((s) => s.transformMode);
  const view = useStageStore((s) => s.view);
  const measuring = useStageStore((s) => s.measuring);
  const snap = useStageStore((s) => s.snap);
  const pip = useStageStore((s) => s.pip);
  const smoothEdges = useStageStore((s) => s.smoothEdges);
  const ghosts = useStageStore((s) => s.ghosts);
  const panelOpen = useStageStore((s) => s.panelOpen);
  const pickMode = useStageStore((s) => s.pickMode);
  const exposureTint = useStageStore((s) => s.exposureTint);
  const cameras = useCamerasOfBeat(beatId);
  const active = useActiveCamera(beatId);
  const [exporting, setExporting] = useState(false);
  const readOnly = useReadOnly();

  return (
    <div className="stage-toolbar" role="toolbar" aria-label="Blocking tools">
      {/* A review copy is for looking: no transform, add or pick tools (electron/main/review refuses edits too). */}
      {readOnly ? null : (
      <div className="stage-segmented" role="group" aria-label="Transform">
          <SegButton on={mode === 'move'} onClick={() => setTransformMode('move')} title="Move (W)" icon="move" label="Move" />
          <SegButton on={mode === 'rotate'} onClick={() => setTransformMode('rotate')} title="Rotate (E)" icon="rotate" label="Rotate" />
        </div>
      )}
      <div className="stage-segmented" role="group" aria-label="View">
        {VIEWS.map((v) => (
          <SegButton key={v.id} on={view === v.id} disabled={v.id === 'camera' && cameras.length === 0} onClick={() => setView(v.id)} title={`${v.label} view (${v.key})`} icon={v.icon} label={v.label} />
        ))}
      </div>
      {cameras.length > 0 ? (
        <select className="stage-select" aria-label="Active camera" value={active?.name ?? ''} onChange={(e) => setActiveCameraName(e.target.value)} title="The camera shown in the corner and when looking through">
          {cameras.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name} · {c.focalLengthMm} mm
            </option>
          ))}
        </select>
      ) : null}
      {view === 'camera' && cameras.length > 0 && !readOnly ? (
        <button
          type="button"
          className={`stage-tool stage-tool--text${exposureTint ? ' stage-tool--on' : ''}`}
          aria-pressed={exposureTint}
          aria-keyshortcuts="X"
          onClick={() => setExposureTint(!exposureTint)}
          title="Tint what this camera films uncovered: agreed to show in solid blue, not agreed or still to discuss in striped orange (X)"
        >
          <StageIcon name="eye" /> Exposure tint
        </button>
      ) : null}
      {readOnly ? null : (
        <>
        <span className="stage-toolbar__sep" />
        <select
          className="stage-select"
          aria-label="Add set piece"
          value=""
          onChange={(e) => {
            if (e.target.value) void addSetPiece(sceneId, e.target.value as SetPieceType);
          }}
        >
          <option value="">+ Set piece</option>
          {SET_PIECE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SET_PIECE_CATALOGUE[t].label} ({SET_PIECE_CATALOGUE[t].size[0].toFixed(2)} × {SET_PIECE_CATALOGUE[t].size[2].toFixed(2)} m)
            </option>
          ))}
        </select>
        <select
          className="stage-select"
          aria-label="Add barrier"
          value=""
          disabled={!beatId}
          onChange={(e) => {
            if (e.target.value && beatId) void addBarrier(beatId, e.target.value as BarrierType);
          }}
        >
          <option value="">+ Barrier</option>
          {BARRIER_TYPES.map((t) => (
            <option key={t} value={t}>
              {BARRIER_CATALOGUE[t].label.replace(/^./, (c) => c.toUpperCase())} ({BARRIER_CATALOGUE[t].size[0].toFixed(2)} × {BARRIER_CATALOGUE[t].size[2].toFixed(2)} m)
            </option>
          ))}
        </select>
        <button type="button" className="stage-tool stage-tool--text" disabled={!beatId} onClick={() => beatId && void addCamera(beatId)} title="Add a camera to the scene, used from this beat on (50 mm, Super 35, 2.39:1)">
          <StageIcon name="plus" /> Camera
        </button>
        <span className="stage-toolbar__sep" />
        <div className="stage-segmented" role="group" aria-label="Pick on the body">
          {PICK_MODES.map((m) => (
            <SegButton key={m.id} on={pickMode === m.id} disabled={!beatId} onClick={() => setPickMode(pickMode === m.id ? 'select' : m.id)} title={m.title} icon={m.icon} label={m.label} />
          ))}
        </div>
        </>
      )}
      <ToggleTool on={measuring} onToggle={() => setMeasuring(!measuring)} icon="ruler" label="Measure" title="Measure: click two points (M)" />
      {readOnly ? null : <ToggleTool on={snap} onToggle={() => setSnap(!snap)} icon="magnet" label="Snap to surfaces" title="Snap mannequins onto the bed, mat or floor under them" />}
      <ToggleTool on={pip} onToggle={togglePip} icon="pip" label="Camera preview" title="Show the active camera in the corner" />
      <ToggleTool on={ghosts} onToggle={toggleGhosts} icon="ghost" label="Previous beat" title="Show where everyone was in the previous beat, see-through (G)" />
      <ToggleTool
        on={smoothEdges}
        onToggle={() => setSmoothEdges(!smoothEdges)}
        icon="smooth"
        label="Smooth edges"
        title={isSoftwareRenderer() ? 'Smooth edges (antialiasing). This computer draws 3D without a graphics card, so it starts off to keep the view fast.' : 'Smooth edges (antialiasing)'}
      />
      <span className="stage-toolbar__sep" />
      <PlaybackControls sceneId={sceneId} />
      <span className="stage-toolbar__spacer" />
      {/* Exports are made from the production, where main may read what they need (a review copy refuses them). */}
      {readOnly ? null : (
        <button type="button" className="stage-tool stage-tool--text" onClick={() => setExporting(true)} title="Export: rehearsal packet (PDF), snapshot (PNG), glTF, floor plan (SVG) — with a preview">
          Export…
        </button>
      )}
      {exporting ? <ExportDialog sceneId={sceneId} beatId={beatId} onClose={() => setExporting(false)} /> : null}
      <button type="button" className="stage-tool" onClick={() => openInfoDialog('shortcuts')} aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
        <StageIcon name="keyboard" />
      </button>
      <ToggleTool on={panelOpen} onToggle={togglePanel} icon="panel" label="Blocking panel" title="Show or hide the blocking panel" />
    </div>
  );
}

/** One button of a segmented group: icon and word, pressed when it is the current choice. */
function SegButton({ on, disabled = false, onClick, title, icon, label }: { readonly on: boolean; readonly disabled?: boolean; readonly onClick: () => void; readonly title: string; readonly icon: StageIconName; readonly label: string }) {
  return (
    <button type="button" className={`stage-seg${on ? ' stage-seg--on' : ''}`} aria-pressed={on} disabled={disabled} onClick={onClick} title={title}>
      <StageIcon name={icon} /> {label}
    </button>
  );
}

/** An icon button that switches a view setting on and off (pressed = on). */
function ToggleTool({ on, onToggle, icon, label, title }: { readonly on: boolean; readonly onToggle: () => void; readonly icon: StageIconName; readonly label: string; readonly title: string }) {
  return (
    <button type="button" className={`stage-tool${on ? ' stage-tool--on' : ''}`} aria-pressed={on} onClick={onToggle} aria-label={label} title={title}>
      <StageIcon name={icon} />
    </button>
  );
}
