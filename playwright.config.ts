import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.cjs';

/**
 * Browser end-to-end checks against a running portal (see scripts/e2e.sh, which
 * builds the frontend, starts the backend that serves it and runs these tests).
 * Uses Debian's Chromium (scripts/chromium.cjs): Playwright's own browser download is not
 * available here.
 */
export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  outputDir: 'node_modules/.cache/e2e-test-results',
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:7007',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
});
