import { clearSelection } from '../stageStore';
import { StageIcon } from './StageIcon';

/** Duplicate and Delete for the selected set piece or camera (Delete also clears the selection). */
export function ItemActions({ onDuplicate, onDelete }: { readonly onDuplicate: () => void; readonly onDelete: () => void }) {
  return (
    <div className="stage-actions">
      <button type="button" className="stage-btn" onClick={onDuplicate}>
        <StageIcon name="copy" /> Duplicate
      </button>
      <button type="button" className="stage-btn stage-btn--danger" onClick={onDelete}>
        <StageIcon name="trash" /> Delete
      </button>
    </div>
  );
}

/** Delete for a selected contact or barrier: back to the outline, then one delete command (undoable). */
export function DeleteAction({ label, onDelete }: { readonly label: string; readonly onDelete: () => void }) {
  return (
    <div className="stage-actions">
      <button
        type="button"
        className="stage-btn stage-btn--danger"
        onClick={() => {
          clearSelection();
          onDelete();
        }}
      >
        <StageIcon name="trash" /> {label}
      </button>
    </div>
  );
}
