import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { checkContentFolder } from '../../src/loaders/content-pipeline.ts';
import { DEFAULT_LANG, type Lang } from '../../src/i18n/locales.ts';

/** The posts a production build publishes in every language, read from content/ with the build's own checker, newest first. */
export const allPublishedPosts = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)))
  .posts.filter((post) => !post.skipped)
  .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));

/** Published posts in one language, newest first (what that language's lists show). */
export const publishedPostsIn = (lang: Lang) => allPublishedPosts.filter((post) => post.data.lang === lang);

/** The English articles, at /blog/<id>/: what most tests read. */
export const publishedPosts = publishedPostsIn(DEFAULT_LANG);

/** Every page the sitemap lists, as paths on the preview server. */
export function sitemapPaths(): string[] {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const index = readFileSync(`${dist}sitemap-index.xml`, 'utf8');
  const paths: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const file = new URL(sitemapUrl!).pathname.replace(/^\//, '');
    for (const [, pageUrl] of readFileSync(`${dist}${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      paths.push(new URL(pageUrl!).pathname);
    }
  }
  return paths;
}

/**
 * What axe finds against WCAG 2.2 A and AA on the page as it is now, one line per rule and the
 * elements it failed on (empty when none). Legacy mode runs axe in the page itself instead of
 * finishing in a second blank page, which took two of every three seconds of each audit here; it
 * only gives up cross-origin frames, and the site has no frames.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).setLegacyMode(true).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`);
}

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  /** Messages a test expects, e.g. the 404 status of a page that is meant to be missing. */
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const allowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text));
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => {
        if (!allowed(error.message)) errors.push(error.message);
      });
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
