import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { describe, expect, it } from 'vitest';
import { compareNewestFirst, countWords, isPublished, readingTimeMinutes, whyUnpublished } from '../../src/lib/posts.ts';

const now = new Date('2026-11-27T12:00:00Z');

describe('isPublished', () => {
  it.each([
    { case: 'a past, non-draft post', post: { draft: false, pubDate: new Date('2026-01-01') }, isDev: false, expected: true },
    { case: 'a post dated exactly now', post: { draft: false, pubDate: now }, isDev: false, expected: true },
    { case: 'a draft in production', post: { draft: true, pubDate: new Date('2026-01-01') }, isDev: false, expected: false },
    { case: 'a scheduled post in production', post: { draft: false, pubDate: new Date('2026-12-01') }, isDev: false, expected: false },
    { case: 'a draft in dev preview', post: { draft: true, pubDate: new Date('2026-01-01') }, isDev: true, expected: true },
    { case: 'a scheduled post in dev preview', post: { draft: false, pubDate: new Date('2027-01-01') }, isDev: true, expected: true },
  ])('$case -> $expected', ({ post, isDev, expected }) => {
    expect(isPublished(post, { now, isDev })).toBe(expected);
  });

  it('names why a post is left out', () => {
    expect(whyUnpublished({ draft: true, pubDate: new Date('2027-01-01') }, now)).toBe('draft');
    expect(whyUnpublished({ draft: false, pubDate: new Date('2027-01-01') }, now)).toBe('scheduled');
    expect(whyUnpublished({ draft: false, pubDate: new Date('2026-01-01') }, now)).toBeUndefined();
  });
});

describe('reading time', () => {
  it('counts only words a reader reads', () => {
    const markdown = [
      '## A heading',
      'Some text with a [link label](https://example.com/very/long/url) and a citation [@smith2020].',
      '```js',
      'const code = "never counted";',
      '```',
    ].join('\n');
    const { plainText } = readMarkdown(markdown);
    expect(plainText).toBe('A heading Some text with a link label and a citation.');
    expect(countWords(plainText)).toBe(11);
  });

  it.each([
    [0, 1],
    [100, 1],
    [225, 1],
    [450, 2],
    [1125, 5],
  ])('%i words -> %i min', (words, minutes) => {
    expect(readingTimeMinutes(Array.from({ length: words }, () => 'word').join(' '))).toBe(minutes);
  });
});

describe('compareNewestFirst', () => {
  it('sorts newest first and breaks ties by slug', () => {
    const posts = [
      { id: 'b', pubDate: new Date('2026-01-01') },
      { id: 'c', pubDate: new Date('2026-03-01') },
      { id: 'a', pubDate: new Date('2026-01-01') },
    ];
    expect(posts.sort(compareNewestFirst).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});
