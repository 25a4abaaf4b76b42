import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, serializeJsonLd } from '../../src/lib/structured-data.ts';
import { shouldShowCrisisNotice, type CrisisNoticeSetting } from '../../src/lib/editorial-checks.ts';

describe('serializeJsonLd', () => {
  it('keeps content from closing the script tag, and stays valid JSON', () => {
    const hostile = { headline: '</script><script>alert("x")</script> & more\u2028' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('buildArticleJsonLd', () => {
  const input = {
    url: 'https://clinic.test/blog/a/',
    title: 'A title',
    description: 'A description.',
    pubDate: new Date('2026-01-01'),
    reviewedDate: new Date('2026-02-01'),
    author: { name: 'Writer', role: 'Health writer', url: 'https://clinic.test/authors/w/' },
    reviewer: { name: 'Dr Placeholder', credentials: 'MD', role: 'Reviewer', url: 'https://clinic.test/authors/r/' },
    references: [
      { id: 'a', authors: ['Smith J', 'et al.'], title: 'A trial', journal: 'J Test', year: 2020, doi: '10.1/abc' },
      { id: 'b', authors: [], title: 'A page', publisher: 'Agency', year: 2024, url: 'https://agency.test/page' },
    ],
    topics: ['Depression'],
    publisher: { name: 'Clinic', url: 'https://clinic.test', logoUrl: 'https://clinic.test/favicon.svg' },
  };

  it('describes a reviewed, sourced medical web page', () => {
    expect(buildArticleJsonLd(input)).toMatchObject({
      '@type': ['BlogPosting', 'MedicalWebPage'],
      headline: 'A title',
      datePublished: '2026-01-01',
      dateModified: '2026-01-01',
      lastReviewed: '2026-02-01',
      reviewedBy: { '@type': 'Person', name: 'Dr Placeholder', honorificSuffix: 'MD' },
      citation: [
        { '@type': 'ScholarlyArticle', name: 'A trial', author: 'Smith J, et al.', url: 'https://doi.org/10.1/abc', identifier: 'doi:10.1/abc' },
        { '@type': 'CreativeWork', name: 'A page', publisher: { name: 'Agency' }, url: 'https://agency.test/page' },
      ],
    });
  });

  it('leaves out the review fields of an unreviewed post', () => {
    const data = buildArticleJsonLd({ ...input, reviewer: undefined, reviewedDate: undefined });
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
  });
});

describe('shouldShowCrisisNotice', () => {
  it.each<[CrisisNoticeSetting, string, boolean]>([
    [undefined, 'Suicidal thoughts eased.', true],
    [undefined, 'Blood pressure rose.', false],
    [true, 'Blood pressure rose.', true],
    [{ automatic: false, reason: 'Quotes a study title only' }, 'Suicidal thoughts eased.', false],
  ])('setting %o on "%s" -> %s', (setting, body, expected) => {
    expect(shouldShowCrisisNotice(setting, readMarkdown(body).lines)).toBe(expected);
  });
});
