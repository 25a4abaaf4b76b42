import { expect, publishedPosts, test } from './fixtures.ts';

for (const post of publishedPosts.filter((p) => p.data.references.length > 0)) {
  // The numbering is markup, the same at any size: checked at phone size only (see playwright.config.ts).
  test(`"${post.id}": every citation number points to the matching source`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(`/blog/${post.id}/`);
    const sources = page.locator('[data-sources] ol > li');
    await expect(sources).toHaveCount(post.data.references.length);
    const sourceIds = await sources.evaluateAll((items) => items.map((item) => item.id));

    const citations = await page
      .locator('.article-prose sup.citation a')
      .evaluateAll((links) =>
        links.map((link) => ({ href: link.getAttribute('href')!, number: Number(link.textContent), label: link.getAttribute('aria-label') })),
      );
    expect(citations.length).toBeGreaterThan(0);
    for (const { href, number, label } of citations) {
      // Superscript n links to the n-th entry of the Sources list, and says so to screen readers.
      expect(href).toBe(`#${sourceIds[number - 1]}`);
      expect(label).toBe(`Source ${number}`);
    }
    // Numbers appear in order of first citation: 1, 2, 3 ... without gaps.
    const firstSeen = [...new Set(citations.map((c) => c.number))];
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    await expect(page.locator('.article-prose')).not.toContainText('[@');
  });
}

test('a reader can jump to a source and back to the sentence', async ({ page }) => {
  const post = publishedPosts.find((p) => p.data.references.length > 0)!;
  await page.goto(`/blog/${post.id}/`);
  const first = page.locator('.article-prose sup.citation a').first();
  await first.click();
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#ref-/);
  const source = page.locator(hash);
  await expect(source).toBeInViewport();
  await expect(source.getByRole('link', { name: /doi:|PubMed|\./ }).first()).toHaveAttribute('href', /^https:\/\//);
  await source
    .getByRole('link', { name: /Back to/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#cite-.+-1$/);
  await expect(page.locator(new URL(page.url()).hash)).toBeInViewport();
});
