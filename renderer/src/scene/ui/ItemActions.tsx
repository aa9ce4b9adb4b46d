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
