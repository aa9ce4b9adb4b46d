import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { exportSheets } from '../../electron/main/export/pipeline';
import { playwrightPrinter } from '../../electron/main/export/playwrightPrinter';
import { DANIEL, MAYA, SCENE_42, sampleWithSecrets } from '../support/sheetFixture';

// Looking at the pages (docs/architecture.md, "Look at what you build"): every copy of the sample's
// scene 42 on A4 and US Letter, as PDFs and as 60 dpi PNGs of each page, in $SHEET_PAGES_DIR
// (default <tmp>/closed-set-sheet-pages). Run: npx vitest run --config vitest.tools.config.ts tests/tools/sheet-pages.tool.ts
it('prints every copy of the sample scene in both paper sizes and renders the pages', async () => {
  const out = process.env.SHEET_PAGES_DIR ?? join(tmpdir(), 'closed-set-sheet-pages');
  rmSync(out, { recursive: true, force: true });
  const { doc, production } = sampleWithSecrets();
  const printer = playwrightPrinter();
  try {
    for (const paper of ['a4', 'letter'] as const) {
      const dir = join(out, paper);
      mkdirSync(dir, { recursive: true });
      const files = await exportSheets(
        { doc, production, sceneId: SCENE_42, version: { number: 2, hash: '9f2c41d07be3'.padEnd(64, 'a'), note: 'Beat 4 embrace shortened to 8 counts', issuedAt: '2026-12-01T09:30:00.000Z' } },
        [{ kind: 'performer', performerId: MAYA }, { kind: 'performer', performerId: DANIEL }, { kind: 'crew' }, { kind: 'coordinator' }],
        { printer, paper },
        dir,
      );
      for (const [i, f] of files.entries()) execFileSync('pdftoppm', ['-r', '60', '-png', f.path, join(dir, `copy${i + 1}`)]);
    }
  } finally {
    await printer.close();
  }
  console.log(`Pages in ${out}`);
});
