import { useSelectionStore } from '../../store/selectionStore';
import { useReadOnly } from '../review/readOnly';
import { Inspector } from '../inspector/Inspector';
import { PeopleView } from '../people/PeopleView';
import { Sidebar } from '../sidebar/Sidebar';
import { SceneWorkspace } from '../workspace/SceneWorkspace';
import { TopBar } from './TopBar';

/** Top bar, then sidebar | main area | inspector. The people editor replaces the main area and inspector. */
export function AppShell() {
  const view = useSelectionStore((s) => s.view);
  const inspectorOpen = useSelectionStore((s) => s.inspectorOpen);
  const readOnly = useReadOnly();
  const people = view === 'people' && !readOnly;
  return (
    <div className="shell">
      <TopBar />
      <div className={`shell__body shell__body--${people ? 'people' : 'scene'}${inspectorOpen ? '' : ' shell__body--no-inspector'}`}>
        <Sidebar />
        {people ? (
          <PeopleView />
        ) : (
          <>
            <SceneWorkspace />
            {inspectorOpen ? <Inspector /> : null}
          </>
        )}
      </div>
    </div>
  );
}
