import type { BodyRegionId } from '../../../../shared/domain/bodyRegions';
import { REGION_GROUPS, regionChoice } from '../wardrobeWords';

/** A body region chosen from a list grouped by area (the keyboard way to what a click on the mannequin picks). */
export function RegionSelect({ label, value, onChange, id }: { readonly label: string; readonly value: BodyRegionId; readonly onChange: (region: BodyRegionId) => void; readonly id?: string }) {
  return (
    <select id={id} className="stage-input" aria-label={label} title={regionChoice(value)} value={value} onChange={(e) => onChange(e.target.value as BodyRegionId)}>
      {REGION_GROUPS.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.regions.map((r) => (
            <option key={r} value={r}>
              {regionChoice(r)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
