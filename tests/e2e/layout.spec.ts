/** Layout faults seen in screenshots, pinned so they stay fixed. */
import { testSitePort } from '../playwright.config.ts';
import { expect, test } from './fixtures.ts';

test('on a 1,366 px desktop the header is one row: logo, navigation, theme and call button', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/');
  const header = page.locator('header > div');
  const tops = await header.evaluate((row) =>
    [...row.children].filter((child) => child.tagName !== 'SCRIPT').map((child) => Math.round(child.getBoundingClientRect().top)),
  );
  // Logo, navigation, theme and call button: without them Math.max() - Math.min() of nothing would pass.
  expect(tops.length).toBeGreaterThanOrEqual(4);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(8);
});

for (const path of ['/', '/es/']) {
  test(`on a 390 px phone (${path}) logo, theme and call button share the top row, and the navigation fits the row below`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(path);
    const row = page.locator('header > div');
    const tops = await row.evaluate((element) =>
      [...element.children].filter((child) => !['SCRIPT', 'NAV'].includes(child.tagName)).map((child) => Math.round(child.getBoundingClientRect().top)),
    );
    // Logo, theme and call button.
    expect(tops.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(8);
    const items = await row.locator('nav li').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...items) - Math.min(...items)).toBeLessThanOrEqual(4);
  });
}

test('the contact cards open with their heading, not an empty band', async ({ page }) => {
  await page.goto('/contact/');
  for (const name of ['Reach us', 'Visit us']) {
    const heading = page.getByRole('heading', { level: 2, name });
    const gap = await heading.evaluate((element) => element.getBoundingClientRect().top - element.closest('section')!.getBoundingClientRect().top);
    expect(gap, name).toBeLessThanOrEqual(40);
  }
});

test('a source cited fourteen times keeps its back-links on the phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`http://127.0.0.1:${testSitePort}/blog/anchors-and-odd-links/`);
  const source = page.locator('#ref-sample2020');
  await expect(source.locator('a[href^="#cite-sample2020-"]')).toHaveCount(16);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const right = await source.evaluate((item) => Math.max(...[...item.querySelectorAll('a')].map((link) => link.getBoundingClientRect().right)));
  expect(right).toBeLessThanOrEqual(390);
});
