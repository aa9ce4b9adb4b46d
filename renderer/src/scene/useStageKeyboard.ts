import { openInfoDialog } from '../store/uiStore';
import { isReadOnly } from '../features/review/readOnly';
import { useCallback, type KeyboardEvent } from 'react';
import type { Vec3 } from '../../../shared/domain/blocking';
import { isEditableTarget } from '../hooks/isEditableTarget';
import { runCommand } from '../store/actions';
import { getCamerasOfBeat, getPlacementOf } from './selectors';
import { getAllCamerasOfBeat, getCast } from './selectors';
import { duplicateCamera, editCamera, editPlacement, editSetPiece, movePlacement, setHidden } from './stageActions';
import { clearSelection, requestFocus, selectPerformer, setMeasuring, setExposureTint, setPendingContact, setPickMode, setPlaying, setTransformMode, setView, toggleGhosts, useStageStore } from './stageStore';
import { normaliseDeg, roundVec } from './support';
import { editBarrier } from './barrierActions3d';

/**
 * Keys of the 3D view, active while the viewport has focus (never while typing in a field):
 * W move, E rotate, F focus, M measure, G ghosts of the previous beat, Delete, Ctrl/Cmd+D duplicate, arrows
 * nudge (Shift: more), N / Shift+N select the next / previous performer. Tab is left alone: the viewport
 * is one stop in the page's Tab order, so the beat strip, panels and inspector stay reachable.
 */
const EDIT_KEYS = new Set(['w', 'W', 'e', 'E', 'c', 'C', 'd', 'D', 'Delete', 'Backspace', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']);

export function useStageKeyboard(sceneId: string, beatId: string | null) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.defaultPrevented || isEditableTarget(e.target) || e.altKey) return;
      // A review copy: only the keys that look (views, focus, measure, ghosts, play, pick next) — none that edit.
      if (isReadOnly() && (EDIT_KEYS.has(e.key) || ((e.ctrlKey || e.metaKey) && (e.key === 'd' || e.key === 'D')))) return;
      const stage = useStageStore.getState();
      const sel = stage.selection;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key;
      const handled = () => {
        e.preventDefault();
        e.stopPropagation();
      };

      if (!mod && (key === 'w' || key === 'W')) return handled(), setTransformMode('move');
      if (!mod && (key === 'e' || key === 'E')) return handled(), setTransformMode('rotate');
      if (!mod && (key === 'f' || key === 'F')) return handled(), requestFocus();
      if (!mod && (key === 'm' || key === 'M')) return handled(), setMeasuring(!stage.measuring);
      if (!mod && (key === 'g' || key === 'G')) return handled(), toggleGhosts();
      if (!mod && (key === 'x' || key === 'X') && stage.view === 'camera') return handled(), setExposureTint(!stage.exposureTint);
      if (!mod && key === '1') return handled(), setView('free');
      if (!mod && key === '2') return handled(), setView('top');
      if (!mod && key === '3' && beatId && getCamerasOfBeat(beatId).length) return handled(), setView('camera');
      if (!mod && key === ' ') return handled(), setPlaying(!stage.playing);
      if (!mod && (key === 'c' || key === 'C') && beatId) return handled(), setPickMode(stage.pickMode === 'contact' ? 'select' : 'contact');
      if (!mod && (key === 'd' || key === 'D') && beatId) return handled(), setPickMode(stage.pickMode === 'garment' ? 'select' : 'garment');
      if (key === 'Escape') {
        handled();
        if (stage.pendingContact) return setPendingContact(null);
        if (stage.pickMode !== 'select') return setPickMode('select');
        return stage.measuring ? setMeasuring(false) : clearSelection();
      }
      if (key === '?') return handled(), openInfoDialog('shortcuts');

      if (!mod && (key === 'n' || key === 'N')) {
        const cast = getCast(sceneId);
        if (cast.length === 0) return;
        handled();
        const current = sel?.kind === 'performer' ? cast.findIndex((p) => p.id === sel.performerId) : -1;
        const next = (current + (e.shiftKey ? -1 : 1) + cast.length) % cast.length;
        selectPerformer(cast[next]!.id);
        return;
      }
      if (!sel || !beatId) return;

      if (key === 'Delete' || key === 'Backspace') {
        handled();
        if (sel.kind === 'performer') {
          const p = getPlacementOf(beatId, sel.performerId);
          if (p && !p.hidden) void setHidden(p, true); // a performer is not deleted from a beat: they go off stage
        } else {
          clearSelection();
          const type = ({ setPiece: 'setPiece.delete', camera: 'camera.delete', contact: 'contact.delete', barrier: 'barrier.delete' } as const)[sel.kind];
          void runCommand({ type, id: sel.id });
        }
        return;
      }
      if (mod && (key === 'd' || key === 'D')) {
        handled();
        if (sel.kind === 'setPiece') void runCommand({ type: 'setPiece.duplicate', id: sel.id });
        if (sel.kind === 'camera') {
          const camera = beatId ? getAllCamerasOfBeat(beatId).find((c) => c.id === sel.id) : null;
          if (camera) void duplicateCamera(camera);
        }
        return;
      }

      const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const dir = arrows[key];
      if (!dir || mod) return;
      handled();
      const rotating = stage.transformMode === 'rotate';
      const step = e.shiftKey ? 0.25 : 0.05; // metres
      const turn = (e.shiftKey ? 15 : 5) * (dir[0] !== 0 ? -dir[0] : -dir[1]); // degrees
      const nudge = (v: Vec3): Vec3 => roundVec([v[0] + dir[0] * step, v[1], v[2] + dir[1] * step]);
      // Each nudge is built from the stored value when its turn comes, so held-down keys add up.
      if (sel.kind === 'performer') {
        const p = getPlacementOf(beatId, sel.performerId);
        if (!p) return;
        void editPlacement(p.id, (l) => (rotating ? movePlacement(l, l.position, normaliseDeg(l.rotationY + turn)) : movePlacement(l, nudge(l.position), l.rotationY)));
      } else if (sel.kind === 'barrier') {
        void editBarrier(sel.id, (l) => (rotating ? { rotationY: normaliseDeg(l.rotationY + turn) } : { position: nudge(l.position) }));
      } else if (sel.kind === 'contact') {
        return;
      } else if (sel.kind === 'setPiece') {
        void editSetPiece(sel.id, (l) => (rotating ? { rotationY: normaliseDeg(l.rotationY + turn) } : { position: nudge(l.position) }));
      } else {
        if (beatId) void editCamera(sel.id, beatId, (l) => ({ position: nudge(l.position), target: nudge(l.target) }));
      }
    },
    [sceneId, beatId],
  );
}
