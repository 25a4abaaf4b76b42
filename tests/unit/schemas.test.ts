import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { createAuthorSchema, createPostSchema, TopicSchema } from '../../src/lib/schemas.ts';
import { formatIssues, knownKeysOf, suggestKey } from '../../src/lib/issues.ts';

// Stand-ins for Astro's helpers: an image is a path string, a reference is an id string.
const PostSchema = createPostSchema({ image: () => z.string(), authorReference: () => z.string(), topicReference: () => z.string() });
const AuthorSchema = createAuthorSchema({ image: () => z.string() });

const validPost = {
  title: 'Is ketamine a cutting-edge treatment for bipolar disorder?',
  description: 'What the research says about ketamine for bipolar depression, and what is still unknown.',
  pubDate: '2026-11-10',
  author: 'editorial-team',
  topics: ['bipolar-disorder'],
  hero: { image: './hero.jpg', alt: 'A sun rising over calm water.' },
  references: [
    {
      id: 'wilkowska2020',
      authors: ['Wilkowska A', 'Szałach Ł', 'Cubała WJ'],
      title: 'Ketamine in bipolar disorder: a review',
      journal: 'Neuropsychiatr Dis Treat',
      year: 2020,
      volume: 16,
      pages: '2707-2717',
      doi: '10.2147/NDT.S282208',
      pmid: 33209026,
    },
  ],
};

function problems(input: unknown) {
  const result = PostSchema.safeParse(input);
  if (result.success) return [];
  return formatIssues(result.error.issues, input, knownKeysOf(PostSchema)).map((p) => `${p.field}: ${p.message}`);
}

