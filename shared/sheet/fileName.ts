/**
 * The file name of a sheet: "The Quiet Hours – Scene 42 – Maya Okafor – v3.pdf". Made safe for every
 * file system the app runs on: path separators, characters Windows refuses, control characters and
 * leading or trailing dots and spaces are taken out, so a production or performer name can never
 * point the file somewhere else.
 */
export function sheetFileName(parts: { readonly production: string; readonly sceneNumber: string; readonly copyName: string; readonly versionNumber: number | null }): string {
  const version = parts.versionNumber === null ? 'draft' : `v${parts.versionNumber}`;
  const base = [clean(parts.production, 80) || 'Production', `Scene ${clean(parts.sceneNumber, 20) || '?'}`, clean(parts.copyName, 60) || 'Sheet', version].join(' – ');
  return `${base}.pdf`;
}

function clean(text: string, max: number): string {
  const safe = text
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return safe.length <= max ? safe : safe.slice(0, max).trimEnd();
}
