import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { openApp, screenshot } from '../support/e2e';

const DOCS = join(import.meta.dirname, '../../docs/screenshots');

// The sample production (what a new user sees on first start) in both themes, the 3D view showing.
it('captures the sample production in light and dark', async () => {
  mkdirSync(DOCS, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    // Smooth edges on, as with a graphics card (this machine renders WebGL in software).
    const app = await openApp({ sample: true, colorScheme: theme, smoothEdges: true });
    const { page } = app;
    await page.getByRole('list', { name: 'Beats' }).getByRole('listitem').nth(2).click();
    // Let the 3D view draw (software WebGL is slow) before the picture is taken.
    await page.waitForTimeout(4000);
    copyFileSync(await screenshot(page, `app-${theme}`), join(DOCS, `app-${theme}.png`));
    await app.close();
  }
});
