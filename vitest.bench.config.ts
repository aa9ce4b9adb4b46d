import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements, not pass/fail tests. Each prints its figures next to a baseline
// measured in the same run, because absolute times on shared machines are noise.
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
