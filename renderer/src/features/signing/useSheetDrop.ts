import { useEffect } from 'react';
import { verifySheetFile } from './signingStore';

const isPdf = (file: File) => file.type === 'application/pdf' || /\.pdf$/i.test(file.name);

/** A PDF dropped anywhere on the window is verified as a sheet (other drops are left alone). */
export function useSheetDrop(): void {
  useEffect(() => {
    const carriesFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Never let the browser navigate to a dropped file.
      e.preventDefault();
      const pdf = Array.from(e.dataTransfer!.files).find(isPdf);
      if (pdf) void verifySheetFile(pdf);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
