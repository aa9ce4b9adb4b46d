import { Icon } from '../../components/Icon';
import { useReadOnly } from '../review/readOnly';
import { selectPerson, useSelectionStore } from '../../store/selectionStore';
import { useCrewList, usePerformers } from '../../store/selectors';
import { ProductionHeader } from './ProductionHeader';
import { SceneList } from './SceneList';

export function Sidebar() {
  const view = useSelectionStore((s) => s.view);
  const performers = usePerformers().length;
  const crew = useCrewList().length;
  const readOnly = useReadOnly();
  return (
    <nav className="sidebar" aria-label="Production">
      <ProductionHeader />
      {/* A review copy holds no one's consent or contact details, and people cannot be edited there: no People view. */}
      {readOnly ? null : (
        <div className="sidebar__nav">
          <button
            type="button"
            className={`nav-item${view === 'people' ? ' nav-item--active' : ''}`}
            aria-current={view === 'people' ? 'page' : undefined}
            // A place to go, like a tab: clicking it while there keeps you there (a scene in the list goes back).
            onClick={() => view !== 'people' && selectPerson(useSelectionStore.getState().person)}
          >
            <Icon name="people" />
            <span className="nav-item__label">People</span>
            <span className="nav-item__count" aria-label={`${performers} performers, ${crew} crew`}>
              {performers + crew}
            </span>
          </button>
        </div>
      )}
      <SceneList />
    </nav>
  );
}
