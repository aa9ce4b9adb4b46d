import { Icon } from '../../components/Icon';
import { useReadOnly } from '../review/readOnly';
import { ReviewBanner } from '../review/ReviewBanner';
import { IconButton } from '../../components/IconButton';
import { useDocumentInfo, useProduction } from '../../store/selectors';
import { setInspectorOpen, useSelectionStore } from '../../store/selectionStore';
import { openInfoDialog } from '../../store/uiStore';
import { isHostedInElectron } from '../../api/client';
import { FileMenu } from './FileMenu';
import { HistoryButtons } from './HistoryButtons';
import { SaveStatusLine } from './SaveStatusLine';
import { ThemeToggle } from './ThemeToggle';
import { TruncatedText } from '../../components/TruncatedText';

export function TopBar() {
  const production = useProduction();
  const info = useDocumentInfo();
  const inspectorOpen = useSelectionStore((s) => s.inspectorOpen);
  const readOnly = useReadOnly();
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="brand-mark brand-mark--sm" aria-hidden="true">
          <Icon name="shield" size={14} />
        </span>
        <span className="topbar__app">Closed Set</span>
        {isHostedInElectron() ? null : <FileMenu />}
      </div>
      <div className="topbar__doc">
        <TruncatedText className="topbar__title" text={production?.title || 'Untitled production'} />
        {info ? (
          <span className="topbar__file" title={info.path}>
            <bdi className="truncate">{info.fileName}</bdi>
            {info.isSample ? <span className="chip chip--accent topbar__sample">Sample</span> : null}
          </span>
        ) : null}
      </div>
      {readOnly ? <ReviewBanner /> : <SaveStatusLine />}
      <div className="topbar__tools">
        {readOnly ? null : (
          <>
            <HistoryButtons />
            <span className="topbar__sep" aria-hidden="true" />
          </>
        )}
        <IconButton icon="keyboard" label="Keyboard shortcuts" onClick={() => openInfoDialog('shortcuts')} />
        <IconButton
          icon="inspector"
          label="Inspector"
          title={inspectorOpen ? 'Hide the inspector (more room for the 3D view)' : 'Show the inspector'}
          aria-pressed={inspectorOpen}
          onClick={() => setInspectorOpen(!inspectorOpen)}
        />
        <ThemeToggle />
      </div>
    </header>
  );
}
