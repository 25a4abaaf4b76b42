/**
 * The import site (npm run build:import-site): tests/fixtures/wordpress/export.xml imported with
 * `npm run import:wordpress` into an empty content folder and built. What a clinic sees after moving in.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSitePort } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

const base = `http://127.0.0.1:${importSitePort}`;
const built = fileURLToPath(new URL('../.output/import-site/', import.meta.url));
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });

test.describe('a site moved in from WordPress', () => {
  test('an imported block-editor post renders with its heading, list, image, table and links', async ({ page }) => {
    await page.goto(`${base}/blog/first-infusion/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to expect at your first infusion – a nurse’s guide');
    const article = page.locator('[data-pagefind-body]');
    await expect(article.getByRole('heading', { level: 2, name: 'Before you come' })).toBeVisible();
    await expect(article.getByRole('listitem')).toHaveText(['Arrange a ride home', 'Do not eat for a few hours']);
    const picture = article.getByRole('img', { name: 'A reclining chair by a sunny window' });
    await expect(picture).toBeVisible();
    // The WordPress original is 1,600 px wide: the reader's browser loads a copy near the column's width.
    await expect(picture).toHaveAttribute('srcset', / 640w,.* 1600w$/);
    await expect(picture).toHaveAttribute('sizes', '(min-width: 816px) 768px, calc(100vw - 2rem)');
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // The column is 768 px on this 1,280 px screen: the 828 px copy is the smallest sharp one.
    const loadedWidth = await picture.evaluate((img: HTMLImageElement) => {
      const chosen = img.srcset.split(', ').find((candidate) => new URL(candidate.split(' ')[0]!, location.href).href === img.currentSrc);
      return Number(chosen?.split(' ')[1]?.replace('w', ''));
    });
    expect(loadedWidth).toBe(828);
    await expect(article.getByRole('table')).toContainText('Infusion');
    await expect(article.getByRole('link', { name: 'our Spanish article' })).toHaveAttribute('href', '/blog/que-es-la-ketamina/');
    // Its link to a post that waits as a draft keeps the words but not a dead link.
    await expect(article).toContainText('side effects, explained');
    await expect(article.getByRole('link', { name: 'side effects, explained' })).toHaveCount(0);
  });

  test('old WordPress addresses land on the new pages', async ({ page }) => {
    for (const [old, now] of [
      ['/2025/03/first-infusion/', '/blog/first-infusion/'],
      ['/first-infusion/', '/blog/first-infusion/'],
      ['/que-es-la-ketamina/', '/blog/que-es-la-ketamina/'],
    ]) {
      await page.goto(`${base}${old}`);
      await expect(page, old).toHaveURL(`${base}${now}`);
    }
    const redirects = readFileSync(join(built, '_redirects'), 'utf8');
    expect(redirects).toContain('/2025/03/first-infusion/ /blog/first-infusion/ 301');
    // WordPress's numeric links: a query redirect for hosts that read one, as the first rule...
    expect(redirects.split('\n')[0]).toBe('/ p=:id /wp/:id/ 301');
    expect(redirects).toContain('/wp/21/ /blog/first-infusion/ 301');
  });

  test('old numeric links (/?p=21) land on the post, even on a host without query redirects', async ({ page }) => {
    // ...and this static server reads no _redirects: the home page's line of script does it.
    await page.goto(`${base}/?p=21`);
    await expect(page).toHaveURL(`${base}/blog/first-infusion/`);
    await page.goto(`${base}/?utm_source=newsletter&p=23`);
    await expect(page).toHaveURL(`${base}/blog/que-es-la-ketamina/`);
    // A plain visit to the home page stays there.
    await page.goto(`${base}/?page=2`);
    await expect(page).toHaveURL(`${base}/?page=2`);
  });

  test('drafts, private, password-protected, scheduled and trashed posts are not published', async ({ request }) => {
    for (const slug of ['protected', 'private-update', 'missing-picture', 'evening-appointments', 'draft-notes-for-a-post-on-sleep', 'spring-offer']) {
      expect((await request.get(`${base}/blog/${slug}/`)).status(), slug).toBe(404);
    }
  });

  test("WordPress pages are site pages at their old addresses, with the site's call to action, crisis help and one h1", async ({ page, request }) => {
    await page.goto(`${base}/services/insurance/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insurance & payment');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('main')).toContainText('We give every patient a written estimate before treatment starts.');
    await expect(page.getByRole('link', { name: 'Request a consultation' })).toBeVisible();
    await expect(page.getByText('988 Suicide & Crisis Lifeline').first()).toBeAttached();
    // The footer lists the top-level pages readers can read (not a child page, not one that sends readers on).
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Our services', exact: true })).toHaveAttribute('href', '/services/');
    await expect(footer.getByRole('link', { name: 'Insurance & payment' })).toHaveCount(0);
    await expect(footer.getByRole('link', { name: 'Contact Us', exact: true })).toHaveCount(0);
    // Its link to the parent page works; the page builder's h1 became the page's h2.
    await page.locator('main').getByRole('link', { name: 'our services', exact: true }).click();
    await expect(page).toHaveURL(`${base}/services/`);
    await expect(page.getByRole('heading', { level: 2, name: 'What we offer' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // "Contact Us" sends readers to the site's own contact page; a draft page is not published.
    await page.goto(`${base}/contact-us/`);
    await expect(page).toHaveURL(`${base}/contact/`);
    expect((await request.get(`${base}/services/frequently-asked-questions/`)).status()).toBe(404);
    expect(readFileSync(join(built, '_redirects'), 'utf8')).toContain('/contact-us/ /contact/ 301');
    // Pages are listed for search engines; the page that sends readers on is not.
    const sitemap = readFileSync(join(built, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/services/insurance/</loc>');
    expect(sitemap).not.toContain('/contact-us/</loc>');
  });

  test('no raw shortcode or block comment anywhere in the built site', () => {
    const leftovers = htmlFiles(built).flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      return [...html.matchAll(/<!--\s*(?:\/?wp:|more|nextpage)|\[\/?(?:caption|gallery|embed|youtube|video|audio|contact-form-7)\b/g)].map(
        (match) => `${file.slice(built.length)}: ${match[0]}`,
      );
    });
    expect(leftovers).toEqual([]);
    expect(htmlFiles(built).length).toBeGreaterThan(10);
  });
});
