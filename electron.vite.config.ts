import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

// Three builds: the main process (plus the browser host and the `npm run sheet` CLI, which share its services), the sandboxed
// preload (CommonJS, as Electron's sandbox requires), and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Chromium for the CLI and the browser host is driven by Playwright from node_modules (dev tools,
      // never loaded by the desktop app, which prints with Electron's own Chromium).
      externalizeDeps: { include: ['playwright-core', '@sparticuz/chromium'] },
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'browser-host': resolve('electron/browser-host/main.ts'),
          sheet: resolve('electron/cli/sheet.ts'),
          'verify-sheet': resolve('electron/cli/verify-sheet.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload can require only 'electron': bundle every other import into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // Minified: the renderer (React + three.js) loads noticeably faster at a third of the size.
      minify: true,
      // One chunk loaded from disk (never over a network): three.js alone is half a megabyte.
      chunkSizeWarningLimit: 2000,
      // Two pages: the app, and the still page (no UI) that renders a beat's 3D stills for the sheets.
      rolldownOptions: { input: { index: resolve('renderer/index.html'), still: resolve('renderer/still.html') } },
    },
  },
});
