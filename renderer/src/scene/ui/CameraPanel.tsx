import { useState } from 'react';
import { ASPECT_RATIOS, SENSOR_PRESETS, SHOT_SIZES, type AspectRatio, type SensorPreset } from '../../../../shared/domain/blocking';
import { bodyLandmarks, COMMON_PRIMES_MM, formatMeasurement, frameFovDeg, SENSOR_SPECS, sensorForPreset } from '../../../../shared/blocking';
import { runCommand } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { duplicateCamera, editCamera, frameCameraOn, updateCamera } from '../stageActions';
import { SHOT_LABELS } from './shotSizes';
import { useCameraSetup, useCast, usePlacementsOfBeat, useUnits } from '../selectors';
import { clearSelection, setActiveCameraName, setView } from '../stageStore';
import { NumericInput } from './NumericInput';
import { PanelSection } from './PanelSection';
import { ItemActions } from './ItemActions';
import { StageIcon } from './StageIcon';
import { TextInput } from './TextInput';

const SENSOR_LABELS: Record<SensorPreset, string> = {
  super35: 'Super 35 (24.89 × 18.66)',
  fullFrame: 'Full frame (36 × 24)',
  alexaMiniLF: 'ALEXA Mini LF (36.70 × 25.54)',
  venice2: 'VENICE 2 8.6K (35.9 × 24.0)',
  microFourThirds: 'Micro Four Thirds (17.3 × 13)',
  custom: 'Custom (mm)',
};

