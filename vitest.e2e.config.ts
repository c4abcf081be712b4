import { defineConfig } from 'vitest/config';

// The real-browser tier (STYLE practice 9): tests/e2e/**, run against the built extension in
// .output/ (run `npm run build` first; `npm run test:e2e` does when needed). Browsers are started
// one at a time: spec files run one after another, and each block starts one browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.mjs'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    retry: 0,
  },
});
