import type { Scene } from '../../../../../shared/domain/scene';

/** "All scenes" (the standing boundary) or one scene the performer is in (an override for that scene only). */
export function SceneScopeSelect({ label, scenes, value, onChange, allLabel }: { readonly label: string; readonly scenes: readonly Scene[]; readonly value: string | null; readonly onChange: (sceneId: string | null) => void; readonly allLabel: string }) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="input input--select" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{allLabel}</option>
        {scenes.map((s) => (
          <option key={s.id} value={s.id}>
            Scene {s.number} only
          </option>
        ))}
      </select>
    </label>
  );
}
