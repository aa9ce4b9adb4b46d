// Renders the app icon (build/icon.svg) to the PNGs electron-builder packages:
//   build/icon.png            1024×1024, the source for the macOS .icns and the Windows .ico
//   build/icons/<n>x<n>.png   the Linux set (electron-builder.yml: linux.icon), also the window icon
//                             on Linux (electron/main/window.ts; packaged as resources/icon.png)
// Run by hand after changing the artwork (`npm run icons`) and commit the PNGs. Uses the headless
// Chromium of the end-to-end tests. Each size is rasterised from the vectors, not scaled down from 1024.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { it } from 'vitest';
import { launchChromium } from '../support/chromium';

const root = join(import.meta.dirname, '../..');
const source = join(root, 'build', 'icon.svg');
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
/**
 * Small sizes are hinted so they stay legible in a taskbar or a file list: at 32 px and below the square
 * fills more of the canvas, the shield is larger, the check bolder and the soft shadows go; at 16 px the
 * check (a pixel smudge there) is left out and the plain shield remains.
 */
const SMALL = 32;
const TINY = 16;

/** The SVG inlined at `size` px. Small sizes get a bolder check and no blurred shadows. */
function page(svg: string, size: number): string {
  const sized = svg.replace(/<svg\b[^>]*?\swidth="\d+"\s+height="\d+"/, (m) => m.replace(/width="\d+"\s+height="\d+"/, `width="${size}" height="${size}"`));
  let small = '';
  if (size <= SMALL) {
    small = `.body { transform: scale(1.09); } .mark { transform: scale(1.16); }
      .body, .mark { transform-box: view-box; transform-origin: 512px 512px; }
      .check { stroke-width: 1.6px; } .shield, .body-shadowed { filter: none; } .rim { display: none; }`;
  }
  if (size <= TINY) small += ' .check { display: none; } .mark { transform: scale(1.22); }';
  return `<!doctype html><html><head><style>
    html, body { margin: 0; padding: 0; background: transparent; }
    svg { display: block; }
    ${small}
  </style></head><body>${sized}</body></html>`;
}

const svg = readFileSync(source, 'utf8').replace(/<\?xml[^>]*>\s*/, '');
const outputs = [
  { size: 1024, file: join(root, 'build', 'icon.png') },
  ...LINUX_SIZES.map((size) => ({ size, file: join(root, 'build', 'icons', `${size}x${size}.png`) })),
];

it('renders build/icon.svg to the packaged PNGs', async () => {
  const browser = await launchChromium();
  try {
    for (const { size, file } of outputs) {
      const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await tab.setContent(page(svg, size));
      const png = await tab.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true, type: 'png' });
      await context.close();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
      console.log(`icons: ${relative(root, file)} (${size}×${size}, ${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
});
