import { useMemo, useState } from 'react';
import type { Placement } from '../../../../shared/domain/blocking';
import { searchPresets } from '../../../../shared/blocking';
import type { PoseSupport } from '../../../../shared/domain/blocking';
import { applyPoseToPlacement, editPlacement } from '../stageActions';
import { useSavedPosePresets } from '../selectors';

const SUPPORT_TAG: Record<PoseSupport, string> = { floor: 'feet down', seat: 'seated', surface: 'on surface' };

/** Search the built-in and saved presets; a click applies one to the mannequin (one command, undoable). */
export function PosePresetPicker({ placement }: { readonly placement: Placement }) {
  const [query, setQuery] = useState('');
  const saved = useSavedPosePresets();
  const builtIn = useMemo(() => searchPresets(query), [query]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const own = saved.filter((p) => words.every((w) => p.name.toLowerCase().includes(w)));
  return (
    <div className="preset-picker">
      <input
        className="stage-input"
        type="search"
        placeholder="Search poses: lying, seated, embrace…"
        aria-label="Search pose presets"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="preset-picker__list" role="list" aria-label="Pose presets">
        {own.map((p) => (
          <li key={p.id}>
            <button type="button" className="preset-picker__item" onClick={() => void editPlacement(placement.id, (latest) => applyPoseToPlacement(latest, p.pose, p.name))} title={`Apply the saved pose “${p.name}”`}>
              <span className="preset-picker__name">{p.name}</span>
              <span className="preset-picker__tag">saved</span>
            </button>
          </li>
        ))}
        {builtIn.map((p) => (
          <li key={p.id}>
            <button type="button" className="preset-picker__item" onClick={() => void editPlacement(placement.id, (latest) => applyPoseToPlacement(latest, p.pose, p.name))} title={p.description}>
              <span className="preset-picker__name">{p.name}</span>
              <span className="preset-picker__tag">{SUPPORT_TAG[p.support]}</span>
            </button>
          </li>
        ))}
        {own.length + builtIn.length === 0 ? <li className="stage-panel__empty">No pose matches “{query}”.</li> : null}
      </ul>
    </div>
  );
}
