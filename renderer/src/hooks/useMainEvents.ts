import { useEffect } from 'react';
import { exportComments, exportReviewCopy, exportReviewOfShownScene, importComments } from '../features/review/reviewActions';
import { onEvent } from '../api/client';
import { closeDocument, createDocument, openDocument, receiveDocument, redo, saveCopyAs, undo } from '../store/actions';
import { useDocumentStore } from '../store/documentStore';
import { openInfoDialog, showToast } from '../store/uiStore';
import { openSigningCertificate, openVerifySheet } from '../features/signing/signingStore';
import { isEditableTarget } from './isEditableTarget';

/** Menu choices and documents opened from the File menu, sent by main (Electron only). */
export function useMainEvents(): void {
  useEffect(() => {
    const offMenu = onEvent('menu:action', ({ action }) => {
      const inText = isEditableTarget(document.activeElement);
      const hasDocument = useDocumentStore.getState().phase === 'open';
      switch (action) {
        case 'undo':
        case 'redo':
          // Edit ▸ Undo while typing undoes the typing, like every text editor.
          // execCommand is deprecated but remains the only way to reach the field's own undo stack.
          if (inText) document.execCommand(action);
          else if (hasDocument) void (action === 'undo' ? undo() : redo());
          break;
        case 'newProduction':
          void createDocument();
          break;
        case 'openProduction':
          void openDocument();
          break;
        case 'saveCopyAs':
          if (hasDocument)
            void saveCopyAs().then((path) => path && showToast({ tone: 'success', message: `A copy was saved to ${path}` }));
          break;
        case 'closeProduction':
          if (hasDocument) void closeDocument();
          break;
        case 'verifySheet':
          openVerifySheet();
          break;
        case 'signingCertificate':
          openSigningCertificate();
          break;
        case 'exportReviewCopy':
          if (hasDocument) void exportReviewOfShownScene();
          break;
        case 'exportReviewProduction':
          if (hasDocument) void exportReviewCopy(null);
          break;
        case 'exportComments':
          if (hasDocument) void exportComments();
          break;
        case 'importComments':
          if (hasDocument) void importComments();
          break;
        case 'about':
        case 'shortcuts':
          openInfoDialog(action);
          break;
      }
    });
    const offOpened = onEvent('document:opened', receiveDocument);
    return () => {
      offMenu();
      offOpened();
    };
  }, []);
}
