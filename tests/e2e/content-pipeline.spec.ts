/**
 * The test site (npm run build:test-site) is built from tests/fixtures/hostile-content: posts
 * that try to inject script, and unusual but valid posts (a byte-order mark and Windows line
 * endings, a reviewer saved as .yml, a publication time late in the day, headings with dashes,
 * code, citations and Spanish, links that only look broken). It is built in a time zone 14 hours
 * ahead of UTC. The content check and the build must agree on every one of them, and no valid
 * post may be lost anywhere a reader looks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkContentFolder, describeCheck } from '../../src/loaders/content-pipeline.ts';
import { testSitePort } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = fileURLToPath(new URL('../.output/test-site/', import.meta.url));
const base = `http://127.0.0.1:${testSitePort}`;
// The build ran today; these fixtures are dated years away from any day a test may run.
const check = checkContentFolder(root, { env: { CONTENT_ROOT: 'tests/fixtures/hostile-content/content' }, now: new Date() });
const published = check.posts.filter((post) => !post.skipped);
const unpublished = check.posts.filter((post) => post.skipped);

test.describe('one content pipeline', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('the check passes, and the build published exactly the posts the check lists', () => {
    expect(describeCheck(check).errors).toEqual([]);
    const pages = readdirSync(`${built}blog`).filter((name) => !/^\d+$/.test(name) && !name.endsWith('.html'));
    expect(pages.sort()).toEqual(published.map((post) => post.id).sort());
    expect(unpublished.map((post) => post.id).sort()).toEqual(['a-draft', 'scheduled-for-later']);
  });

  test('every valid post is on its page, the article list, its topic pages, the sitemap and the feed; drafts and scheduled posts nowhere', async ({
    page,
    request,
  }) => {
    const sitemap = await (await request.get(`${base}/sitemap-0.xml`)).text();
    const feed = await (await request.get(`${base}/rss.xml`)).text();
    await page.goto(`${base}/blog/`);
    const list = await page.locator('main').innerText();
    for (const post of published) {
      const response = await request.get(`${base}/blog/${post.id}/`);
      expect(response.status(), post.id).toBe(200);
      expect(sitemap, post.id).toContain(`/blog/${post.id}/</loc>`);
      expect(feed, post.id).toContain(`/blog/${post.id}/</link>`);
      expect(list, post.id).toContain(post.data.title);
      for (const topic of post.data.topics) {
        expect(await (await request.get(`${base}/topics/${topic}/`)).text(), `${post.id} on /topics/${topic}/`).toContain(`href="/blog/${post.id}/"`);
      }
    }
    for (const post of unpublished) {
      expect((await request.get(`${base}/blog/${post.id}/`)).status(), post.id).toBe(404);
      expect(sitemap + feed + list).not.toContain(post.id);
    }
  });

  test('search finds every valid post and no draft', async ({ page }) => {
    await page.goto(`${base}/search/`);
    const box = page
      .getByRole('searchbox')
      .or(page.getByPlaceholder(/search/i))
      .first();
    const results = page.locator('.pagefind-ui__result-link');
    for (const [word, id] of [
      ['invisible', 'saved-by-notepad'],
      ['dashes', 'anchors-and-odd-links'],
      ['signposts', 'links-to-anchors'],
    ] as const) {
      await box.fill(word);
      await expect(results.filter({ hasText: published.find((post) => post.id === id)!.data.title })).toHaveCount(1);
    }
    await box.fill('zebrafinches');
    await expect(page.locator('.pagefind-ui__message')).toContainText(/no results/i);
  });

  test('a post saved with a byte-order mark and CRLF lines keeps its reviewer (.yml) and its calendar day in any time zone', async ({ page }) => {
    await page.goto(`${base}/blog/saved-by-notepad/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved by Notepad: a byte-order mark and Windows line endings');
    await expect(page.getByText('Medically reviewed by')).toContainText('Nurse Reviewer');
    await expect(page.locator('main')).not.toContainText('---');
    // 23:30 UTC on 5 March; the build ran 14 hours ahead of UTC, where it is already 6 March.
    await expect(page.locator('time').first()).toHaveAttribute('datetime', /^2026-03-05/);
    await expect(page.locator('time').first()).toHaveText('March 5, 2026');
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
    expect(JSON.stringify(jsonLd)).toContain('"datePublished":"2026-03-05"');
  });

  test('headings get the anchors the check knows: no citation number in an anchor or the table of contents', async ({ page }) => {
    await page.goto(`${base}/blog/anchors-and-odd-links/`);
    const post = published.find((entry) => entry.id === 'anchors-and-odd-links')!;
    const ids = await page.locator('[data-pagefind-body] h2').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids).toEqual(post.facts.headings.map((heading) => heading.slug));
    expect(ids).toContain('what-the-trials-found');
    if (page.viewportSize()!.width < 1024) await page.locator('[data-toc="inline"] summary').click();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'What the trials found', exact: true })).toHaveAttribute('href', '#what-the-trials-found');
    await expect(page.getByRole('link', { name: /^the drug.s page$/ })).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Ketamine_(drug)');
  });

  test('links into another post land on the headings they name, Spanish ones included', async ({ page }) => {
    await page.goto(`${base}/blog/links-to-anchors/`);
    for (const name of ['before and after', 'the dose', 'the trials', 'la ketamina']) {
      const href = (await page.getByRole('link', { name, exact: true }).getAttribute('href'))!;
      const target = await page.context().newPage();
      await target.goto(`${base}${href}`);
      const id = decodeURIComponent(new URL(href, base).hash.slice(1));
      await expect(target.locator(`[id="${id}"]`), href).toHaveCount(1);
      await target.close();
    }
  });
});

test('the draft and the scheduled post are reported, not silently dropped', () => {
  const { summary } = describeCheck(check);
  expect(summary).toContain('skipped content/posts/a-draft.md: draft: true (set draft: false to publish)');
  expect(summary).toContain('skipped content/posts/scheduled-for-later.md: scheduled for 2099-01-01 (pubDate is in the future)');
  expect(readFileSync(`${built}_redirects`, 'utf8')).toBe('');
});
