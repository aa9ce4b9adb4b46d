import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { beatNumber, type Beat } from '../../../../shared/domain/beat';
import { Icon } from '../../components/Icon';
import { IconButton } from '../../components/IconButton';
import { selectBeat } from '../../store/selectionStore';
import { BeatChecksBadge } from '../checks/BeatChecksBadge';
import { BeatDescriptionEditor } from './BeatDescriptionEditor';
import { useReadOnly } from '../review/readOnly';
import { BeatWardrobe } from './BeatWardrobe';

export type BeatKeyAction = 'prev' | 'next' | 'first' | 'last' | 'moveEarlier' | 'moveLater' | 'edit' | 'duplicate' | 'delete';

interface BeatCardProps {
  readonly beat: Beat;
  readonly total: number;
  readonly selected: boolean;
  /** Roving tab stop: only one card is in the Tab order; arrows move between cards. */
  readonly tabbable: boolean;
  readonly editing: boolean;
  readonly dragging: boolean;
  readonly dropBefore: boolean;
  readonly dropAfter: boolean;
  readonly onKeyAction: (beat: Beat, action: BeatKeyAction) => void;
  readonly onStartEditing: (id: string) => void;
  readonly onStopEditing: (id: string, refocus: boolean) => void;
  readonly onDragStart: (e: DragEvent, beat: Beat) => void;
  readonly onDragEnd: () => void;
}

function keyAction(e: KeyboardEvent): BeatKeyAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey && !mod) {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') return 'moveEarlier';
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') return 'moveLater';
    return null;
  }
  if (mod) return e.key.toLowerCase() === 'd' && !e.shiftKey ? 'duplicate' : null;
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case 'F2':
      return 'edit';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    default:
      return null;
  }
}

export function beatAccessibleName(beat: Beat): string {
  return `Beat ${beatNumber(beat)}: ${beat.description.trim() || 'No description'}`;
}

export const BeatCard = memo(function BeatCard(props: BeatCardProps) {
  const { beat, total, selected, tabbable, editing, dragging, dropBefore, dropAfter, onKeyAction } = props;
  const n = beatNumber(beat);
  // A review copy shows beats to look at: no edit, duplicate, delete, drag or editing keys.
  const readOnly = useReadOnly();

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || readOnly) return; // keys inside the card's buttons and editor are theirs
    const action = keyAction(e);
    if (!action) return;
    e.preventDefault();
    onKeyAction(beat, action);
  };

  const classes = [
    'beat-card',
    selected && 'beat-card--selected',
    dragging && 'beat-card--dragging',
    dropBefore && 'beat-card--drop-before',
    dropAfter && 'beat-card--drop-after',
    editing && 'beat-card--editing',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li
      className={classes}
      data-beat-id={beat.id}
      tabIndex={tabbable ? 0 : -1}
      aria-label={beatAccessibleName(beat)}
      aria-current={selected ? 'true' : undefined}
      aria-roledescription="beat"
      aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight Enter Delete"
      draggable={!editing && !readOnly}
      onDragStart={(e) => props.onDragStart(e, beat)}
      onDragEnd={props.onDragEnd}
      onFocus={() => {
        if (!selected) selectBeat(beat.id);
      }}
      onKeyDown={onKeyDown}
    >
      <div className="beat-card__head">
        <Icon name="grip" className="beat-card__grip" />
        <span className="beat-card__number" aria-hidden="true">
          {n}
        </span>
        <span className="beat-card__counts">{beat.counts ? `${beat.counts} ct` : '— ct'}</span>
        {beat.checkInAfter ? (
          <span className="beat-card__checkin" title="Check-in with the performers after this beat">
            <Icon name="checkIn" size={13} />
            Check-in
          </span>
        ) : null}
        <BeatChecksBadge sceneId={beat.sceneId} beatId={beat.id} />
      </div>
      {editing ? (
        <BeatDescriptionEditor beat={beat} onDone={(refocus) => props.onStopEditing(beat.id, refocus)} />
      ) : (
        <p dir="auto" className={`beat-card__desc${beat.description.trim() ? '' : ' beat-card__desc--empty'}`} onDoubleClick={readOnly ? undefined : () => props.onStartEditing(beat.id)}>
          {beat.description.trim() || (readOnly ? 'No description' : 'No description yet — double-click to describe this beat')}
        </p>
      )}
      {editing ? null : <BeatWardrobe beatId={beat.id} />}
      <div className="beat-card__actions">
        {readOnly ? null : (
          <>
            <IconButton icon="edit" label={`Edit beat ${n}`} tabIndex={-1} onClick={() => props.onStartEditing(beat.id)} />
            <IconButton icon="copy" label={`Duplicate beat ${n}`} tabIndex={-1} onClick={() => onKeyAction(beat, 'duplicate')} />
            <IconButton icon="trash" label={`Delete beat ${n}`} tabIndex={-1} onClick={() => onKeyAction(beat, 'delete')} />
          </>
        )}
        <span className="beat-card__pos" aria-hidden="true">
          {n}/{total}
        </span>
      </div>
    </li>
  );
});
