import { expect, publishedPosts, test } from './fixtures.ts';

const lead = publishedPosts.find((post) => post.id === 'ketamine-for-bipolar-disorder') ?? publishedPosts[0]!;
const canvas = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--c-canvas').trim());

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('follows the system, and a chosen theme persists across pages without a flash', async ({ page }) => {
    await page.goto('/');
    expect(await canvas(page)).toBe('#faf6ef');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await canvas(page)).toBe('#0f1a1f');

    // The saved choice is applied before the first paint: check the theme as the document starts.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
      });
    });
    await page.goto(`/blog/${lead.id}/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
    expect(await canvas(page)).toBe('#0f1a1f');
  });
});

test('dark system theme applies without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/about/');
  expect(await canvas(page)).toBe('#0f1a1f');
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await context.close();
});

test('printed articles drop navigation and buttons and show source addresses', async ({ page }) => {
  await page.goto(`/blog/${lead.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('[data-share]')).toBeHidden();
  await expect(page.locator('aside[data-cta="card"]')).toBeHidden();
  await expect(page.locator('[data-related]')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const printedUrl = await page
    .locator('[data-sources] a[href^="https://doi.org/"]')
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedUrl).toContain('https://doi.org/');
});

test('keyboard users see focus on every stop and can tab through the whole page', async ({ page }) => {
  // About 150 stops, two browser round trips each: near 30 s on two busy cores.
  test.setTimeout(90_000);
  await page.goto(`/blog/${lead.id}/`);
  const focusable = await page.locator('a[href]:visible, button:visible, summary:visible, input:visible').count();
  const seen = new Set<string>();
  for (let i = 0; i < focusable + 5; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        key: `${element.tagName}:${element.getAttribute('href') ?? ''}:${element.textContent?.trim().slice(0, 30)}:${element.id}`,
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!state) break; // focus left the page: no trap
    expect(state.outline, `visible focus on ${state.key}`).toBe(true);
    seen.add(state.key);
  }
  // Every stop was reached once, in one pass, without getting stuck.
  expect(seen.size).toBeGreaterThanOrEqual(Math.min(focusable, 40));
});

test('the table of contents opens from the keyboard on phones', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/blog/${lead.id}/`);
  const summary = page.locator('[data-toc="inline"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
});
