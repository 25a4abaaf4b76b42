import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import contentGuard, { checkContentFolder, describeCheck } from '../../src/integrations/content-guard.ts';
import { site } from '../../src/site.config.ts';

// One bad case per file under tests/fixtures/bad-content, plus many-faults.md with several at once.
const fixtureRoot = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));
const now = new Date('2026-11-27T00:00:00Z');
const result = checkContentFolder(fixtureRoot, now);
const reported = (file: string) =>
  result.problems.filter((p) => p.file === `content/posts/${file}` || p.file === `content/${file}`);

describe('content check on the bad-content fixtures', () => {
  it.each([
    ['unknown-author/index.md', 5, 'author', 'unknown author "dr-nobody" - use one of: writer, or add content/authors/dr-nobody.yaml'],
    ['unknown-topic.md', 6, 'topics.1', 'unknown topic "astrology"'],
    ['missing-alt/index.md', 7, 'hero.alt', 'required - describe the image for readers who cannot see it'],
    ['missing-image/index.md', 8, 'hero.image', 'image "./nope.jpg" not found'],
    ['unknown-key.md', 4, 'pubdate', 'unknown field "pubdate" - did you mean "pubDate"? Rename it.'],
    ['wrong-type.md', 7, 'draft', 'draft must be true or false (without quotes)'],
    ['yaml-syntax.md', 4, '(yaml)', 'check indentation, colons and quotes on this line'],
    ['duplicate-slug.md', 1, '(file name)', 'two posts have the slug "duplicate-slug"'],
    ['topics/no-description.yaml', undefined, 'description', 'required - write one or two sentences about the topic'],
    ['unknown-citation.md', 16, '[@missing2021]', 'no reference with id "missing2021" - add it under references: in the frontmatter'],
  ])('%s: line %s, field %s', (file, line, field, message) => {
    const problems = reported(file);
    expect(problems.length, JSON.stringify(result.problems, null, 1)).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', field, line, message: expect.stringContaining(message) }));
  });

  it('warns, without failing, about a source the text never cites', () => {
    expect(reported('uncited-reference.md')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 12, field: 'references.1', message: expect.stringContaining('"forgotten2019" is never cited') }),
    ]);
  });

  it('reports every fault of a file in one run', () => {
    expect(reported('many-faults.md').map((p) => p.field)).toEqual(['title', 'description', 'pubDate', 'author', 'topics', 'draft', 'colour']);
  });

  it('keeps valid posts and explains the ones a production build skips', () => {
    const { summary } = describeCheck(result);
    expect(result.posts.find((p) => p.id === 'good')?.skipped).toBeUndefined();
    expect(summary).toContain('skipped content/posts/a-draft.md: draft: true (set draft: false to publish)');
    expect(summary).toContain('skipped content/posts/scheduled.md: scheduled for 2099-01-01 (pubDate is in the future)');
  });

  it('formats each problem as path:line  field  message', () => {
    expect(describeCheck(result).errors).toContain(
      'content/posts/wrong-type.md:7  draft  draft must be true or false (without quotes)',
    );
  });
});

describe('the build guard', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  const setup = contentGuard(site).hooks['astro:config:setup'] as unknown as (options: unknown) => void;

  it('stops `astro build` listing every problem with its file', () => {
    expect(() => setup({ command: 'build', config: { root: new URL(`file://${fixtureRoot}`) }, logger })).toThrow(
      /Content has 19 problem\(s\); nothing was built:[\s\S]*content\/posts\/missing-alt\/index\.md:7  hero\.alt[\s\S]*content\/posts\/unknown-author\/index\.md:5  author/,
    );
  });

  it('lets `astro dev` keep running and logs the problems instead', () => {
    const errors: string[] = [];
    setup({ command: 'dev', config: { root: new URL(`file://${fixtureRoot}`) }, logger: { ...logger, error: (line: string) => errors.push(line) } });
    expect(errors.join('\n')).toContain('content/posts/wrong-type.md:7  draft');
  });

  it('passes the real content of this site', () => {
    const real = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)));
    expect(describeCheck(real).errors).toEqual([]);
    expect(real.posts.length).toBeGreaterThanOrEqual(8);
  });
});
