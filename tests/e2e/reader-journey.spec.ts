import { expect, publishedPosts, test } from './fixtures.ts';

test('a reader goes from home to an article, then to a related article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const lead = publishedPosts[0]!;
  await page.getByRole('link', { name: lead.data.title }).first().click();
  await expect(page).toHaveURL(`/blog/${lead.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.data.title);

  const related = page.locator('[data-related]');
  await expect(related.getByRole('listitem')).toHaveCount(3);
  const firstRelated = related.getByRole('link').first();
  const target = await firstRelated.getAttribute('href');
  expect(target).toMatch(/^\/blog\/[a-z0-9-]+\/$/);
  expect(target).not.toBe(`/blog/${lead.id}/`);
  await firstRelated.click();
  await expect(page).toHaveURL(target!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the skip link is the first stop for keyboard users and moves focus to the main content', async ({ page }) => {
  await page.goto(`/blog/${publishedPosts[0]!.id}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the call to action calls the clinic and leads to the contact page', async ({ page }) => {
  await page.goto(`/blog/${publishedPosts[0]!.id}/`);
  const cta = page.locator('aside[data-cta="card"]');
  await expect(cta).toBeVisible();
  const call = cta.getByRole('link', { name: /^Call/ });
  await expect(call).toHaveAttribute('href', /^tel:\+\d{7,15}$/);
  const box = await call.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(24);
  expect(box!.width).toBeGreaterThanOrEqual(24);
  await cta.getByRole('link', { name: 'Request a consultation' }).click();
  await expect(page).toHaveURL('/contact/');
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /555|\d{3}/ })
      .first(),
  ).toHaveAttribute('href', /^tel:/);
});

test('the crisis line sits in the footer of every kind of page', async ({ page }) => {
  for (const path of ['/', '/blog/', `/blog/${publishedPosts[0]!.id}/`, '/topics/', '/about/', '/contact/']) {
    await page.goto(path);
    const crisis = page.getByRole('contentinfo').getByRole('region', { name: /crisis/i });
    await expect(crisis, path).toBeVisible();
    await expect(crisis.getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    await expect(crisis.getByRole('link', { name: '911' })).toHaveAttribute('href', 'tel:911');
  }
});

test.describe('missing pages', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test('an unknown address shows the 404 page with a way back and the crisis line', async ({ page }) => {
    const response = await page.goto('/blog/this-post-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
    await expect(page.getByRole('main').getByRole('link', { name: 'All articles' })).toHaveAttribute('href', '/blog/');
    await expect(page.getByRole('contentinfo').getByRole('region', { name: /crisis/i })).toBeVisible();
  });
});