describe('post schema', () => {
  it('accepts a complete post and fills defaults', () => {
    const result = PostSchema.parse(validPost);
    expect(result.draft).toBe(false);
    expect(result.aliases).toEqual([]);
    expect(result.references[0]).toMatchObject({ volume: '16', pmid: '33209026' });
  });

  it.each([
    ['2026-11-10', '2026-11-10T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2026-07-07 10:00:00', '2026-07-07T10:00:00.000Z'],
    ['2026-07-07T10:00', '2026-07-07T10:00:00.000Z'],
    ['2026-07-07T10:00:00-04:00', '2026-07-07T14:00:00.000Z'],
    ['2026-07-07 10:00:00.5 +05:30', '2026-07-07T04:30:00.500Z'],
  ])('reads %s as %s on any machine (no zone means UTC)', (text, iso) => {
    expect(PostSchema.parse({ ...validPost, pubDate: text }).pubDate.toISOString()).toBe(iso);
  });

  it.each([
    { case: 'misspelt key', input: { ...validPost, pubdate: '2026-01-01' }, expected: 'pubdate: unknown field "pubdate" - did you mean "pubDate"? Rename it.' },
    { case: 'unknown key', input: { ...validPost, mood: 'happy' }, expected: 'mood: unknown field "mood" - remove it or check its spelling' },
    {
      case: 'misspelt hero key',
      input: { ...validPost, hero: { image: './a.jpg', alt: 'x', credits: 'me' } },
      expected: 'hero.credits: unknown field "credits" - did you mean "credit"? Rename it.',
    },
    { case: 'draft as text', input: { ...validPost, draft: 'yes' }, expected: 'draft: draft must be true or false (without quotes)' },
    {
      case: 'missing hero alt',
      input: { ...validPost, hero: { image: './a.jpg' } },
      expected: 'hero.alt: required - describe the image for readers who cannot see it',
    },
    {
      case: 'empty hero alt',
      input: { ...validPost, hero: { image: './a.jpg', alt: '  ' } },
      expected: 'hero.alt: hero.alt is empty - describe the image for readers who cannot see it',
    },
    { case: 'missing title', input: { ...validPost, title: undefined }, expected: 'title: required - write the headline of the post' },
    { case: 'short description', input: { ...validPost, description: 'Too short.' }, expected: 'description: description is shorter than 50 characters' },
    { case: 'long description', input: { ...validPost, description: 'x'.repeat(161) }, expected: 'description: description is longer than 160 characters' },
    {
      case: 'month 13',
      input: { ...validPost, pubDate: '2026-13-45' },
      expected: 'pubDate: pubDate "2026-13-45" has month 13, and months go from 01 to 12 - write a real date like 2026-09-14',
    },
    {
      case: '30 February',
      input: { ...validPost, pubDate: '2025-02-30' },
      expected: 'pubDate: pubDate "2025-02-30" is not a day on the calendar (February 2025 has 28 days)',
    },
    {
      case: '29 February outside a leap year',
      input: { ...validPost, pubDate: '2100-02-29' },
      expected: 'pubDate: pubDate "2100-02-29" is not a day on the calendar (February 2100 has 28 days)',
    },
    {
      case: '31 April',
      input: { ...validPost, pubDate: '2026-04-31' },
      expected: 'pubDate: pubDate "2026-04-31" is not a day on the calendar (April 2026 has 30 days)',
    },
    {
      case: 'hour 25',
      input: { ...validPost, pubDate: '2026-04-01 25:00' },
      expected: 'pubDate: pubDate "2026-04-01 25:00" has the time 25:00, which does not exist',
    },
    { case: 'date as a word', input: { ...validPost, pubDate: 'yesterday' }, expected: 'pubDate: pubDate "yesterday" is not a date written like 2026-09-14' },
    { case: 'empty date', input: { ...validPost, pubDate: null }, expected: 'pubDate: pubDate is empty - write the date like 2026-09-14' },
    { case: 'empty title', input: { ...validPost, title: null }, expected: 'title: title is empty - write the headline of the post' },
    { case: 'update before publication', input: { ...validPost, updatedDate: '2026-01-01' }, expected: 'updatedDate: updatedDate is before pubDate' },
    { case: 'no topics', input: { ...validPost, topics: [] }, expected: 'topics: add at least one topic id' },
    { case: 'too many topics', input: { ...validPost, topics: ['a', 'b', 'c', 'd', 'e'] }, expected: 'topics: use at most 4 topics' },
    { case: 'topics as text', input: { ...validPost, topics: 'depression' }, expected: 'topics: topics must be a list, like [depression, treatment]' },
    {
      case: 'doi with prefix',
      input: { ...validPost, references: [{ ...validPost.references[0], doi: 'https://doi.org/10.2147/NDT.S282208' }] },
      expected: 'references.0.doi: doi must look like 10.2147/NDT.S282208',
    },
    {
      case: 'reference without journal or publisher',
      input: { ...validPost, references: [{ id: 'x', title: 'T', year: 2020 }] },
      expected: 'references.0.journal: add a journal (for articles) or a publisher',
    },
    {
      case: 'duplicate reference ids',
      input: { ...validPost, references: [validPost.references[0], validPost.references[0]] },
      expected: 'references.1.id: reference id "wilkowska2020" is used twice',
    },
    {
      case: 'alias without leading slash',
      input: { ...validPost, aliases: ['blog/old/'] },
      expected: 'aliases.0: must be a path on this site that starts with "/"',
    },
  ])('rejects $case', ({ input, expected }) => {
    const found = problems(input);
    expect(
      found.some((line) => line.startsWith(expected)),
      `got:\n${found.join('\n')}`,
    ).toBe(true);
  });

  it('reports every problem of a post at once', () => {
    const found = problems({ ...validPost, title: '', draft: 'no', pubdate: 'x', hero: { image: './a.jpg' } });
    expect(found.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['title', 'draft', 'pubdate', 'hero.alt']));
  });
});

describe('author and topic schemas', () => {
  it('accepts a placeholder author and rejects unknown keys', () => {
    expect(AuthorSchema.parse({ name: 'Team (placeholder)', role: 'Writers', bio: 'Bio.' }).links).toEqual([]);
    expect(AuthorSchema.safeParse({ name: 'A', role: 'B', bio: 'C', twitter: '@x' }).success).toBe(false);
  });

  it('requires a topic description', () => {
    const result = TopicSchema.safeParse({ name: 'PTSD' });
    expect(result.success).toBe(false);
  });
});

describe('suggestKey', () => {
  it.each([
    ['pubdate', 'pubDate'],
    ['updateDate', 'updatedDate'],
    ['topic', 'topics'],
    ['reviwer', 'reviewer'],
    ['autohr', 'author'],
    ['colour', undefined],
  ])('%s -> %s', (typo, expected) => {
    expect(suggestKey(typo, ['title', 'pubDate', 'updatedDate', 'topics', 'reviewer', 'author'])).toBe(expected);
  });
});
