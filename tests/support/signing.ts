import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { launchChromium } from './chromium';

/** A sheet.json as the sheet export writes it (electron/main/export/pipeline.ts `sheetJson`). */
export function sheetJsonFor(versionHash: string | null, versionNumber = 1): string {
  return JSON.stringify({
    format: 'closed-set-sheet',
    formatVersion: 1,
    production: { name: 'The Quiet Hours' },
    scene: { id: 's1', number: '57', title: 'Morning after' },
    version: versionHash ? { number: versionNumber, hash: versionHash } : null,
    reader: { kind: 'performer', name: 'Maya Okafor' },
    signoffs: [{ role: 'performer', typedName: 'Maya Okafor', action: 'signed', signedAt: '2026-12-01T10:00:00.000Z' }],
    sheet: { beats: [{ number: 1, description: 'Ruth sits on the bed edge.' }] },
  });
}

/** A plain multi-page PDF written by pdf-lib (fast, for the verifier's cases). */
export async function plainPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`Choreography sheet, page ${i}`, { x: 56, y: 780, size: 14, font });
  return doc.save();
}

/** A PDF printed by Chromium, as the sheet export makes them (object streams, xref streams, fonts). */
export async function chromiumPdf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
  } finally {
    await browser.close();
  }
}

/** pdfsig's report on a file (its exit code is 0 even on a digest mismatch, so only the text counts). */
export function pdfsig(dir: string, bytes: Uint8Array): string {
  const path = join(dir, `pdfsig-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, bytes);
  try {
    return execFileSync('pdfsig', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}
