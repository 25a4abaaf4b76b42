import { readdirSync, readFileSync } from 'node:fs';
import { allPublishedPosts, expect, publishedPostsIn, sitemapPaths, test, wcagViolations } from './fixtures.ts';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { feedUrl, langOfPath, pageUrl, postUrl, searchUrl, topicsUrl } from '../../src/lib/routes.ts';
import { testSitePort } from '../playwright.config.ts';

const spanish = publishedPostsIn('es');
const lead = spanish.find((post) => post.data.translationOf === 'ketamine-for-bipolar-disorder')!;
const mdx = spanish.find((post) => post.file.endsWith('.mdx'))!;
const paths = sitemapPaths();

test('the Spanish edition has the lead article and at least three others, each linked to its original', () => {
  expect(spanish.length).toBeGreaterThanOrEqual(4);
  expect(lead).toBeDefined();
  for (const post of spanish) expect(allPublishedPosts.some((original) => original.id === post.data.translationOf)).toBe(true);
});

test('a translation not yet reviewed in Spanish claims no review: it names the review of the English original as that', async ({ page }) => {
  const waiting = spanish.filter((post) => !post.data.reviewer);
  expect(waiting.length).toBeGreaterThan(0);
  for (const post of waiting) {
    const original = allPublishedPosts.find((candidate) => candidate.id === post.data.translationOf)!;
    await page.goto(postUrl(post.id, 'es'));
    const byline = page.locator('[data-original-review]');
    await expect(byline).toContainText('Revisión médica de la versión original en inglés:');
    await expect(byline.getByRole('link')).toHaveText(/Clinical Review Team/);
    await expect(byline.locator('time')).toHaveAttribute('datetime', original.data.reviewedDate!.toISOString().slice(0, 10));
    // No line says the Spanish text itself was reviewed, and the page's data claims no review either.
    await expect(page.getByText(/^Revisión médica de Clinical/)).toHaveCount(0);
    const graph: Array<Record<string, unknown>> = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
      (text) => JSON.parse(text)['@graph'] ?? [],
    );
    const webPage = graph.find((node) => node['@type'] === 'MedicalWebPage')!;
    expect(webPage).toBeDefined();
    expect(webPage).not.toHaveProperty('reviewedBy');
    expect(webPage).not.toHaveProperty('lastReviewed');
  }
});

test('a change to a published article is shown on it and in the feed, newest first, in its language', async ({ page, request }) => {
  const changed = spanish.filter((post) => post.data.changes.length > 0);
  expect(changed.length).toBeGreaterThan(0);
  for (const post of changed) {
    await page.goto(postUrl(post.id, 'es'));
    const section = page.locator('[data-changes]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Cambios en este artículo');
    const newest = [...post.data.changes].sort((a, b) => b.date.getTime() - a.date.getTime())[0]!;
    await expect(section.locator('li').first()).toContainText(newest.summary);
    await expect(section.locator('li').first().locator('time')).toHaveAttribute('datetime', newest.date.toISOString().slice(0, 10));
    // The Updated date follows from the newest change.
    await expect(page.getByText(/Actualizado el/)).toBeVisible();
    const feed = await (await request.get(feedUrl('es'))).text();
    expect(feed).toContain(newest.summary);
  }
});

