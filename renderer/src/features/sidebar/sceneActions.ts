import type { Scene } from '../../../../shared/domain/scene';
import { runCommand, undo } from '../../store/actions';
import { askConfirm, showToast } from '../../store/uiStore';

export function sceneName(scene: Pick<Scene, 'number' | 'title'>): string {
  return scene.title ? `Scene ${scene.number}: ${scene.title}` : `Scene ${scene.number}`;
}

/** Asks in an in-app dialog, then soft-deletes (the scene's consent history is kept; undo restores it). */
export async function confirmDeleteScene(scene: Scene, beatCount: number): Promise<void> {
  const ok = await askConfirm({
    title: `Delete scene ${scene.number}?`,
    body: `${sceneName(scene)} and its ${beatCount === 1 ? '1 beat' : `${beatCount} beats`} will be removed from the production. Consent records are kept, and you can undo this.`,
    confirmLabel: 'Delete scene',
    destructive: true,
  });
  if (!ok) return;
  const result = await runCommand({ type: 'scene.delete', id: scene.id });
  if (result) showToast({ tone: 'info', message: `Scene ${scene.number} deleted`, action: { label: 'Undo', run: () => void undo() } });
}
