import { describe, expect, it } from 'vitest';
import { absoluteUrl, buildHead } from '../../src/lib/head.ts';

describe('buildHead', () => {
  const base = { description: 'A description.', siteName: 'Clinic', siteUrl: 'https://clinic.test' };

  it('titles pages with the brand and gives one canonical URL with a trailing slash', () => {
    const head = buildHead({ ...base, title: 'Articles', path: '/blog' });
    expect(head.title).toBe('Articles | Clinic');
    expect(head.canonical).toBe('https://clinic.test/blog/');
    expect(head.meta).toEqual([{ name: 'description', content: 'A description.' }]);
  });

  it('uses the brand alone on the home page', () => {
    expect(buildHead({ ...base, path: '/' }).title).toBe('Clinic');
  });

  it('marks noindex pages and gives them no canonical URL', () => {
    const head = buildHead({ ...base, title: 'Page not found', path: '/404/', noindex: true });
    expect(head.canonical).toBeUndefined();
    expect(head.meta).toContainEqual({ name: 'robots', content: 'noindex' });
  });

  it.each([
    ['/blog/a', 'https://clinic.test/blog/a/'],
    ['/blog/a/', 'https://clinic.test/blog/a/'],
    ['/rss.xml', 'https://clinic.test/rss.xml'],
  ])('absoluteUrl(%s) -> %s', (path, expected) => expect(absoluteUrl(path, 'https://clinic.test')).toBe(expected));
});