test.describe('a Spanish-speaking reader', () => {
  test('lands on the translated lead article and reads it in Spanish, with crisis help in Spanish', async ({ page }) => {
    await page.goto(postUrl(lead.id, 'es'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.data.title);
    const notice = page.locator('[data-crisis-notice]');
    await expect(notice).toContainText(es.crisis.noticeHeading);
    await expect(notice).toContainText('marque 2');
    await expect(notice).toContainText('AYUDA');
    await expect(notice.getByRole('link', { name: '988' }).first()).toHaveAttribute('href', 'tel:988');
    // The Lifeline by its one Spanish name, and its chat on its Spanish page, not the English one.
    await expect(notice).toContainText('Línea 988 de Prevención del Suicidio y Crisis');
    await expect(notice.getByRole('link', { name: es.crisis.chatOnline })).toHaveAttribute('href', 'https://988lifeline.org/es/');
    await expect(page.locator('footer').getByRole('link', { name: es.crisis.chatOnline })).toHaveAttribute('href', 'https://988lifeline.org/es/');
    await expect(page.getByRole('heading', { name: es.article.sources })).toBeVisible();
    await expect(page.locator('footer')).toContainText(es.crisis.footerHeading);
    // Related articles and previous/next stay in Spanish.
    const hrefs = await page
      .locator('[data-related] a, nav[aria-label="Más artículos"] a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    // Three related articles at least: a loop over no links would assert nothing.
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    for (const href of hrefs) expect(href).toMatch(/^\/es\/blog\//);
  });

  test('switches between an article and its translation, and sees no switch where there is none', async ({ page }) => {
    await page.goto(postUrl(lead.data.translationOf!));
    await page.locator('[data-language-switch="es"]').click();
    await expect(page).toHaveURL(postUrl(lead.id, 'es'));
    await page.locator('[data-language-switch="en"]').click();
    await expect(page).toHaveURL(postUrl(lead.data.translationOf!));
    const untranslated = publishedPostsIn('en').find((post) => !spanish.some((translation) => translation.data.translationOf === post.id))!;
    await page.goto(postUrl(untranslated.id));
    await expect(page.locator('[data-language-switch]')).toHaveCount(0);
  });

  test('searches in Spanish and finds Spanish articles only', async ({ page }) => {
    await page.goto(searchUrl('es'));
    await page.locator('.pagefind-ui__search-input').fill('ketamina');
    // Pagefind's own words follow the page's language.
    await expect(page.locator('.pagefind-ui__search-input')).toHaveAttribute('placeholder', /Buscar/i);
    const results = page.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    for (const href of await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(/^\/es\/blog\//);
  });

  test('reads a Spanish feed of Spanish articles', async ({ request }) => {
    const rss = await (await request.get(feedUrl('es'))).text();
    expect(rss).toContain('<language>es-us</language>');
    expect(rss.split('<item>').length - 1).toBe(spanish.length);
    for (const post of spanish) expect(rss).toContain(postUrl(post.id, 'es'));
  });

  test('writes to the clinic in Spanish: form errors are in Spanish', async ({ page }) => {
    // The test site is the build with a contact form endpoint (npm run build:test-site).
    await page.goto(`http://127.0.0.1:${testSitePort}${pageUrl('contact', 'es')}`);
    const form = page.locator('[data-contact-form]');
    await form.getByRole('button', { name: es.form.send }).click();
    await expect(form.locator('[data-error-for="name"]')).toHaveText(es.form.errorName);
  });
});

test('every hreflang link is answered by a link back, and x-default names the English page', async ({ request }) => {
  const alternatesOf = async (path: string) => {
    const html = await (await request.get(path)).text();
    return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, hreflang, href]) => ({
      hreflang: hreflang!,
      path: new URL(href!).pathname,
    }));
  };
  let linked = 0;
  for (const path of paths) {
    const alternates = await alternatesOf(path);
    if (alternates.length === 0) continue;
    linked++;
    expect(
      alternates.map((alternate) => alternate.path),
      `${path} lists itself`,
    ).toContain(path);
    const byDefault = alternates.find((alternate) => alternate.hreflang === 'x-default');
    expect(byDefault && langOfPath(byDefault.path), `${path} x-default`).toBe('en');
    for (const alternate of alternates.filter((entry) => entry.hreflang !== 'x-default' && entry.path !== path)) {
      expect(paths, `${alternate.path} is in the sitemap`).toContain(alternate.path);
      const back = await alternatesOf(alternate.path);
      expect(back, `${alternate.path} links back to ${path}`).toEqual(alternates);
    }
  }
  expect(linked).toBeGreaterThan(10);
});

test('the sitemap lists the same language versions as each page', async ({ request }) => {
  const dist = new URL('../../dist/', import.meta.url);
  const xml = readdirSync(dist)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(new URL(name, dist), 'utf8'))
    .join('');
  const entries = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map(([, entry]) => ({
    path: new URL(/<loc>([^<]+)<\/loc>/.exec(entry!)![1]!).pathname,
    links: [...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, hreflang, href]) => `${hreflang} ${new URL(href!).pathname}`).sort(),
  }));
  let withVersions = 0;
  for (const { path, links } of entries) {
    const html = await (await request.get(path)).text();
    const onPage = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)]
      .filter(([, hreflang]) => hreflang !== 'x-default')
      .map(([, hreflang, href]) => `${hreflang} ${new URL(href!).pathname}`)
      .sort();
    expect(links, `${path} in the sitemap`).toEqual(onPage);
    if (links.length > 0) withVersions++;
  }
  // Home, lists, fixed pages, translated articles, topics and people.
  expect(withVersions).toBeGreaterThan(20);
});

