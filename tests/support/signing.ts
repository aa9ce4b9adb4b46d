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
    sceneId: 's1',
    version: versionHash ? { number: versionNumber, hash: versionHash } : null,
    copy: { kind: 'performer', performerId: 'p1' },
    sheet: {
      header: { production: 'The Quiet Hours', sceneNumber: '57', sceneTitle: 'Morning after', copyFor: 'Maya Okafor (Ruth) — performer’s copy' },
      signoff: {
        lines: [
          { role: 'Performer', name: 'Maya Okafor', status: 'Signed 1 Dec 2026 10:00 (typed name: Maya Okafor)', withdrawn: false },
          { role: 'Director', name: 'Jon Hale', status: '', withdrawn: false },
        ],
      },
    },
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
