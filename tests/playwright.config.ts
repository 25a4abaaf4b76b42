import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../src/cli/chromium.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4329);
export const testSitePort = port + 1;
export const importSitePort = port + 2;

// Playwright cannot download browsers on our machines: the system Chromium, with the flags it needs here.

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
      executablePath: chromiumPath,
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
    // The third (npm run build:import-site): the WordPress export fixture, imported and built.
    {
      command: `node tests/e2e/serve-static.ts tests/.output/import-site ${importSitePort}`,
      cwd: '..',
      url: `http://127.0.0.1:${importSitePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
