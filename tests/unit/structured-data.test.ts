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

  const graph = (data: ReturnType<typeof buildArticleJsonLd>) => data['@graph'] as Array<Record<string, unknown>>;
  const node = (data: ReturnType<typeof buildArticleJsonLd>, type: string) => graph(data).find((entry) => entry['@type'] === type)!;
  const withCrumbs = {
    ...input,
    breadcrumbs: [
      { name: 'Home', url: 'https://clinic.test/' },
      { name: 'Articles', url: 'https://clinic.test/blog/' },
    ],
  };

  it('is one graph with one type per node, linked by id', () => {
    const data = buildArticleJsonLd(withCrumbs);
    expect(data['@context']).toBe('https://schema.org');
    expect(graph(data).map((entry) => entry['@type'])).toEqual(['MedicalWebPage', 'BlogPosting', 'Person', 'Person', 'Organization', 'BreadcrumbList']);
    const ids = new Set(graph(data).map((entry) => entry['@id']));
    expect(ids.size).toBe(6);
    // Every reference to another node points at a node of the graph.
    const references = JSON.stringify(data)
      .match(/\{"@id":"[^"]+"\}/g)!
      .map((text) => JSON.parse(text)['@id']);
    expect(references.length).toBeGreaterThanOrEqual(6);
    for (const id of references) expect(ids).toContain(id);
  });

  it('describes a reviewed, sourced medical web page and its article', () => {
    const data = buildArticleJsonLd(withCrumbs);
    expect(node(data, 'MedicalWebPage')).toMatchObject({
      '@id': 'https://clinic.test/blog/a/#webpage',
      lastReviewed: '2026-02-01',
      reviewedBy: { '@id': 'https://clinic.test/authors/r/#person' },
      mainEntity: { '@id': 'https://clinic.test/blog/a/#article' },
      breadcrumb: { '@id': 'https://clinic.test/blog/a/#breadcrumb' },
    });
    expect(node(data, 'BlogPosting')).toMatchObject({
      headline: 'A title',
      datePublished: '2026-01-01',
      dateModified: '2026-01-01',
      author: { '@id': 'https://clinic.test/authors/w/#person' },
      citation: [
        { '@type': 'ScholarlyArticle', name: 'A trial', author: 'Smith J, et al.', url: 'https://doi.org/10.1/abc', identifier: 'doi:10.1/abc' },
        { '@type': 'CreativeWork', name: 'A page', publisher: { name: 'Agency' }, url: 'https://agency.test/page' },
      ],
    });
    expect(graph(data)).toContainEqual(expect.objectContaining({ '@type': 'Person', name: 'Dr Placeholder', honorificSuffix: 'MD' }));
    expect(node(data, 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        { position: 1, name: 'Home' },
        { position: 2, name: 'Articles' },
      ],
    });
  });

  it('leaves out the review fields and the reviewer of an unreviewed post', () => {
    const data = buildArticleJsonLd({ ...input, reviewer: undefined, reviewedDate: undefined });
    expect(node(data, 'MedicalWebPage')).not.toHaveProperty('reviewedBy');
    expect(node(data, 'MedicalWebPage')).not.toHaveProperty('lastReviewed');
    expect(graph(data).filter((entry) => entry['@type'] === 'Person')).toHaveLength(1);
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
