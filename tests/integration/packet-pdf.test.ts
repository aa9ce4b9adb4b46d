import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePacketPdf, type PacketServices } from '../../electron/main/export/packetPipeline';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { createPlaywrightStills } from '../../electron/main/export/stillsPlaywright';
import type { DocumentSnapshot } from '../../shared/domain/records';
import type { PacketChoices } from '../../shared/packet';
import { COLLECTION_KINDS, RECORD_KINDS } from '../../shared/records/registry';
import { launchChromium } from '../support/chromium';
import { pdfInfo, pdfText } from '../support/pdf';
import { DANIEL, MAYA, privateStrings, SCENE_42, SECRETS, sampleWithSecrets } from '../support/sheetFixture';

// The rehearsal packet printed for real: Chromium stills of the sample scene, the sheet's printer,
// then poppler reads the PDF back (page size, pages, the words on them, whose private data is there).
// The PDFs stay in test-results/packet/ to be looked at (pdftoppm -r 60 -png).
const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-results/packet');
const { records, doc, production } = sampleWithSecrets();
const snapshot = { production, ...Object.fromEntries(COLLECTION_KINDS.map((k) => [RECORD_KINDS[k].snapshotKey, records.filter((r) => r.kind === k)])) } as unknown as DocumentSnapshot;
const base: PacketChoices = { sceneId: SCENE_42, audience: { kind: 'cast' }, beatIds: null, cameraId: null, stills: true, scale: 'fit', paper: 'a4' };
// Landscape: [width, height] in points as Chromium writes the MediaBox.
const LANDSCAPE = { a4: [841.89, 595.28], letter: [792, 612] } as const;
const words = (s: string) => s.replace(/\s+/g, ' ');
// pdftotext joins a word hyphenated at a line end without its hyphen: compare with hyphens and spaces gone.
const bare = (s: string) => s.replace(/[\s\-\u2010]+/g, '');

let browser: Browser;
let services: PacketServices;
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/renderer/still.html'))) throw new Error('out/renderer is not built: run `npx electron-vite build` first.');
  browser = await launchChromium();
  services = { printer: playwrightPrinter(), stills: createPlaywrightStills({ browser, rendererDir: join(ROOT, 'out/renderer') }), now: () => '2026-12-02T13:40:00.000Z' };
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await services?.printer?.close();
  await browser?.close();
});

async function print(name: string, choices: Partial<PacketChoices>) {
  const made = await makePacketPdf(snapshot, null, { ...base, ...choices }, services);
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, made.pdf);
  const raw = pdfText(path);
  return { ...made, path, text: words(raw), flat: bare(raw), info: pdfInfo(path) };
}

describe('the rehearsal packet as a PDF', () => {
  it('prints a landscape cover and one page per beat on A4 and on US Letter, with the stills, the chosen camera and the plan', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const p = await print(`full-cast-${paper}`, { paper, cameraId: 'sample-camera-a' });
      expect(p.info.width).toBeCloseTo(LANDSCAPE[paper][0], 0);
      expect(p.info.height).toBeCloseTo(LANDSCAPE[paper][1], 0);
      expect(p.info.pages).toBe(1 + 6);
      expect(p.fileName).toBe('The Quiet Hours – Sc 42 – Rehearsal packet – Full cast – draft.pdf');
      for (const t of ['Draft — not issued', 'nobody has signed', 'Palm to palm', 'CONFIDENTIAL', 'Page 7 of 7', 'Check-in after this beat', 'Rehearsal view', 'A cam', 'UPSTAGE', 'counts 1–8 of the scene']) expect(p.flat.toUpperCase()).toContain(bare(t).toUpperCase()); // (capitals set in CSS come out letter-spaced)
      expect(p.text).toMatch(/Ruth → Tom: .*lips/);
      // The stills are in it: one picture per beat page for the rehearsal view, plus A cam where it is used.
      expect(p.pdf.length).toBeGreaterThan(300_000);
    }
  }, 300_000);

  it('prints only the chosen beats, and without stills when they are off', async () => {
    const p = await print('beats-2-and-4-no-stills', { beatIds: ['sample-beat-2', 'sample-beat-4'], stills: false, scale: 100 });
    expect(p.info.pages).toBe(3);
    // (letter-spaced capitals come out of pdftotext spaced: "B E AT 2 of 6")
    expect(p.text).toMatch(/ 2 of 6 /);
    expect(p.text).toMatch(/ 4 of 6 /);
    expect(p.text).not.toMatch(/ 3 of 6 /);
    expect(p.text).not.toContain('Rehearsal view');
    expect(p.text).toMatch(/scale 1:100\b/); // ("when printed at 100%" only where the plan is wide enough)
  }, 120_000);

  it('gives each performer their own consent and none of the other’s private data; the full cast none of anyone’s', async () => {
    const cast = await print('full-cast-privacy', { stills: false });
    for (const who of [MAYA, DANIEL]) for (const secret of privateStrings(doc, who)) expect(cast.flat).not.toContain(bare(secret));
    for (const [me, other, name] of [[MAYA, DANIEL, 'maya'], [DANIEL, MAYA, 'daniel']] as const) {
      const p = await print(`performer-${name}`, { audience: { kind: 'performer', performerId: me }, stills: name === 'maya' });
      for (const secret of privateStrings(doc, other)) expect(p.flat).not.toContain(bare(secret));
      expect(p.flat).toContain(bare(SECRETS[me].fitting));
      expect(p.flat).toContain(bare(SECRETS[me].garment));
      expect(p.text).toContain('Your consent in this scene');
      expect(p.info.pages).toBe(1 + 1 + 6); // the cover, their own consent page, a page per beat
    }
  }, 300_000);
});
