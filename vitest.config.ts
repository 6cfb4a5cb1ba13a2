import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and integration tiers (conventions C12). End-to-end tests run in a real Chromium (tests/e2e/vitest.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    mockReset: true,
    restoreMocks: true,
    environment: 'node',
    // Property tests (fast-check) and the long-log runner tests take a few seconds on a 2-core CI machine, more when
    // it is busy; 5 s made them flaky without saying anything about Poise. Budgets are benches, never test timeouts.
    testTimeout: 20_000,
  },
});
