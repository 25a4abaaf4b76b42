import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { checkContentFolder } from '../../src/loaders/content-pipeline.ts';

/** The posts a production build publishes, read from content/ with the build's own checker. */
export const publishedPosts = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)))
  .posts.filter((post) => !post.skipped)
  .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Messages a test expects, e.g. the 404 status of a page that is meant to be missing. */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
