import { useState } from 'react';
import type { Placement } from '../../../../shared/domain/blocking';
import { useDocumentStore } from '../../store/documentStore';
import { useBeatsOfScene } from '../../store/selectors';
import { copyPlacementFrom, editPlacement, performerName } from '../stageActions';

/** Copy a pose or a whole placement from another beat or another performer of the scene. */
export function CopyFromControl({ placement, sceneId }: { readonly placement: Placement; readonly sceneId: string }) {
  const beats = useBeatsOfScene(sceneId);
  const placements = useDocumentStore((s) => s.placements);
  const [sourceId, setSourceId] = useState('');
  const options = beats.flatMap((beat, i) =>
    Object.values(placements)
      .filter((p) => p.beatId === beat.id && p.id !== placement.id)
      .sort((a, b) => (a.performerId === placement.performerId ? -1 : 0) - (b.performerId === placement.performerId ? -1 : 0))
      .map((p) => ({ id: p.id, label: `Beat ${i + 1} · ${performerName(p.performerId)}${p.beatId === placement.beatId ? ' (this beat)' : ''}` })),
  );
  const source = sourceId ? placements[sourceId] : undefined;
  return (
    <div className="copy-from">
      <select className="stage-input" aria-label="Copy from" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
        <option value="">Copy from…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <div className="stage-actions">
        <button type="button" className="stage-btn" disabled={!source} onClick={() => source && void editPlacement(placement.id, (latest) => copyPlacementFrom(latest, source, 'pose'))}>
          Copy pose
        </button>
        <button type="button" className="stage-btn" disabled={!source} onClick={() => source && void editPlacement(placement.id, (latest) => copyPlacementFrom(latest, source, 'placement'))}>
          Copy placement
        </button>
      </div>
    </div>
  );
}
