import { defineConfig } from 'vitest/config';

// `npm run screenshots`: regenerates the README's screenshots of the real app (browser host + Chromium).
export default defineConfig({
  test: { include: ['tests/tools/**/*.tool.ts'], environment: 'node', testTimeout: 300_000, fileParallelism: false },
});
