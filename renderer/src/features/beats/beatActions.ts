import { beatNumber, type Beat } from '../../../../shared/domain/beat';
import { createdIds, runCommand, undo } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { selectBeat } from '../../store/selectionStore';
import { announce, showToast } from '../../store/uiStore';

/** Adds a beat after `afterBeatId` (or at the end) and selects it. Resolves with the new id. */
export async function addBeat(sceneId: string, afterBeatId: string | null): Promise<string | null> {
  const before = useDocumentStore.getState().beats;
  const result = await runCommand({ type: 'beat.create', sceneId, ...(afterBeatId ? { afterBeatId } : {}) });
  const [id] = createdIds(result, 'beat', before);
  if (!id) return null;
  selectBeat(id);
  const beat = useDocumentStore.getState().beats[id];
  if (beat) announce(`Beat ${beatNumber(beat)} added`);
  return id;
}

export async function duplicateBeat(beat: Beat): Promise<string | null> {
  const before = useDocumentStore.getState().beats;
  const result = await runCommand({ type: 'beat.duplicate', id: beat.id });
  const [id] = createdIds(result, 'beat', before);
  if (!id) return null;
  selectBeat(id);
  announce(`Beat ${beatNumber(beat)} duplicated as beat ${beatNumber(beat) + 1}`);
  return id;
}

/** Deletes at once (no dialog): the toast offers Undo, which restores the beat and its blocking. */
export async function deleteBeat(beat: Beat): Promise<boolean> {
  const result = await runCommand({ type: 'beat.delete', id: beat.id });
  if (!result) return false;
  // The toast is itself a live region, so it is the announcement.
  const message = `Beat ${beatNumber(beat)} deleted`;
  showToast({ tone: 'info', message, action: { label: 'Undo', run: () => void undo() } });
  return true;
}

/** One beat.move command; the new position is announced for screen-reader users. */
export async function moveBeat(beat: Beat, toIndex: number, total: number): Promise<boolean> {
  if (toIndex === beat.order || toIndex < 0 || toIndex >= total) return false;
  const result = await runCommand({ type: 'beat.move', id: beat.id, toIndex });
  if (!result) return false;
  const what = beat.description.trim() ? `“${truncate(beat.description.trim(), 60)}”` : `Beat ${beatNumber(beat)}`;
  announce(`${what} moved to position ${toIndex + 1} of ${total}`);
  return true;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
