import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSheets, type SheetSource } from '../../electron/main/export/pipeline';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import type { PdfPrinter } from '../../electron/main/export/printer';
import { beatStills } from '../../electron/main/export/stills';
import { createPlaywrightStills, type PlaywrightStills } from '../../electron/main/export/stillsPlaywright';
import type { StillTiming } from '../../shared/stills/request';
import { launchChromium } from '../support/chromium';
import { DANIEL, MAYA, SCENE_42, sampleWithSecrets } from '../support/sheetFixture';

// The stills where they are used: every performer's choreography sheet carries a 3D still per beat
// (its first camera's, or the rehearsal view), made once for all the copies of the export.
const ROOT = join(import.meta.dirname, '../..');
const PAGES_DIR = join(ROOT, 'test-results/stills');
const { doc, production } = sampleWithSecrets();
const source: SheetSource = { doc, production, sceneId: SCENE_42, version: null };

let browser: Browser;
let printer: PdfPrinter;
let stills: PlaywrightStills;
let drawn = 0;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stills-sheet-'));
  browser = await launchChromium();
  printer = playwrightPrinter();
  stills = createPlaywrightStills({ browser, rendererDir: join(ROOT, 'out/renderer'), keepPage: true, onTimings: (t: readonly StillTiming[]) => (drawn += t.length) });
});
afterAll(async () => {
  await stills?.close();
  await printer?.close();
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('3D stills on the choreography sheets', () => {
  it('prints a still per beat on each performer’s sheet, each still drawn once for both copies', async () => {
    const files = await exportSheets(source, [{ kind: 'performer', performerId: MAYA }, { kind: 'performer', performerId: DANIEL }], { printer, paper: 'a4', stills: (model) => beatStills(stills, source, model.beats) }, dir);
    const beats = Object.values(doc.beats).filter((b) => b.sceneId === SCENE_42).length;
    expect(drawn).toBe(beats);
    for (const file of files) {
      // pdfimages lists each picture embedded in the PDF: a PNG still per beat, at the size drawn.
      const images = execFileSync('pdfimages', ['-list', file.path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
      const stillsInPdf = images.filter((l) => /\s1200\s+(502|675)\s/.test(l));
      expect(stillsInPdf.length, images.join('\n')).toBe(beats);
    }
    mkdirSync(PAGES_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '2', '-l', '3', files[0]!.path, join(PAGES_DIR, 'sheet-page')]);
    expect(readdirSync(PAGES_DIR).filter((f) => f.startsWith('sheet-page')).length).toBeGreaterThan(0);
  });
});
