import { expect, sitemapPaths, test } from './fixtures.ts';

const paths = sitemapPaths();

test('the sitemap lists the pages readers can reach', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/blog/', '/about/', '/contact/', '/topics/']));
  expect(paths.length).toBeGreaterThan(15);
});

for (const path of paths) {
  test(`${path}: one H1, a title, one canonical URL, a preview image, and no words glued to links`, async ({ page, request }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(/\S/);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(path);
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    const image = await request.get(new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname);
    expect(image.headers()['content-type']).toBe('image/png');
    // A template line break before an inline link can swallow the space: "orchat online".
    const glued = await page.evaluate(() =>
      [...document.querySelectorAll('main a, footer a')].flatMap((link) => {
        const before = link.previousSibling;
        const after = link.nextSibling;
        const problems: string[] = [];
        if (before?.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]$/u.test(before.textContent ?? ''))
          problems.push(`…${before.textContent!.slice(-12)}|${link.textContent}`);
        if (after?.nodeType === Node.TEXT_NODE && /^[\p{L}\p{N}]/u.test(after.textContent ?? ''))
          problems.push(`${link.textContent}|${after.textContent!.slice(0, 12)}…`);
        return problems;
      }),
    );
    expect(glued).toEqual([]);
  });
}
