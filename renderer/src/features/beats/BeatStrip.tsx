import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Beat } from '../../../../shared/domain/beat';
import { Icon } from '../../components/Icon';
import { selectBeat, useSelectionStore } from '../../store/selectionStore';
import { useBeatsOfScene } from '../../store/selectors';
import { addBeat, deleteBeat, duplicateBeat, moveBeat } from './beatActions';
import { BeatCard, type BeatKeyAction } from './BeatCard';
import { useBeatDrag } from './useBeatDrag';
import { useReadOnly } from '../review/readOnly';

/** The scene's beats in order, like a dance count sheet: add, edit, reorder, duplicate, delete. */
export function BeatStrip({ sceneId }: { readonly sceneId: string }) {
  const beats = useBeatsOfScene(sceneId);
  const selectedId = useSelectionStore((s) => s.beatId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // A card to focus once the list has re-rendered (after a move, add or delete).
  const focusNext = useRef<string | null>(null);
  const drag = useBeatDrag(beats);
  const readOnly = useReadOnly();
  // Read through a ref so the key handler keeps one identity and memoised cards do not all re-render.
  const beatsRef = useRef(beats);
  beatsRef.current = beats;

  useLayoutEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-beat-id="${CSS.escape(id)}"]`);
    if (el) {
      focusNext.current = null;
      el.focus();
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  });

  /** Focuses the card now if it is rendered, else as soon as it is (a just-created beat). */
  const focusBeat = useCallback((id: string) => {
    focusNext.current = id;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-beat-id="${CSS.escape(id)}"]`);
    if (el) {
      focusNext.current = null;
      el.focus();
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, []);

  const onAdd = useCallback(async () => {
    const id = await addBeat(sceneId, selectedId && beats.some((b) => b.id === selectedId) ? selectedId : null);
    if (id) focusBeat(id);
  }, [sceneId, selectedId, beats, focusBeat]);

  const onKeyAction = useCallback(
    async (beat: Beat, action: BeatKeyAction) => {
      const beats = beatsRef.current;
      const index = beats.findIndex((b) => b.id === beat.id);
      switch (action) {
        case 'prev':
        case 'next':
        case 'first':
        case 'last': {
          const to = action === 'prev' ? index - 1 : action === 'next' ? index + 1 : action === 'first' ? 0 : beats.length - 1;
          const target = beats[to];
          if (target) focusBeat(target.id);
          break;
        }
        case 'moveEarlier':
        case 'moveLater': {
          // Set before sending: the re-render that reorders the cards must put focus back on this one.
          focusNext.current = beat.id;
          await moveBeat(beat, action === 'moveEarlier' ? index - 1 : index + 1, beats.length);
          break;
        }
        case 'edit':
          setEditingId(beat.id);
          break;
        case 'duplicate': {
          const id = await duplicateBeat(beat);
          if (id) focusBeat(id);
          break;
        }
        case 'delete': {
          const neighbour = beats[index + 1] ?? beats[index - 1] ?? null;
          if (await deleteBeat(beat)) {
            selectBeat(neighbour?.id ?? null);
            if (neighbour) focusBeat(neighbour.id);
          }
          break;
        }
      }
    },
    [focusBeat],
  );

  const stopEditing = useCallback(
    (beatId: string, refocus: boolean) => {
      setEditingId((id) => (id === beatId ? null : id));
      if (refocus) focusNext.current = beatId;
    },
    [],
  );

  const totalCounts = beats.reduce((sum, b) => sum + (b.counts ?? 0), 0);
  const tabStop = beats.some((b) => b.id === selectedId) ? selectedId : (beats[0]?.id ?? null);
  const noOpSlot = (slot: number) => {
    const from = beats.findIndex((b) => b.id === drag.draggingId);
    return from >= 0 && (slot === from || slot === from + 1);
  };

  return (
    <section className="beat-strip" aria-labelledby="beats-heading">
      <div className="beat-strip__head">
        <h2 id="beats-heading" className="section-label">
          Beats <span className="section-label__count">{beats.length}</span>
        </h2>
        {totalCounts > 0 ? <span className="beat-strip__total">{totalCounts} counts in all</span> : null}
        {readOnly ? null : (
          <>
            <span className="beat-strip__hint">Drag to reorder · Alt+← → moves the focused beat</span>
            <button type="button" className="btn btn--sm btn--primary" onClick={() => void onAdd()}>
              <Icon name="plus" size={14} /> Add beat
            </button>
          </>
        )}
      </div>
      {beats.length === 0 ? (
        <div className="beat-strip__empty">
          <p>
            No beats yet. Break the scene into short, repeatable beats — one clinical description each, e.g. “A rests left hand on the front of B’s
            right shoulder, 4 counts”.
          </p>
        </div>
      ) : (
        <ol ref={listRef} className={`beat-strip__list${drag.draggingId ? ' beat-strip__list--dragging' : ''}`} aria-label="Beats" {...drag.listHandlers}>
          {beats.map((beat, i) => (
            <BeatCard
              key={beat.id}
              beat={beat}
              total={beats.length}
              selected={beat.id === selectedId}
              tabbable={beat.id === tabStop}
              editing={beat.id === editingId}
              dragging={beat.id === drag.draggingId}
              dropBefore={drag.dropSlot === i && !noOpSlot(i)}
              dropAfter={i === beats.length - 1 && drag.dropSlot === beats.length && !noOpSlot(beats.length)}
              onKeyAction={onKeyAction}
              onStartEditing={setEditingId}
              onStopEditing={stopEditing}
              onDragStart={drag.onDragStart}
              onDragEnd={drag.onDragEnd}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
