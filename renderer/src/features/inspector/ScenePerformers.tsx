import type { Scene } from '../../../../shared/domain/scene';
import { FORBIDDEN_FOR_MINORS } from '../../../../shared/rules/minors';
import { Icon } from '../../components/Icon';
import { usePendingValue } from '../../hooks/usePendingValue';
import { selectPerson } from '../../store/selectionStore';
import { usePerformers } from '../../store/selectors';
import { TruncatedText } from '../../components/TruncatedText';

/** Checkboxes for the production's performers; checked = appears in this scene (billing order kept). */
export function ScenePerformers({ scene, onCommit }: { readonly scene: Scene; readonly onCommit: (ids: Scene['performerIds']) => unknown }) {
  const performers = usePerformers();
  const [ids, commit] = usePendingValue(scene.performerIds);
  if (performers.length === 0) {
    return (
      <p className="muted small">
        No performers yet.{' '}
        <button type="button" className="link-btn" onClick={() => selectPerson(null)}>
          Add performers in People
        </button>
      </p>
    );
  }
  const toggle = (id: Scene['performerIds'][number], on: boolean) =>
    commit(on ? [...ids, id] : ids.filter((x) => x !== id), onCommit);
  return (
    <ul className="performer-checks" aria-label="Performers in this scene">
      {performers.map((p) => {
        const checked = ids.includes(p.id);
        // Main refuses the edit anyway (a hard block); the UI says so before the click.
        const blocked = !checked && p.isMinor && FORBIDDEN_FOR_MINORS.some((f) => scene.contentFlags.includes(f));
        return (
          <li key={p.id} className="performer-check">
            <input
              id={`sp-${p.id}`}
              type="checkbox"
              checked={checked}
              disabled={blocked}
              aria-describedby={blocked ? `sp-${p.id}-blocked` : undefined}
              onChange={(e) => toggle(p.id, e.target.checked)}
            />
            <label htmlFor={`sp-${p.id}`}>
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              <TruncatedText className="performer-check__name" text={p.name} />
              {p.character ? <TruncatedText className="performer-check__char" text={`as ${p.character}`} /> : null}
              {p.isMinor ? <span className="chip chip--danger">Minor</span> : null}
            </label>
            {blocked ? (
              <p id={`sp-${p.id}-blocked`} className="notice notice--danger small wrap-anywhere">
                <Icon name="alert" size={14} /> <bdi>{p.name}</bdi> is a minor and this scene is flagged for nudity or simulated sex, which can never be planned
                for a minor.
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
