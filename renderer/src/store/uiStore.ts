import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';
export interface Toast {
  readonly id: number;
  readonly tone: ToastTone;
  readonly message: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** A confirmation the user must answer in an in-app dialog (never window.confirm). */
export interface ConfirmRequest {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly destructive?: boolean;
  readonly resolve: (ok: boolean) => void;
}

/** A one-line question (a file path in the browser host, which has no native file dialog). */
export interface PromptRequest {
  readonly title: string;
  readonly label: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly initialValue: string;
  readonly resolve: (value: string | null) => void;
}

export type InfoDialog = 'about' | 'shortcuts' | null;

export interface UiState {
  readonly toasts: readonly Toast[];
  readonly confirm: ConfirmRequest | null;
  readonly prompt: PromptRequest | null;
  readonly infoDialog: InfoDialog;
  /** Text for the polite aria-live region (reorders, deletions). */
  readonly announcement: string;
}

export const useUiStore = create<UiState>(() => ({ toasts: [], confirm: null, prompt: null, infoDialog: null, announcement: '' }));

let nextToastId = 1;
const TOAST_MS: Record<ToastTone, number> = { info: 6000, success: 4000, error: 10000 };

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextToastId++;
  // Only the latest few stay on screen; older ones make room.
  useUiStore.setState((s) => ({ toasts: [...s.toasts.slice(-2), { ...toast, id }] }));
  window.setTimeout(() => dismissToast(id), TOAST_MS[toast.tone]);
  return id;
}

export function dismissToast(id: number): void {
  useUiStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

export function showError(message: string): void {
  showToast({ tone: 'error', message });
}

/** Opens the confirmation dialog and resolves with the user's answer. */
export function askConfirm(request: Omit<ConfirmRequest, 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => {
    useUiStore.getState().confirm?.resolve(false);
    useUiStore.setState({
      confirm: {
        ...request,
        resolve: (ok) => {
          useUiStore.setState({ confirm: null });
          resolve(ok);
        },
      },
    });
  });
}

/** Opens the one-line prompt dialog; resolves with the trimmed answer, or null when cancelled. */
export function askText(request: Omit<PromptRequest, 'resolve'>): Promise<string | null> {
  return new Promise((resolve) => {
    useUiStore.getState().prompt?.resolve(null);
    useUiStore.setState({
      prompt: {
        ...request,
        resolve: (value) => {
          useUiStore.setState({ prompt: null });
          resolve(value);
        },
      },
    });
  });
}

export function openInfoDialog(dialog: InfoDialog): void {
  useUiStore.setState({ infoDialog: dialog });
}

export function announce(message: string): void {
  // Clearing first makes screen readers repeat an identical message (moving the same beat twice).
  useUiStore.setState({ announcement: '' });
  window.setTimeout(() => useUiStore.setState({ announcement: message }), 30);
}
