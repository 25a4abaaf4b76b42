import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildHead } from '../../src/lib/head.ts';

describe('buildHead', () => {
  const base = { description: 'A description.', siteName: 'Clinic', siteUrl: 'https://clinic.test' };

  it('titles pages with the brand and gives one canonical URL with a trailing slash', () => {
    const head = buildHead({ ...base, title: 'Articles', path: '/blog' });
    expect(head.title).toBe('Articles | Clinic');
    expect(head.canonical).toBe('https://clinic.test/blog/');
    expect(head.meta).toContainEqual({ name: 'description', content: 'A description.' });
    expect(head.meta).toContainEqual({ property: 'og:url', content: 'https://clinic.test/blog/' });
    expect(head.meta).toContainEqual({ property: 'og:type', content: 'website' });
    expect(head.meta).toContainEqual({ property: 'og:image', content: 'https://clinic.test/og/default.png' });
    expect(head.meta).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
  });

  it('describes articles for link previews', () => {
    const head = buildHead({
      ...base,
      title: 'Ketamine & PTSD',
      path: '/blog/ptsd/',
      image: { path: '/og/ptsd.png', alt: 'Preview card' },
      article: { publishedTime: new Date('2026-07-07'), modifiedTime: new Date('2026-10-12'), section: 'PTSD', tags: ['PTSD', 'Treatment'] },
    });
    const props = Object.fromEntries(head.meta.filter((m) => m.property && !m.property.startsWith('article:tag')).map((m) => [m.property, m.content]));
    expect(props).toMatchObject({
      'og:type': 'article',
      'og:title': 'Ketamine & PTSD',
      'og:image': 'https://clinic.test/og/ptsd.png',
      'og:image:alt': 'Preview card',
      'og:image:width': '1200',
      'og:image:height': '630',
      'article:published_time': '2026-07-07T00:00:00.000Z',
      'article:modified_time': '2026-10-12T00:00:00.000Z',
      'article:section': 'PTSD',
    });
    expect(head.meta.filter((m) => m.property === 'article:tag').map((m) => m.content)).toEqual(['PTSD', 'Treatment']);
  });

  it('uses the brand alone on the home page', () => {
    expect(buildHead({ ...base, path: '/' }).title).toBe('Clinic');
  });

  it('marks noindex pages and gives them no canonical URL', () => {
    const head = buildHead({ ...base, title: 'Page not found', path: '/404/', noindex: true });
    expect(head.canonical).toBeUndefined();
    expect(head.meta).toContainEqual({ name: 'robots', content: 'noindex' });
    expect(head.meta.some((m) => m.property === 'og:url')).toBe(false);
  });

  it.each([
    ['/blog/a', 'https://clinic.test/blog/a/'],
    ['/blog/a/', 'https://clinic.test/blog/a/'],
    ['/rss.xml', 'https://clinic.test/rss.xml'],
  ])('absoluteUrl(%s) -> %s', (path, expected) => expect(absoluteUrl(path, 'https://clinic.test')).toBe(expected));
});
