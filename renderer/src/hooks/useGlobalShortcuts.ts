import { useEffect } from 'react';
import { isHostedInElectron } from '../api/client';
import { createDocument, openDocument, redo, saveCopyAs, undo } from '../store/actions';
import { openInfoDialog, useUiStore } from '../store/uiStore';
import { isEditableTarget } from './isEditableTarget';

/**
 * Document undo/redo from the keyboard: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y. In a text field
 * the keys are left to the browser so they undo typing instead. preventDefault also stops the
 * Electron menu accelerator from firing a second undo.
 */
export function useGlobalShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod && e.key === '?' && !isEditableTarget(e.target)) {
        e.preventDefault();
        openInfoDialog('shortcuts');
        return;
      }
      if (!mod) return;
      const key = e.key.toLowerCase();
      // Electron's File menu owns these accelerators; the browser host has only the in-app File menu.
      if (!isHostedInElectron() && !useUiStore.getState().confirm && (key === 'o' || key === 'n' || (key === 's' && e.shiftKey))) {
        e.preventDefault();
        void (key === 'o' ? openDocument() : key === 'n' ? createDocument() : saveCopyAs());
        return;
      }
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey);
      if (!isUndo && !isRedo) return;
      if (isEditableTarget(e.target)) return;
      // While a modal dialog is open the document behind it is not being edited.
      if (useUiStore.getState().confirm) return;
      e.preventDefault();
      void (isUndo ? undo() : redo());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
