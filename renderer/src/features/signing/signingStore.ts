import { create } from 'zustand';
import type { SheetVerdict } from '../../../../shared/signing/verdict';
import { MAX_VERIFY_PDF_BYTES } from '../../../../shared/signing/status';
import { invoke } from '../../api/client';

type VerifyState =
  | { readonly phase: 'choose' }
  | { readonly phase: 'checking'; readonly fileName: string }
  | { readonly phase: 'done'; readonly fileName: string; readonly verdict: SheetVerdict }
  | { readonly phase: 'failed'; readonly fileName: string; readonly message: string };

interface SigningUiState {
  readonly dialog: 'verify' | 'certificate' | null;
  readonly verify: VerifyState;
}

export const useSigningUi = create<SigningUiState>(() => ({ dialog: null, verify: { phase: 'choose' } }));

export function openVerifySheet(): void {
  useSigningUi.setState({ dialog: 'verify', verify: { phase: 'choose' } });
}

export function openSigningCertificate(): void {
  useSigningUi.setState({ dialog: 'certificate' });
}

export function closeSigningDialog(): void {
  useSigningUi.setState({ dialog: null });
}

/** Reads a file the user chose or dropped and asks main for the verdict (the bytes, never a path). */
export async function verifySheetFile(file: File): Promise<void> {
  useSigningUi.setState({ dialog: 'verify', verify: { phase: 'checking', fileName: file.name } });
  const fail = (message: string) => useSigningUi.setState({ verify: { phase: 'failed', fileName: file.name, message } });
  if (file.size > MAX_VERIFY_PDF_BYTES) return fail(`“${file.name}” is too large to be a sheet (the limit is ${MAX_VERIFY_PDF_BYTES / 1_000_000} MB).`);
  try {
    const pdf = await fileToBase64(file);
    const verdict = await invoke('sheet:verify', { pdf, fileName: file.name.slice(0, 260) });
    // Only the latest file's verdict is shown, when several are dropped in a row.
    if (useSigningUi.getState().verify.phase === 'checking') useSigningUi.setState({ verify: { phase: 'done', fileName: file.name, verdict } });
  } catch (e) {
    fail((e as Error).message);
  }
}

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
