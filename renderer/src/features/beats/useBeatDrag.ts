import { useCallback, useState, type DragEvent } from 'react';
import type { Beat } from '../../../../shared/domain/beat';
import { moveBeat } from './beatActions';

const MIME = 'application/x-closed-set-beat';

export interface BeatDrag {
  readonly draggingId: string | null;
  /** The gap the beat would land in: 0 = before the first card, n = after the last. */
  readonly dropSlot: number | null;
  readonly onDragStart: (e: DragEvent, beat: Beat) => void;
  readonly onDragEnd: () => void;
  readonly listHandlers: {
    readonly onDragOver: (e: DragEvent<HTMLElement>) => void;
    readonly onDragLeave: (e: DragEvent<HTMLElement>) => void;
    readonly onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

/** Which gap the pointer is over: the first card whose centre is right of the pointer. */
function slotAt(list: HTMLElement, clientX: number): number {
  const cards = Array.from(list.querySelectorAll<HTMLElement>('[data-beat-id]'));
  const i = cards.findIndex((c) => {
    const r = c.getBoundingClientRect();
    return clientX < r.left + r.width / 2;
  });
  return i < 0 ? cards.length : i;
}

/**
 * HTML5 drag and drop for the beat strip. Nothing changes while dragging (only an insertion line is
 * drawn); the drop sends exactly one beat.move.
 */
export function useBeatDrag(beats: readonly Beat[]): BeatDrag {
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const [dropSlot, setDropSlot] = useState<number | null>(null);

  const onDragStart = useCallback((e: DragEvent, beat: Beat) => {
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(MIME, beat.id);
    e.dataTransfer.setData('text/plain', `Beat ${beat.order + 1}`);
    setDraggingId(beat.id);
  }, []);

  const onDragEnd = useCallback(() => {
    setDraggingId(null);
    setDropSlot(null);
  }, []);

  const onDragOver = useCallback(
    (e: DragEvent<HTMLElement>) => {
      if (!draggingId && !e.dataTransfer.types.includes(MIME)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const slot = slotAt(e.currentTarget, e.clientX);
      setDropSlot((s) => (s === slot ? s : slot));
    },
    [draggingId],
  );

  const onDragLeave = useCallback((e: DragEvent<HTMLElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropSlot(null);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent<HTMLElement>) => {
      const id = e.dataTransfer.getData(MIME) || draggingId;
      e.preventDefault();
      const slot = slotAt(e.currentTarget, e.clientX);
      setDraggingId(null);
      setDropSlot(null);
      const beat = beats.find((b) => b.id === id);
      if (!beat) return;
      const from = beats.indexOf(beat);
      // Taking the beat out first shifts every later gap one to the left.
      const toIndex = slot > from ? slot - 1 : slot;
      void moveBeat(beat, toIndex, beats.length);
    },
    [beats, draggingId],
  );

  return { draggingId, dropSlot, onDragStart, onDragEnd, listHandlers: { onDragOver, onDragLeave, onDrop } };
}
