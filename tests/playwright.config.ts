import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, testChromiumPath } from '../src/cli/chromium.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4329);
export const testSitePort = port + 1;
export const importSitePort = port + 2;

/** Spec files that run at one size only (see projects below). */
const DESKTOP_ONLY = ['budgets', 'built-links', 'html-validity', 'editor', 'contact-form', 'wordpress-import'].map((name) => `**/${name}.spec.ts`);
const PHONE_ONLY = ['articles', 'content-pipeline', 'hostile-content', 'sharing', 'site-wide', 'spanish', 'trust'].map((name) => `**/${name}.spec.ts`);

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
      executablePath: testChromiumPath,
      args: chromiumFlags,
    },
  },
  // Layout, keyboard, theme and accessibility tests run at both sizes. Tests of content, markup and
  // built files give the same answer at any size, so they run once: at phone size when a reader sees
  // the page (most readers are on phones), at desktop size for staff tools and file checks. Whole
  // files are listed above; a single test in a shared file is tagged `@phone`. Skipping inside a
  // test would still open a browser page for it; these never start.
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' }, testIgnore: DESKTOP_ONLY },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' }, testIgnore: PHONE_ONLY, grepInvert: /@phone/ },
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
