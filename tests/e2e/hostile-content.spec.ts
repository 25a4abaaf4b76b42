import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import { testSitePort } from '../playwright.config.ts';
import { parse } from 'yaml';

// A post whose title, description, references and body try to break out of their context.
const source = readFileSync(fileURLToPath(new URL('../fixtures/hostile-content/content/posts/hostile-title.md', import.meta.url)), 'utf8');
const frontmatter = parse(source.split('---')[1]!) as { title: string; description: string };
const base = `http://127.0.0.1:${testSitePort}`;

test.describe('hostile content', () => {
  // The raw <script> an editor typed into the body is refused by the CSP, which Chromium reports.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('nothing in a title, description, reference or body can run, and every tag stays well-formed', async ({ page }) => {
    await page.goto(`${base}/blog/hostile-title/`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(frontmatter.title);
    await expect(page).toHaveTitle(`${frontmatter.title} | Sunshine Infusion`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', frontmatter.description);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', frontmatter.title);
    await expect(page.locator('meta[name="twitter:description"]')).toHaveAttribute('content', frontmatter.description);

    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks.length).toBeGreaterThan(0);
    const article = blocks.flatMap((block) => JSON.parse(block)['@graph'] ?? []).find((node: { '@type': string }) => node['@type'] === 'BlogPosting');
    expect(article.headline).toBe(frontmatter.title);
    expect(article.description).toBe(frontmatter.description);
    expect(JSON.stringify(article.citation)).toContain('</script>');
    // Every script on the page is one the site itself put there.
    const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(scripts.filter((text) => text.includes('__pwned'))).toHaveLength(1); // the body's, refused by the CSP
  });

  test('the feed escapes hostile text', async ({ page }) => {
    const rss = await (await page.request.get(`${base}/rss.xml`)).text();
    await page.goto(`${base}/`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const link = [...doc.querySelectorAll('item > link')].find((element) => element.textContent?.endsWith('/blog/hostile-title/'));
      return { errors: doc.getElementsByTagName('parsererror').length, title: link?.parentElement?.querySelector('title')?.textContent };
    }, rss);
    // The test site has other posts too: the hostile one is found by its address.
    expect(parsed).toEqual({ errors: 0, title: frontmatter.title });
  });
});
