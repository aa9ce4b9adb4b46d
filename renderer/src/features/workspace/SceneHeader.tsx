import { CONTENT_FLAG_LABELS, SCENE_STATUS_LABELS, type Scene } from '../../../../shared/domain/scene';
import { useReadOnly } from '../review/readOnly';
import { Chip } from '../../components/Chip';
import { ChecksSummary } from '../checks/ChecksSummary';
import { Icon } from '../../components/Icon';
import { inspect, useSelectionStore } from '../../store/selectionStore';
import { usePerformers } from '../../store/selectors';
import { formatShootDate } from './format';
import { TruncatedText } from '../../components/TruncatedText';
import { useState } from 'react';
import { ExportSheetsDialog } from '../sheets/ExportSheetsDialog';

export function SceneHeader({ scene }: { readonly scene: Scene }) {
  const readOnly = useReadOnly();
  const inspecting = useSelectionStore((s) => s.inspector === 'scene');
  const performers = usePerformers();
  const [exporting, setExporting] = useState(false);
  const cast = scene.performerIds.map((id) => performers.find((p) => p.id === id)).filter((p) => !!p);
  const facts: { icon: 'file' | 'scene' | 'clock'; text: string; label: string }[] = [];
  if (scene.scriptPages) facts.push({ icon: 'file', text: `pp. ${scene.scriptPages}`, label: 'Script pages' });
  if (scene.setLocation) facts.push({ icon: 'scene', text: scene.setLocation, label: 'Set' });
  if (scene.shootDate || scene.callTime)
    facts.push({
      icon: 'clock',
      text: [scene.shootDate ? formatShootDate(scene.shootDate) : null, scene.callTime ? `call ${scene.callTime}` : null].filter(Boolean).join(' · '),
      label: 'Shoot',
    });

  return (
    <header className="scene-header">
      <div className="scene-header__main">
        <div className="scene-header__title-row">
          <span className="scene-header__number">Sc. {scene.number}</span>
          <h1 className="scene-header__title">{scene.title ? <TruncatedText text={scene.title} /> : <span className="muted">Untitled scene</span>}</h1>
          <Chip tone="status" className={`chip--status-${scene.status}`}>
            {SCENE_STATUS_LABELS[scene.status]}
          </Chip>
        </div>
        <dl className="scene-header__facts">
          {facts.length === 0 ? <dd className="muted">Add pages, set and shoot date in the scene details.</dd> : null}
          {facts.map((f) => (
            <div key={f.label} className="scene-fact">
              <dt className="visually-hidden">{f.label}</dt>
              <dd>
                <Icon name={f.icon} size={13} />
                <TruncatedText text={f.text} />
              </dd>
            </div>
          ))}
          {cast.length > 0 ? (
            <div className="scene-fact">
              <dt className="visually-hidden">Performers</dt>
              <dd className="scene-header__cast">
                {cast.map((p) => (
                  <span key={p.id} className="cast-pill">
                    <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                    <TruncatedText text={p.name} />
                  </span>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
        {scene.contentFlags.length > 0 ? (
          <ul className="scene-header__flags" aria-label="Content flags">
            {scene.contentFlags.map((f) => (
              <li key={f}>
                <Chip tone={f === 'simulatedSex' || f === 'sexualViolence' || f === 'nudity' ? 'warn' : 'neutral'}>{CONTENT_FLAG_LABELS[f]}</Chip>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="scene-header__actions">
        <button type="button" className={`btn btn--sm${inspecting ? ' btn--active' : ''}`} aria-pressed={inspecting} onClick={() => inspect('scene')}>
          <Icon name="edit" size={14} /> Scene details
        </button>
        {/* A review copy holds no consent records: no sheets, and no checks against them (its staging limits are in the Comments tab). */}
        {readOnly ? null : (
          <>
            <button type="button" className="btn btn--sm" onClick={() => setExporting(true)}>
              <Icon name="file" size={14} /> Export sheets…
            </button>
            <ChecksSummary sceneId={scene.id} />
          </>
        )}
        {exporting ? <ExportSheetsDialog scene={scene} open onClose={() => setExporting(false)} /> : null}
      </div>
    </header>
  );
}