/** The selected shot camera: lens and sensor (true optics), aspect, shot sizes on a performer, placement. */
export function CameraPanel({ id, beatId, sceneId }: { readonly id: string; readonly beatId: string; readonly sceneId: string }) {
  const camera = useCameraSetup(id, beatId);
  const cast = useCast(sceneId);
  const placements = usePlacementsOfBeat(beatId);
  const performers = useDocumentStore((s) => s.performers);
  const units = useUnits();
  const [subjectId, setSubjectId] = useState<string>('');
  if (!camera) return null;
  const fov = frameFovDeg(camera);
  const isPrime = (COMMON_PRIMES_MM as readonly number[]).includes(camera.focalLengthMm);
  const subject = placements.find((p) => p.performerId === (subjectId || cast[0]?.id)) ?? null;
  const [px, py, pz] = camera.position;
  const [tx, ty, tz] = camera.target;
  const lookThrough = () => {
    setActiveCameraName(camera.name);
    setView('camera');
  };
  return (
    <>
      <div className="stage-panel__title">
        <StageIcon name="camera" />
        <div>
          <strong>{camera.name}</strong>
          <span className="muted">
            {' '}
            · {camera.focalLengthMm} mm · {camera.aspect}
          </span>
        </div>
      </div>
      <label className="stage-check">
        <input type="checkbox" checked={!camera.hidden} onChange={(e) => void updateCamera(id, beatId, { hidden: !e.target.checked })} />
        <span>Used in this beat</span>
      </label>
      {camera.hidden && <p className="muted">{camera.name} is not used in this beat: it is not drawn here and cannot be looked through. Its name, sensor and aspect are shared by every beat.</p>}
      <PanelSection title="Camera">
        <TextInput label="Camera name" value={camera.name} maxLength={40} onCommit={(name) => void updateCamera(id, beatId, { name })} />
        <div className="stage-row stage-row--2">
          <label className="stage-field">
            <span className="stage-field__label">Lens</span>
            <select className="stage-input" aria-label="Focal length preset" value={isPrime ? String(camera.focalLengthMm) : 'other'} onChange={(e) => e.target.value !== 'other' && void updateCamera(id, beatId, { focalLengthMm: Number(e.target.value) })}>
              {COMMON_PRIMES_MM.map((mm) => (
                <option key={mm} value={mm}>
                  {mm} mm
                </option>
              ))}
              <option value="other">Other…</option>
            </select>
          </label>
          <label className="stage-field">
            <span className="stage-field__label">Focal length</span>
            <NumericInput label="Focal length" value={camera.focalLengthMm} unit="mm" decimals={1} min={4} max={1200} onCommit={(v) => void updateCamera(id, beatId, { focalLengthMm: v })} />
          </label>
        </div>
        <label className="stage-field">
          <span className="stage-field__label">Sensor</span>
          <select
            className="stage-input"
            aria-label="Sensor"
            value={camera.sensor.preset}
            onChange={(e) => {
              const preset = e.target.value as SensorPreset;
              void updateCamera(id, beatId, { sensor: preset === 'custom' ? { ...camera.sensor, preset } : sensorForPreset(preset) });
            }}
          >
            {SENSOR_PRESETS.map((p) => (
              <option key={p} value={p}>
                {SENSOR_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        {camera.sensor.preset === 'custom' ? (
          <div className="stage-row stage-row--2">
            <NumericInput caption="W" label="Sensor width" value={camera.sensor.widthMm} unit="mm" min={1} max={100} onCommit={(v) => void editCamera(id, beatId, (l) => ({ sensor: { ...l.sensor, widthMm: v } }))} />
            <NumericInput caption="H" label="Sensor height" value={camera.sensor.heightMm} unit="mm" min={1} max={100} onCommit={(v) => void editCamera(id, beatId, (l) => ({ sensor: { ...l.sensor, heightMm: v } }))} />
          </div>
        ) : null}
        <label className="stage-field">
          <span className="stage-field__label">Aspect ratio</span>
          <select className="stage-input" aria-label="Aspect ratio" value={camera.aspect} onChange={(e) => void updateCamera(id, beatId, { aspect: e.target.value as AspectRatio })}>
            {ASPECT_RATIOS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <p className="stage-hint" data-testid="camera-fov">
          Angle of view {fov.horizontal.toFixed(1)}° × {fov.vertical.toFixed(1)}° ({camera.sensor.preset === 'custom' ? 'custom sensor' : SENSOR_SPECS[camera.sensor.preset].label}, frame cropped to {camera.aspect}).
        </p>
        <button type="button" className="stage-btn stage-btn--primary stage-btn--wide" onClick={lookThrough}>
          <StageIcon name="eye" /> Look through {camera.name}
        </button>
      </PanelSection>

      <PanelSection title="Shot size">
        <select className="stage-input" aria-label="Frame performer" value={subjectId || cast[0]?.id || ''} onChange={(e) => setSubjectId(e.target.value)}>
          {cast.map((p) => (
            <option key={p.id} value={p.id}>
              Frame {p.character || p.name}
            </option>
          ))}
        </select>
        <div className="stage-segmented stage-segmented--wrap" role="group" aria-label="Shot size presets">
          {SHOT_SIZES.map((s) => (
            <button key={s} type="button" className={`stage-seg${camera.shotSize === s ? ' stage-seg--on' : ''}`} disabled={!subject} onClick={() => subject && void frameCameraOn(camera.id, subject, s)}>
              {SHOT_LABELS[s]}
            </button>
          ))}
        </div>
        <ul className="stage-list stage-list--compact">
          {placements
            .filter((p) => !p.hidden)
            .map((p) => {
              const perf = performers[p.performerId];
              if (!perf) return null;
              return (
                <li key={p.id}>
                  To {perf.character || perf.name}: {formatMeasurement(camera.position, bodyLandmarks(p, perf.heightCm).chest, units)}
                </li>
              );
            })}
        </ul>
      </PanelSection>

      <PanelSection title="Position and aim">
        <div className="stage-row stage-row--3">
          <NumericInput caption="X" label="Camera X" value={px} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ position: [v, l.position[1], l.position[2]] }))} />
          <NumericInput caption="Y" label="Camera height" value={py} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ position: [l.position[0], v, l.position[2]] }))} />
          <NumericInput caption="Z" label="Camera Z" value={pz} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ position: [l.position[0], l.position[1], v] }))} />
        </div>
        <div className="stage-row stage-row--3">
          <NumericInput caption="X" label="Aim X" value={tx} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ target: [v, l.target[1], l.target[2]] }))} />
          <NumericInput caption="Y" label="Aim height" value={ty} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ target: [l.target[0], v, l.target[2]] }))} />
          <NumericInput caption="Z" label="Aim Z" value={tz} unit="m" step={0.1} onCommit={(v) => void editCamera(id, beatId, (l) => ({ target: [l.target[0], l.target[1], v] }))} />
        </div>
        <NumericInput caption="Roll" label="Camera roll" value={camera.rollDeg} unit="°" decimals={1} step={1} onCommit={(v) => void updateCamera(id, beatId, { rollDeg: v })} />
      </PanelSection>
      <ItemActions
        onDuplicate={() => void duplicateCamera(camera)}
        onDelete={() => {
          clearSelection();
          void runCommand({ type: 'camera.delete', id });
        }}
      />
    </>
  );
}
