import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { site } from '../../src/site.config.ts';
import { expect, publishedPosts, test } from './fixtures.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const lead = publishedPosts.find((post) => post.data.aliases.length > 0) ?? publishedPosts[0]!;

test('every article has one canonical URL and its own 1200x630 PNG preview image', async ({ page, request }) => {
  for (const post of publishedPosts) {
    await page.goto(`/blog/${post.id}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    // A shared link shows the short title when the headline is too long for a card's title line.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', post.data.shortTitle ?? post.data.title);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const imageUrl = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
    expect(imageUrl.pathname).toBe(`/og/${post.id}.png`);
    // The absolute URL points at the production host; fetch the same path from the preview server.
    const image = await request.get(imageUrl.pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('other pages share the site card', async ({ page, request }) => {
  await page.goto('/about/');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
  const path = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
  expect((await request.get(path)).status()).toBe(200);
});

test('an old address from the WordPress site lands on the article', async ({ page }) => {
  const alias = lead.data.aliases[0]!;
  await page.goto(alias);
  await expect(page).toHaveURL(`/blog/${lead.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.data.title);
  expect(readFileSync(`${dist}_redirects`, 'utf8')).toContain(`${alias} /blog/${lead.id}/ 301`);
});

test('RSS, sitemap and robots.txt list every published article exactly once', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  // The feed carries the newest `feedSize` articles; this site has fewer, so all of them.
  expect(publishedPosts.length).toBeLessThanOrEqual(site.feedSize);
  expect(rss.split('<item>').length - 1).toBe(publishedPosts.length);
  const sitemap = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
  for (const post of publishedPosts) {
    const url = `/blog/${post.id}/`;
    expect(rss.split(`<link>`).filter((part) => part.startsWith(`https://`) && part.includes(`${url}</link>`))).toHaveLength(1);
    expect(sitemap.split('<loc>').filter((part) => part.includes(`${url}</loc>`))).toHaveLength(1);
  }
  expect(rss).toContain('<content:encoded>');
  expect(rss).not.toMatch(/(href|src)=&quot;\//);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
});

// Well-formed XML: the browser's parser reports errors as a <parsererror> element.
test('feeds and sitemaps parse as XML in the browser', async ({ page }) => {
  for (const path of ['/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml']) {
    await page.goto('/');
    const errors = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      return new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length;
    }, path);
    expect(errors, path).toBe(0);
  }
});
