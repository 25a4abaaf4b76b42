import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PREVIEW_PORT ?? 4329);
export const testSitePort = port + 1;

// Playwright cannot download browsers on our machines: use the system Chromium (Debian's package).
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/playwright',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumFlags,
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' } },
  ],
  webServer: [
    // Serves the built dist/ exactly as a static host would.
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The second test build (npm run build:test-site): hostile content and a contact form endpoint.
    {
      command: `node tests/e2e/serve-static.ts tests/.output/test-site ${testSitePort}`,
      cwd: '..',
      url: `http://127.0.0.1:${testSitePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
