import { defineConfig } from 'vitest/config';

// Tools that make committed files with real Chromium: `npm run screenshots` (the README's pictures of the
// real app, through the browser host) and `npm run icons` (build/icon.svg to the packaged PNGs).
export default defineConfig({
  test: { include: ['tests/tools/**/*.tool.ts'], environment: 'node', testTimeout: 300_000, fileParallelism: false },
});
