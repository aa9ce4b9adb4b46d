import { defineConfig } from 'vitest/config';

// One runner, four kinds of test (docs/architecture.md, "Tests"):
// unit (shared/ in Node), integration (main services on a real SQLite file),
// scene (react-three test renderer) and e2e (the real app in Debian Chromium via the browser host).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 30_000 } },
      { test: { name: 'scene', include: ['tests/scene/**/*.test.tsx'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the CI machine has two cores and WebGL is software-rendered.
          fileParallelism: false,
          // What the page shows after a change arrives when main and the software renderer get to it: on a
          // busy two-core machine that can take more than the default second, without anything being wrong.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
