import type { Crew, Performer } from '../../../../shared/domain/people';
import { createdIds, runCommand, undo } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { selectPerson } from '../../store/selectionStore';
import { askConfirm, showToast } from '../../store/uiStore';

export async function addPerformer(): Promise<void> {
  const before = useDocumentStore.getState().performers;
  const [id] = createdIds(await runCommand({ type: 'performer.create' }), 'performer', before);
  if (id) selectPerson({ kind: 'performer', id });
}

export async function addCrew(): Promise<void> {
  const before = useDocumentStore.getState().crew;
  const [id] = createdIds(await runCommand({ type: 'crew.create' }), 'crew', before);
  if (id) selectPerson({ kind: 'crew', id });
}

export async function confirmDeletePerformer(p: Performer): Promise<void> {
  const ok = await askConfirm({
    title: `Delete ${p.name}?`,
    body: `${p.name} will be removed from the production and from every scene. Their consent history (boundaries, riders, signatures) is kept, and you can undo this.`,
    confirmLabel: 'Delete performer',
    destructive: true,
  });
  if (!ok) return;
  if (await runCommand({ type: 'performer.delete', id: p.id }))
    showToast({ tone: 'info', message: `${p.name} deleted`, action: { label: 'Undo', run: () => void undo() } });
}

export async function confirmDeleteCrew(c: Crew): Promise<void> {
  const ok = await askConfirm({
    title: `Delete ${c.name}?`,
    body: `${c.name} will be removed from the production’s crew list. You can undo this.`,
    confirmLabel: 'Delete crew member',
    destructive: true,
  });
  if (!ok) return;
  if (await runCommand({ type: 'crew.delete', id: c.id }))
    showToast({ tone: 'info', message: `${c.name} deleted`, action: { label: 'Undo', run: () => void undo() } });
}
