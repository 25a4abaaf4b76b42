import { mentionsSuicideOrSelfHarm } from '../../src/lib/editorial-checks.ts';
import { expect, publishedPosts, test } from './fixtures.ts';

const lead = publishedPosts.find((post) => post.id === 'ketamine-for-bipolar-disorder') ?? publishedPosts[0]!;

/** Top of an element in page coordinates. */
const top = (page: import('@playwright/test').Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

test('the lead article shows who reviewed it, the off-label notice before the body, and the disclaimer', async ({ page }) => {
  await page.goto(`/blog/${lead.id}/`);
  const main = page.getByRole('main');

  const reviewer = main.getByRole('link', { name: /Clinical Review Team/ });
  await expect(main.getByText(/Medically reviewed by/)).toBeVisible();
  await expect(reviewer).toHaveAttribute('href', '/authors/clinical-review-team/');
  await expect(main.locator(`time[datetime="${lead.data.reviewedDate!.toISOString().slice(0, 10)}"]`)).toBeVisible();

  const offLabel = main.locator('[data-evidence="off-label"]');
  await expect(offLabel).toContainText('off-label');
  expect(await top(page, '[data-evidence="off-label"]')).toBeLessThan(await top(page, '.article-prose'));

  const disclaimer = main.locator('[data-disclaimer]');
  await expect(disclaimer).toContainText('not medical advice');
  await disclaimer.getByRole('link', { name: /medical disclaimer/i }).click();
  await expect(page).toHaveURL('/medical-disclaimer/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medical disclaimer');
});

test('the lead article cites the 2020 Wilkowska review with its DOI', async ({ page }) => {
  await page.goto(`/blog/${lead.id}/`);
  const source = page.locator('#ref-wilkowska2020');
  await expect(source).toContainText('Wilkowska A, Szałach Ł, Cubała WJ.');
  await expect(source.getByRole('link', { name: 'doi:10.2147/NDT.S282208' })).toHaveAttribute('href', 'https://doi.org/10.2147/NDT.S282208');
});

for (const post of publishedPosts) {
  const expected = post.data.crisisNotice === true || (mentionsSuicideOrSelfHarm(post.facts.lines) && post.data.crisisNotice === undefined);
  test(`"${post.id}" ${expected ? 'shows the crisis notice above the body' : 'has no crisis notice'}`, async ({ page }) => {
    await page.goto(`/blog/${post.id}/`);
    const notice = page.locator('[data-crisis-notice]');
    if (!expected) {
      await expect(notice).toHaveCount(0);
      return;
    }
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    await expect(notice.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
    await expect(notice.getByRole('link', { name: 'chat online' })).toHaveAttribute('href', /988lifeline\.org/);
    // Before the body, and nowhere near the call to action.
    expect(await top(page, '[data-crisis-notice]')).toBeLessThan(await top(page, '.article-prose'));
    await expect(notice.getByRole('link', { name: /consultation|call \(/i })).toHaveCount(0);
  });
}

test('author pages list what each person wrote and reviewed', async ({ page }) => {
  await page.goto('/authors/clinical-review-team/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clinical Review Team (placeholder)');
  const reviewed = page.getByRole('region', { name: 'Articles reviewed' });
  await expect(reviewed.getByRole('link')).toHaveCount(publishedPosts.filter((p) => p.data.reviewer === 'clinical-review-team').length);
});

test('the trust pages are linked from every page footer', async ({ page }) => {
  await page.goto('/');
  for (const [name, heading] of [
    ['Editorial policy', 'Editorial policy'],
    ['Medical disclaimer', 'Medical disclaimer'],
    ['Privacy', 'Privacy'],
  ] as const) {
    await page.getByRole('contentinfo').getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test("the clinic's own pages (content/pages) are in every page's footer, in the reader's language, and read like the site", async ({ page }) => {
  await page.goto('/blog/how-ketamine-works/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Insurance and payment', exact: true }).click();
  await expect(page).toHaveURL(/\/insurance-and-payment\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Insurance and payment');
  await expect(page.getByRole('link', { name: 'Request a consultation' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Seguro y pago' })).toHaveCount(0);
  // Its translation (translationOf) is one language switch away, and search engines are told so.
  await expect(page.locator('link[rel="alternate"][hreflang="es-US"]')).toHaveAttribute('href', /\/es\/seguro-y-pago\/$/);
  await page.locator('[data-language-switch="es"]').first().click();
  await expect(page).toHaveURL(/\/es\/seguro-y-pago\/$/);
  await page.goto('/es/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Seguro y pago', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seguro y pago');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('link', { name: 'Pedir una consulta' })).toBeVisible();
});

test('article JSON-LD names the reviewer, the review date and the sources', async ({ page }) => {
  await page.goto(`/blog/${lead.id}/`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  // One graph, one type per node: the page (reviewed), the article (sourced), the people, linked by id.
  const graph: Array<Record<string, unknown>> = blocks.flatMap((text) => JSON.parse(text)['@graph'] ?? []);
  const byId = new Map(graph.map((node) => [node['@id'], node]));
  const page_ = graph.find((node) => node['@type'] === 'MedicalWebPage')!;
  const article = graph.find((node) => node['@type'] === 'BlogPosting') as Record<string, unknown> & { citation: unknown[] };
  expect(graph.length).toBeGreaterThan(0);
  expect(graph.every((node) => typeof node['@type'] === 'string')).toBe(true);
  expect(article).toMatchObject({ headline: lead.data.title });
  expect(page_).toMatchObject({ lastReviewed: lead.data.reviewedDate!.toISOString().slice(0, 10) });
  expect(byId.get((page_.reviewedBy as { '@id': string })['@id'])).toMatchObject({ '@type': 'Person', name: 'Clinical Review Team (placeholder)' });
  expect(byId.get((article.author as { '@id': string })['@id'])).toMatchObject({ '@type': 'Person', name: 'Editorial Team (placeholder)' });
  expect(byId.get((page_.breadcrumb as { '@id': string })['@id'])).toMatchObject({ '@type': 'BreadcrumbList' });
  expect(article.citation).toHaveLength(lead.data.references.length);
  expect(article.citation).toContainEqual(
    expect.objectContaining({ name: 'Ketamine in bipolar disorder: a review', url: 'https://doi.org/10.2147/NDT.S282208' }),
  );
});
