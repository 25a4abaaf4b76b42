import { expect, publishedPosts, test } from './fixtures.ts';

const lead = publishedPosts.find((post) => post.id === 'ketamine-for-bipolar-disorder') ?? publishedPosts[0]!;

test('search finds the lead article for "bipolar" and offers topic filters', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/');
  const box = page
    .getByRole('searchbox')
    .or(page.getByPlaceholder(/search/i))
    .first();
  await box.fill('bipolar');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: lead.data.title })).toHaveCount(1);
  await expect(page.locator('.pagefind-ui__filter-name', { hasText: /topic/i })).toBeVisible();
  await results.filter({ hasText: lead.data.title }).click();
  await expect(page).toHaveURL(`/blog/${lead.id}/`);
});

test('no search script loads on article pages', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`/blog/${lead.id}/`);
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});

test('long articles have a table of contents whose links reach their sections', async ({ page }) => {
  await page.goto(`/blog/${lead.id}/`);
  // Phones: collapsed above the text until opened; wide screens: beside the text. Never both.
  if (page.viewportSize()!.width < 1024) await page.locator('[data-toc="inline"] summary').click();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toHaveCount(1);
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const second = links.nth(1);
  const target = (await second.getAttribute('href'))!;
  await second.click();
  await expect(page.locator(target)).toBeInViewport();
});

test('previous and next links walk through the articles by date', async ({ page }) => {
  const index = publishedPosts.indexOf(lead);
  await page.goto(`/blog/${lead.id}/`);
  const nav = page.getByRole('navigation', { name: 'More articles' });
  const older = publishedPosts[index + 1];
  if (older) {
    await nav.getByRole('link', { name: /Previous article/ }).click();
    await expect(page).toHaveURL(`/blog/${older.id}/`);
    await page
      .getByRole('navigation', { name: 'More articles' })
      .getByRole('link', { name: /Next article/ })
      .click();
    await expect(page).toHaveURL(`/blog/${lead.id}/`);
  }
});

test('copy link puts the canonical address on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/blog/${lead.id}/`);
  const share = page.getByRole('region', { name: 'Share this article' });
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText(/Link copied/);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  for (const name of ['Email', 'WhatsApp', 'Facebook', 'X', 'LinkedIn']) {
    const link = share.getByRole('link', { name: new RegExp(`^${name}`) });
    await expect(link).toHaveAttribute('href', /^(mailto:|https:\/\/)/);
    expect(await link.getAttribute('href')).not.toMatch(/utm_/);
    const box = (await link.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }
});

test('pagination and topic pages link to the right articles', async ({ page }) => {
  await page.goto('/topics/');
  const topicLink = page.getByRole('main').getByRole('link', { name: 'Bipolar disorder' });
  await topicLink.click();
  await expect(page).toHaveURL('/topics/bipolar-disorder/');
  // toHaveText retries until the new page has loaded (reading the headings at once could race it).
  const expected = publishedPosts.filter((post) => post.data.topics.includes('bipolar-disorder')).map((post) => post.data.title);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(expected);
  // Fewer than 11 articles: one page, so no pagination control and no /blog/2/.
  await page.goto('/blog/');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(publishedPosts.length > 10 ? 1 : 0);
});
