import { invoke, isHostedInElectron, toAppError } from '../../../api/client';
import { bytesFromBase64 } from '../../../api/download';
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

/** How long a shown PDF's blob URL lives: long enough for the new tab to load it, then it is let go. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Opens an attached rider PDF. Main checks its hash first and refuses a damaged copy. In the desktop app
 * main hands a read-only copy to the system's PDF viewer; in the browser host the PDF comes back and is
 * shown in a new tab (opened at the click, before the answer, so the browser does not take it for a pop-up).
 */
export async function openRiderPdf(attachmentId: string, fileName: string): Promise<void> {
  const tab = isHostedInElectron() ? null : window.open('about:blank', '_blank');
  if (!isHostedInElectron() && !tab) {
    showError(`The browser did not open a new tab for “${fileName}”. Allow pop-ups for Closed Set, or use “Save a copy…” and open the copy.`);
    return;
  }
  try {
    const opened = await invoke('rider:openPdf', { attachmentId });
    if (opened.shownBy === 'system-viewer') {
      showToast({ tone: 'success', message: `${opened.fileName} opened in the system’s PDF viewer (a read-only copy).` });
      return;
    }
    const url = URL.createObjectURL(new Blob([bytesFromBase64(opened.pdfBase64)], { type: 'application/pdf' }));
    // The tab shows only the PDF: it gets no handle back to the app.
    tab!.opener = null;
    tab!.location.href = url;
    window.setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
    announce(`${opened.fileName} opened in a new tab.`);
  } catch (e) {
    tab?.close();
    showError(toAppError(e).message);
  }
}
