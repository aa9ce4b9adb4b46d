// The system's default viewer for a file main wrote itself (a rider PDF's read-only copy). Thin on
// purpose: which file, and checking it, is services/riderPdfViewer.ts's job.
import { shell } from 'electron';

/** Resolves to '' when the file was opened, else the OS's reason. */
export function openInSystemViewer(path: string): Promise<string> {
  return shell.openPath(path);
}
