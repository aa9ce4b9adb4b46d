import { IconButton } from '../../components/IconButton';
import { redo, undo } from '../../store/actions';
import { useHistory } from '../../store/selectors';

/**
 * Undo/redo. The accessible names stay "Undo"/"Redo" (so they never collide with "Add beat" and
 * friends); the tooltip says what will be undone ("Undo Add beat"), as the Edit menu does.
 */
export function HistoryButtons() {
  const h = useHistory();
  const undoTitle = h.canUndo && h.undoLabel ? `Undo ${h.undoLabel}` : 'Nothing to undo';
  const redoTitle = h.canRedo && h.redoLabel ? `Redo ${h.redoLabel}` : 'Nothing to redo';
  return (
    <div className="history-buttons" role="group" aria-label="History">
      <IconButton icon="undo" label="Undo" title={undoTitle} aria-description={undoTitle} disabled={!h.canUndo} onClick={() => void undo()} />
      <IconButton icon="redo" label="Redo" title={redoTitle} aria-description={redoTitle} disabled={!h.canRedo} onClick={() => void redo()} />
    </div>
  );
}
