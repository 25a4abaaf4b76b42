import { describe, expect, it } from 'vitest';
import { absolutizeHtml, includeInSitemap, lastModified } from '../../src/lib/feed.ts';
import { buildBreadcrumbJsonLd, buildClinicJsonLd, parseDays } from '../../src/lib/structured-data.ts';

describe('absolutizeHtml', () => {
  it('gives links, images and anchors the full address of the article', () => {
    const html =
      '<a href="/blog/b/">b</a> <a href="#ref-x">1</a> <a href="../c/">c</a> <img src="/_astro/a.webp" srcset="/_astro/a.webp 400w, /_astro/b.webp 800w"> <a href="https://x.org/">x</a> <a href="mailto:a@b.c">m</a>';
    expect(absolutizeHtml(html, 'https://clinic.test/blog/a/')).toBe(
      '<a href="https://clinic.test/blog/b/">b</a> <a href="https://clinic.test/blog/a/#ref-x">1</a> <a href="https://clinic.test/blog/c/">c</a> <img src="https://clinic.test/_astro/a.webp" srcset="https://clinic.test/_astro/a.webp 400w, https://clinic.test/_astro/b.webp 800w"> <a href="https://x.org/">x</a> <a href="mailto:a@b.c">m</a>',
    );
  });
});

describe('sitemap', () => {
  it.each([
    ['/', true],
    ['/blog/a/', true],
    ['/404/', false],
    ['/search/', false],
    ['/old-wordpress-address/', false],
  ])('%s included: %s', (path, expected) => expect(includeInSitemap(path, new Set(['/old-wordpress-address/']))).toBe(expected));

  it('dates each article by its update, else its publication', () => {
    const dates = lastModified([
      { id: 'a', data: { lang: 'en' as const, pubDate: new Date('2026-01-01') } },
      { id: 'b', data: { lang: 'en' as const, pubDate: new Date('2026-01-01'), updatedDate: new Date('2026-03-01') } },
    ]);
    expect(dates.get('/blog/a/')?.toISOString().slice(0, 10)).toBe('2026-01-01');
    expect(dates.get('/blog/b/')?.toISOString().slice(0, 10)).toBe('2026-03-01');
  });
});

describe('clinic and breadcrumb JSON-LD', () => {
  it.each([
    ['Monday to Friday', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']],
    ['Mon-Wed', ['Monday', 'Tuesday', 'Wednesday']],
    ['Saturday', ['Saturday']],
    ['Saturday and Sunday', ['Saturday', 'Sunday']],
    ['Holidays', []],
  ])('parseDays(%s)', (text, days) => expect(parseDays(text)).toEqual(days));

  it('describes the clinic with address, phone and only the open days', () => {
    const data = buildClinicJsonLd({
      name: 'Clinic',
      url: 'https://clinic.test/',
      logoUrl: 'https://clinic.test/icon-512.png',
      description: 'A clinic.',
      telephone: '+13052001234',
      address: { street: '1 Main St', city: 'Miami', region: 'FL', postalCode: '33101', country: 'US' },
      hours: [{ days: 'Monday to Friday', opens: '08:00', closes: '18:00' }, { days: 'Sunday' }],
    });
    expect(data).toMatchObject({
      '@type': 'MedicalClinic',
      telephone: '+13052001234',
      address: { '@type': 'PostalAddress', addressLocality: 'Miami' },
      openingHoursSpecification: [{ dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '18:00' }],
    });
  });

  it('numbers breadcrumb items from 1', () => {
    expect(
      buildBreadcrumbJsonLd([
        { name: 'Home', url: 'https://c.test/' },
        { name: 'PTSD', url: 'https://c.test/topics/ptsd/' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://c.test/' },
      { '@type': 'ListItem', position: 2, name: 'PTSD', item: 'https://c.test/topics/ptsd/' },
    ]);
  });
});
