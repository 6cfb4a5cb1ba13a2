import { defineConfig } from 'vitest/config';

// The end-to-end tier: the built extension (.output/chrome-mv3) in Debian's Chromium against the demo helpdesk.
// One file at a time: each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
