import { allPublishedPosts, expect, publishedPosts, test } from './fixtures.ts';
import { postUrl } from '../../src/lib/routes.ts';

test('the articles index lists every published post, newest first', async ({ page }) => {
  await page.goto('/blog/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(publishedPosts.slice(0, 10).map((post) => post.data.title));
});

for (const post of publishedPosts) {
  test(`article "${post.id}" shows every part of the article anatomy`, async ({ page }) => {
    await page.goto(`/blog/${post.id}/`);
    const main = page.getByRole('main');

    // The tab and search results get the short title when the headline is long (issue: titles cut off in results).
    const pageTitle = post.data.shortTitle ?? post.data.title;
    await expect(page).toHaveTitle(new RegExp(`^${pageTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| `));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/blog/${post.id}/$`));
    const crumbs = main.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs).toHaveText(['Home', 'Articles', /\S/]);
    await expect(crumbs.nth(2)).toHaveAttribute('href', `/topics/${post.data.topics[0]}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.data.title);
    await expect(main.getByText(post.data.description, { exact: true })).toBeVisible();

    // Byline: author, dates as machine-readable <time>, reading time.
    await expect(main.getByRole('link', { name: /Editorial Team|Clinical Review Team/ }).first()).toBeVisible();
    await expect(main.locator(`time[datetime="${post.data.pubDate.toISOString().slice(0, 10)}"]`).first()).toBeVisible();
    await expect(main.getByText(/\d+ min read/)).toBeVisible();

    // The hero is the LCP element: eager, high priority, sized, with modern formats and alt text.
    if (post.data.hero) {
      const hero = main.locator('figure picture img').first();
      await expect(hero).toHaveAttribute('alt', post.data.hero.alt);
      await expect(hero).toHaveAttribute('fetchpriority', 'high');
      await expect(hero).toHaveAttribute('loading', 'eager');
      await expect(hero).toHaveAttribute('width', /\d+/);
      await expect(hero).toHaveAttribute('height', /\d+/);
      await expect(main.locator('figure picture source[type="image/webp"]')).toHaveCount(1);
      expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }

    // Body, then the call to action, then related posts, in that order.
    const order = await page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? -1;
      return [top('.article-prose'), top('aside[data-cta="card"]'), top('[data-related]')];
    });
    expect(order.every((value) => value >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect(page.locator('[data-related] li')).toHaveCount(3);
  });
}

test('every article fits a search result: its page title is at most 60 characters, its headline stays whole', async ({ page }) => {
  const posts = allPublishedPosts.filter((post) => post.data.shortTitle);
  expect(posts.length).toBeGreaterThan(0);
  for (const post of allPublishedPosts) {
    await page.goto(postUrl(post.id, post.data.lang));
    const title = await page.title();
    expect(title.length, `${post.id}: "${title}"`).toBeLessThanOrEqual(60);
    // Search results and shared links get the short title; the page itself shows the full headline.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', post.data.shortTitle ?? post.data.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.data.title);
  }
});
