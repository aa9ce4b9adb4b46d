import type { CommandInput } from '../../../../shared/commands';
import { useSelectionStore } from '../../store/selectionStore';
import type { CommentsImportReport } from '../../../../shared/review/commentsFile';
import type { ChangeSet } from '../../../../shared/domain/records';
import { invoke, isHostedInElectron, toAppError } from '../../api/client';
import { runCommand } from '../../store/actions';
import { applyChangeSet, useDocumentStore } from '../../store/documentStore';
import { askConfirm, askText, showError, showToast } from '../../store/uiStore';
import { isReadOnly } from './readOnly';
import { useReviewStore } from './reviewStore';

const stem = () => useDocumentStore.getState().info?.path.replace(/\.closedset$/, '') ?? '/tmp/Production';

/** The browser host has no file dialog: it asks for a path (undefined in Electron, where main asks). */
async function pathFromUser(title: string, body: string, confirmLabel: string, initialValue: string): Promise<string | null | undefined> {
  if (isHostedInElectron()) return undefined;
  return askText({ title, body, confirmLabel, label: 'File path', initialValue });
}

function merge(changes: ChangeSet): void {
  const s = useDocumentStore.getState();
  applyChangeSet(changes, s.history, new Date().toISOString());
}

function failed(e: unknown): null {
  const error = toAppError(e);
  if (error.code !== 'cancelled') showError(error.message);
  return null;
}

/** Asks main which approvals still match the staging they approved. */
export async function refreshApprovals(): Promise<void> {
  try {
    useReviewStore.setState({ approvals: await invoke('review:approvals', {}) });
  } catch {
    // No production open (or it closed meanwhile): nothing to show.
    useReviewStore.setState({ approvals: {} });
  }
}

/** The coordinator exports a review copy of one scene, or of the whole production, for the director. */
export async function exportReviewCopy(sceneId: string | null, sceneNumber?: string): Promise<string | null> {
  const suffix = sceneId && sceneNumber ? ` scene ${sceneNumber}` : '';
  const asked = await pathFromUser(
    sceneId ? `Review copy of scene ${sceneNumber}` : 'Review copy of the whole production',
    'Where should the review copy be written? Use a full path ending in .closedset. It holds the staging and comments, what staging needs of consent in words, and no boundary notes, riders, fittings or contact details.',
    'Export review copy',
    `${stem()}${suffix} review.closedset`,
  );
  if (asked === null) return null;
  try {
    const { path } = await invoke('review:exportCopy', { sceneId, ...(asked ? { path: asked } : {}) });
    showToast({ tone: 'success', message: `Review copy written to ${path}. Send it to the director; it opens read-only.` });
    return path;
  } catch (e) {
    return failed(e);
  }
}

/** A review copy of the scene shown (or of the whole production when no scene is shown). */
export function exportReviewOfShownScene(): Promise<string | null> {
  const sceneId = useSelectionStore.getState().sceneId;
  const scene = sceneId ? useDocumentStore.getState().scenes[sceneId] : null;
  return scene ? exportReviewCopy(scene.id, scene.number) : exportReviewCopy(null);
}

/** A comment from whoever is reading: a command in the production (undoable), the review channel in a review copy. */
export async function writeComment(command: Extract<CommandInput, { type: 'comment.add' | 'comment.edit' }>): Promise<boolean> {
  if (!isReadOnly()) return !!(await runCommand(command));
  try {
    merge(await invoke('review:comment', { command }));
    return true;
  } catch (e) {
    failed(e);
    return false;
  }
}

export async function resolveThread(id: string, resolved: boolean, by: string): Promise<void> {
  await runCommand({ type: 'comment.resolve', id, resolved, by });
}

export async function approveScene(sceneId: string, approverName: string): Promise<void> {
  try {
    merge(await invoke('review:approve', { sceneId, approverName }));
    await refreshApprovals();
    showToast({ tone: 'success', message: 'Approval recorded in this review copy. Export your comments to send it to the coordinator.' });
  } catch (e) {
    failed(e);
  }
}

/** The director sends back their comments and approval as a small file. */
export async function exportComments(): Promise<string | null> {
  const asked = await pathFromUser('Export comments', 'Where should your comments be written? Use a full path ending in .closedset-comments, then send the file to the coordinator.', 'Export comments', `${stem()} comments.closedset-comments`);
  if (asked === null) return null;
  try {
    const result = await invoke('review:exportComments', asked ? { path: asked } : {});
    showToast({ tone: 'success', message: `${plural(result.comments, 'comment')} and ${plural(result.approvals, 'approval')} written to ${result.path}.` });
    return result.path;
  } catch (e) {
    return failed(e);
  }
}

/** The coordinator imports the director's comments file into the production (merged, never overwritten). */
export async function importComments(): Promise<CommentsImportReport | null> {
  // Said before the file is chosen, in both hosts (Electron's own open dialog cannot say it).
  if (isHostedInElectron() && !(await askConfirm({ title: 'Import comments', body: IMPORT_IS_A_RECORD, confirmLabel: 'Choose the comments file…' }))) return null;
  const asked = await pathFromUser('Import comments', `Which comments file from the director should be imported? Use the full path of a .closedset-comments file. ${IMPORT_IS_A_RECORD}`, 'Import', '');
  if (asked === null) return null;
  try {
    const { changes, report } = await invoke('review:importComments', asked ? { path: asked } : {});
    merge(changes);
    await refreshApprovals();
    showToast({ tone: 'info', message: `${importSummary(report)} ${AFTER_IMPORT}` });
    return report;
  } catch (e) {
    return failed(e);
  }
}

/**
 * An import is not undoable, on purpose (docs/domain.md, "Director review"): what a director sent is a
 * record of the review, approvals can never be deleted (the file refuses it), and a second import of the
 * same file adds nothing. The way to set a comment aside is to resolve it.
 */
const IMPORT_IS_A_RECORD =
  'The director’s comments and approvals are added to this production and kept as the record of the review: an import cannot be undone (Undo still undoes your own last edit), and importing the same file again adds nothing twice. To set a comment aside, resolve its thread in the Comments tab; “Hide resolved” there hides resolved threads.';
const AFTER_IMPORT = 'This cannot be undone: resolve a thread in the Comments tab to set it aside.';

/** "Imported 3 comments and 1 approval; 2 already here; 1 duplicate skipped; 1 about a deleted beat or item (kept)." */
export function importSummary(r: CommentsImportReport): string {
  const parts = [`Imported ${plural(r.added, 'new comment')} and ${plural(r.approvalsAdded, 'approval')}`];
  if (r.textsMerged) parts.push(`${plural(r.textsMerged, 'comment')} with a changed text (both texts kept)`);
  if (r.alreadyImported + r.approvalsAlreadyImported) parts.push(`${r.alreadyImported + r.approvalsAlreadyImported} already here`);
  if (r.duplicates) parts.push(`${plural(r.duplicates, 'duplicate')} skipped`);
  if (r.onDeleted) parts.push(`${r.onDeleted} about a deleted beat or item (kept, marked)`);
  return `${parts.join('; ')}.`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
