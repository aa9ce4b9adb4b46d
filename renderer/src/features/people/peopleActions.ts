import type { Crew, Performer } from '../../../../shared/domain/people';
import { createdIds, runCommand, undo } from '../../store/actions';
import { useDocumentStore } from '../../store/documentStore';
import { finishAddingPerson, startAddingPerson, useSelectionStore, type PersonRef } from '../../store/selectionStore';
import { askConfirm, showToast } from '../../store/uiStore';
import { isolate } from '../../components/bidi';

/** Adds a performer or crew member and opens them, name field focused; nobody else is editable meanwhile. */
async function addPerson(kind: PersonRef['kind']): Promise<void> {
  const previous = useSelectionStore.getState().person;
  startAddingPerson(kind);
  const before = kind === 'performer' ? useDocumentStore.getState().performers : useDocumentStore.getState().crew;
  const result = await runCommand(kind === 'performer' ? { type: 'performer.create' } : { type: 'crew.create' });
  const [id] = createdIds(result, kind, before);
  // Only if nothing else was chosen while waiting (the user may have clicked another person).
  if (useSelectionStore.getState().adding === kind) finishAddingPerson(id ? { kind, id } : null, previous);
}

export const addPerformer = () => addPerson('performer');
export const addCrew = () => addPerson('crew');

export async function confirmDeletePerformer(p: Performer): Promise<void> {
  const name = isolate(p.name);
  const ok = await askConfirm({
    title: `Delete ${name}?`,
    body: `${name} will be removed from the production and from every scene. Their consent history (boundaries and riders) is kept, and you can undo this.`,
    confirmLabel: 'Delete performer',
    destructive: true,
  });
  if (!ok) return;
  if (await runCommand({ type: 'performer.delete', id: p.id }))
    showToast({ tone: 'info', message: `${name} deleted`, action: { label: 'Undo', run: () => void undo() } });
}

export async function confirmDeleteCrew(c: Crew): Promise<void> {
  const name = isolate(c.name);
  const ok = await askConfirm({
    title: `Delete ${name}?`,
    body: `${name} will be removed from the production’s crew list. You can undo this.`,
    confirmLabel: 'Delete crew member',
    destructive: true,
  });
  if (!ok) return;
  if (await runCommand({ type: 'crew.delete', id: c.id }))
    showToast({ tone: 'info', message: `${name} deleted`, action: { label: 'Undo', run: () => void undo() } });
}