// Words of the English dictionary that differ in Spanish; the Spanish pages must show none of them.
function englishWords(): string[] {
  const found = new Set<string>();
  const visit = (english: unknown, spanishValue: unknown) => {
    if (typeof english === 'string') {
      for (const part of english.split(/\{[a-zA-Z]+\}/)) {
        const text = part.trim().replace(/^[,.:]\s*|[,.:]$/g, '');
        if (text.length >= 4 && !(typeof spanishValue === 'string' && spanishValue.includes(text))) found.add(text);
      }
    } else if (Array.isArray(english)) english.forEach((item, index) => visit(item, (spanishValue as unknown[])[index]));
    else if (typeof english === 'function') visit(english(2, 3), (spanishValue as (a: number, b: number) => string)(2, 3));
    else if (english && typeof english === 'object')
      for (const key of Object.keys(english)) visit((english as Record<string, unknown>)[key], (spanishValue as Record<string, unknown>)[key]);
  };
  visit({ ...en, language: {} }, { ...es, language: {} });
  return [...found];
}

test('no English interface words on any Spanish page', async ({ page }) => {
  const words = englishWords();
  expect(words).toContain('Medically reviewed by');
  const spanishPaths = paths.filter((path) => langOfPath(path) === 'es');
  expect(spanishPaths.length).toBeGreaterThan(15);
  for (const path of spanishPaths) {
    await page.goto(path);
    // Sources keep their own language, and a link to the English page is written in English on purpose.
    const text = await page.evaluate(() => {
      for (const element of document.querySelectorAll('[data-sources] ol, [lang]:not([lang="es"]):not(html)')) element.remove();
      const labels = [...document.querySelectorAll('[aria-label], [alt], [title]')].map((element) =>
        ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? '').join(' '),
      );
      return `${document.title}\n${document.body.innerText}\n${labels.join('\n')}`;
    });
    const leaks = words.filter((word) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
    expect(leaks, `${path} shows English words`).toEqual([]);
  }
});

const spanishPages = [
  { name: 'inicio', path: '/es/' },
  { name: 'artículos', path: '/es/blog/' },
  { name: 'artículo', path: postUrl(lead.id, 'es') },
  { name: 'artículo MDX', path: postUrl(mdx.id, 'es') },
  { name: 'temas', path: topicsUrl('es') },
  { name: 'contacto', path: pageUrl('contact', 'es') },
  { name: 'nosotros', path: pageUrl('about', 'es') },
  { name: 'aviso médico', path: pageUrl('medicalDisclaimer', 'es') },
  { name: 'buscar', path: searchUrl('es') },
];

// Most readers are on phones: the Spanish pages are audited at phone size (playwright.config.ts), in both themes.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`Spanish pages, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of spanishPages) {
      test(`${name} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(path);
        const violations = await wcagViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }
  });
}
