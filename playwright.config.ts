import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run against the production build served by `vite preview`.
// The build itself happens before Playwright starts (scripts/test-all.mjs runs `vite build`).
// Playwright never downloads a browser here: it drives the system Chromium.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// E2E_PORT and E2E_DIST let two people (or helpers) run the suite side by side on one machine.
const port = Number(process.env.E2E_PORT) || 4173;
const dist = process.env.E2E_DIST || 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores on the test machine; one worker keeps timings (the 2,000-node test) honest.
  workers: Number(process.env.E2E_WORKERS) || 1,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: process.env.E2E_DIST ? `test-results-${process.env.E2E_DIST}` : 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_DIST ? `.test-output/e2e-${process.env.E2E_DIST}.json` : '.test-output/e2e.json' }]],
  use: {
    baseURL,
    acceptDownloads: true,
    headless: true,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
