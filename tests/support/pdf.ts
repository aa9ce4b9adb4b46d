import { execFileSync } from 'node:child_process';

/** The text of a PDF as poppler's pdftotext reads it (layout off: words in reading order). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Page count and page size (points) from pdfinfo. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}
