import { invoke, isHostedInElectron, toAppError } from '../../../api/client';
import { applyChangeSet, useDocumentStore } from '../../../store/documentStore';
import { announce, askText, showError, showToast } from '../../../store/uiStore';

// The signed rider as a PDF in the production file. In the desktop app main shows its own open and save
// dialogs; the browser host has none, so there the path is asked for in an in-app dialog (null: cancelled).
async function pathFromUser(prompt: { title: string; body: string; confirmLabel: string }, initialValue: string): Promise<string | null | undefined> {
  if (isHostedInElectron()) return undefined;
  return askText({ ...prompt, label: 'File path', initialValue });
}

const cancelled = (e: unknown) => toAppError(e).code === 'cancelled';

export async function attachRiderPdf(riderId: string, version: number, recordedBy: string): Promise<void> {
  const path = await pathFromUser({ title: 'Attach the signed rider (PDF)', body: 'Which PDF is the signed rider? Use the full path of a .pdf file.', confirmLabel: 'Attach' }, '');
  if (path === null) return;
  try {
    const changes = await invoke('rider:attachPdf', { riderId, recordedBy, ...(path ? { path } : {}) });
    const s = useDocumentStore.getState();
    applyChangeSet(changes, s.history, new Date().toISOString());
    const name = changes.records[0]?.kind === 'riderAttachment' ? changes.records[0].fileName : 'The PDF';
    announce(`${name} attached to rider version ${version}.`);
    showToast({ tone: 'success', message: `${name} attached to rider version ${version}.` });
  } catch (e) {
    if (!cancelled(e)) showError(toAppError(e).message);
  }
}

export async function saveRiderPdfCopy(attachmentId: string, fileName: string): Promise<void> {
  const path = await pathFromUser({ title: 'Save a copy of the rider PDF', body: 'Where should the copy be written? Use a full path ending in .pdf.', confirmLabel: 'Save copy' }, `/tmp/${fileName}`);
  if (path === null) return;
  try {
    const saved = await invoke('rider:savePdfCopy', { attachmentId, ...(path ? { path } : {}) });
    showToast({ tone: 'success', message: `Copy saved to ${saved.path}` });
  } catch (e) {
    if (!cancelled(e)) showError(toAppError(e).message);
  }
}
