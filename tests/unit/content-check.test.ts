import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolder, contentError, describeCheck } from '../../src/loaders/content-pipeline.ts';
import { sitePageVersions } from '../../src/lib/translations.ts';

// One bad case per file under tests/fixtures/bad-content, plus many-faults.md with several at once.
const fixtureRoot = fileURLToPath(new URL('../fixtures/bad-content/', import.meta.url));
const now = new Date('2026-11-27T00:00:00Z');
const result = checkContentFolder(fixtureRoot, { now });
const reported = (file: string) => result.problems.filter((p) => p.file === `content/posts/${file}` || p.file === `content/${file}`);

describe('content check on the bad-content fixtures', () => {
  it.each([
    ['unknown-author/index.md', 5, 'author', 'unknown author "dr-nobody" - use one of: writer, or add content/authors/dr-nobody.yaml'],
    ['unknown-topic.md', 8, 'topics.1', 'unknown topic "astrology"'],
    ['missing-alt/index.md', 9, 'hero.alt', 'required - describe the image for readers who cannot see it'],
    ['missing-image/index.md', 10, 'hero.image', 'image "./nope.jpg" not found'],
    ['unknown-key.md', 4, 'pubdate', 'unknown field "pubdate" - did you mean "pubDate"? Rename it.'],
    ['wrong-type.md', 9, 'draft', 'draft must be true or false (without quotes)'],
    ['yaml-syntax.md', 4, '(yaml)', 'check indentation, colons and quotes on this line'],
    ['duplicate-slug.md', 1, '(file name)', 'two posts have the slug "duplicate-slug"'],
    ['topics/no-description.yaml', undefined, 'description', 'required - write one or two sentences about the topic'],
    ['unknown-citation.md', 18, '[@missing2021]', 'no reference with id "missing2021" - add it under references: in the frontmatter'],
    ['risky-claims.md', 11, 'text', '"cure": ketamine does not cure these conditions'],
    ['risky-claims.md', 13, 'text', '"Ketamine is FDA-approved for depression": ketamine is FDA-approved only as an anesthetic'],
    ['crisis-off-without-reason.md', 9, 'crisisNotice', 'automatic: false with a reason'],
    ['broken-links.md', 15, 'link', '/blog/no-such-post/: no page at /blog/no-such-post/'],
    ['broken-links.md', 15, 'link', '/blog/good: add the trailing slash: /blog/good/'],
    ['broken-links.md', 15, 'link', '/blog/a-draft/: links to a post that is not published (it is a draft)'],
    ['broken-links.md', 15, 'link', '#not-a-heading: no heading "#not-a-heading" on /blog/broken-links/'],
    ['broken-links.md', 15, 'link', '../nowhere/: no page at /blog/nowhere/'],
    ['broken-links.md', 17, 'link', 'https://exa mple.com: "https://exa mple.com" is not a valid web address'],
    ['broken-links.md', 17, 'link', 'www.example.org/page: "www.example.org/page" looks like a web address without https://'],
    ['broken-links.md', 19, 'link', './missing.png: image "./missing.png" not found next to the post'],
    ['broken-mdx/index.mdx', 11, 'import', 'imports "./Chart.astro", which does not exist'],
    ['broken-mdx/index.mdx', 12, 'import', 'imports "no-such-package", which does not exist'],
    ['broken-mdx/index.mdx', 20, '<Gallery>', 'no component called Gallery - use one of: ContactCta, or import it'],
    ['broken-mdx/index.mdx', 22, '(mdx)', 'expected a corresponding closing brace'],
    ['alias-two.md', 9, 'aliases.0', '"/old-shared-address/" is already used by content/posts/alias-one.md'],
    ['alias-two.md', 9, 'aliases.1', '"/blog/good/" is already used by content/posts/good.md'],
    ['impossible-date.md', 4, 'pubDate', 'pubDate "2025-02-30" is not a day on the calendar (February 2025 has 28 days) - write a real date like 2026-09-14'],
    ['impossible-date.md', 5, 'updatedDate', 'updatedDate "2023-02-29" is not a day on the calendar (February 2023 has 28 days)'],
    ['empty-title.md', 2, 'title', 'title is empty - write the headline of the post'],
    ['duplicate-key.md', 6, 'title', '"title" is written twice (lines 2 and 6) - keep one of them'],
    [
      '2025/spring-update/index.md',
      1,
      '(file name)',
      'this file would not be published - posts live one folder deep: move the folder to content/posts/spring-update/',
    ],
    ['notes.markdown', 1, '(file name)', 'a post file must end in .md or .mdx, so this one would not be published - rename it to end in .md'],
    ['latin-1.md', 1, '(file)', 'the file is not saved as UTF-8 - in your editor choose "Save with encoding" (or "Save as") and pick UTF-8'],
    ['Café Ñandú.md', 1, '(file name)', '"Café Ñandú" cannot be a web address - rename it to "cafe-nandu" (lowercase letters, digits and hyphens)'],
    [
      'authors/someone.json',
      1,
      '(file name)',
      'author files are <id>.yaml directly in content/authors/, so this one would be skipped - save it as content/authors/someone.yaml',
    ],
  ])('%s: line %s, field %s', (file, line, field, message) => {
    const problems = reported(file);
    expect(problems.length, JSON.stringify(result.problems, null, 1)).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', field, line, message: expect.stringContaining(message) }));
  });

  it.each([
    ['risky-claims.md', 15, 'text', '"breakthrough": sounds like marketing'],
    ['unsafe-wording.md', 11, 'text', '"committed suicide": implies a crime - write "died by suicide"'],
    ['unsafe-wording.md', 13, 'text', '"failed attempt": frames survival as failure'],
    ['method-detail.md', 11, 'text', '"overdose": names a method next to suicide or self-harm'],
    ['stale-review.md', 7, 'reviewedDate', 'last reviewed 2024-06-01, 29 months ago (limit 12)'],
    ['same-title-one.md', 2, 'title', 'the same title as content/posts/same-title-two.md - readers and search engines cannot tell them apart'],
    ['same-title-two.md', 2, 'title', 'the same title as content/posts/same-title-one.md'],
    ['card-glyphs.md', 2, 'title', 'the preview card for shared links has no font for "氯", "胺", "酮" and would draw an empty box'],
    [
      'hard-to-read.md',
      11,
      'text',
      'reads at grade 28.1 (Flesch-Kincaid; SMOG 21.9), above the target of grade 8 or lower - start with the hardest sentences: line 11 (33 words: split this sentence), line 19 (31 words: split this sentence), line 13 (17 words: a shorter word for "individualize")',
    ],
    [
      'hard-with-a-reason.md',
      9,
      'readingLevelNote',
      'above the target of grade 8 or lower, as the note says: "A fixture written hard on purpose, to test the note."',
    ],
    [
      'draft-with-a-claim.md',
      10,
      'text',
      '"cure": ketamine does not cure these conditions - describe what studies measured, such as response or remission (allowed while it is a draft; it stops publishing)',
    ],
  ])('%s: warns on line %s, field %s', (file, line, field, message) => {
    expect(reported(file)).toContainEqual(expect.objectContaining({ severity: 'warning', line, field, message: expect.stringContaining(message) }));
  });

  it('gives no reading-level verdict on a text too short for the formulas, however hard its words', () => {
    expect(reported('good.md')).toEqual([]);
    expect(reported('hard-with-a-reason.md').map((p) => p.field)).toEqual(['readingLevelNote']);
  });

  it('accepts links to real pages, headings and well-formed external sites', () => {
    const fine = reported('broken-links.md').filter((p) => /^(\/blog\/good\/|\/blog\/good\/#real-heading|https:\/\/pubmed\S*):/.test(p.message));
    expect(fine).toEqual([]);
  });

  it('does not flag a method word away from any mention of suicide', () => {
    expect(reported('method-detail.md').filter((p) => p.line === 13)).toEqual([]);
  });

  it('warns, without failing, about a source the text never cites', () => {
    expect(reported('uncited-reference.md')).toEqual([
      expect.objectContaining({ severity: 'warning', line: 14, field: 'references.1', message: expect.stringContaining('"forgotten2019" is never cited') }),
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
    expect(describeCheck(result).errors).toContain('content/posts/wrong-type.md:9  draft  draft must be true or false (without quotes)');
  });
});

describe('site pages (content/pages)', () => {
  const ofPage = (path: string) => result.problems.filter((p) => p.file === `content/pages/${path}`);

  it('links a page and its translation as versions of one page, for the language switch and search engines', () => {
    const versionsOf = result.pages.map((page) => ({ id: page.id, translationOf: page.data.translationOf }));
    // One version per language (a second Spanish one is refused by the check, above).
    expect(
      sitePageVersions(
        versionsOf.find((page) => page.id === 'services/insurance')!,
        versionsOf,
      ),
    ).toEqual([
      { lang: 'en', path: '/services/insurance/' },
      { lang: 'es', path: '/es/otra/' },
    ]);
    expect(sitePageVersions({ id: 'says-cure' }, versionsOf)).toEqual([{ lang: 'en', path: '/says-cure/' }]);
  });

  it('accepts a page in nested folders, at the address its folders spell, and checks its links like an article', () => {
    expect(ofPage('services/insurance/index.md')).toEqual([]);
    expect(result.pages.map((page) => page.id)).toContain('services/insurance');
  });

  it.each([
    [
      'blog/inside/index.md',
      1,
      '(file name)',
      "/blog/inside/ is inside /blog/, where the site's own pages are - move the page to another folder under content/pages/",
    ],
    ['es/index.md', 1, '(file name)', '/es/ is a page of the site itself - move the page to another folder under content/pages/'],
    ['Bad_Folder/index.md', 1, '(file name)', 'the folder "Bad_Folder" cannot be part of a web address - rename it to "bad-folder"'],
    [
      'loose/notes.md',
      1,
      '(file name)',
      'a page is index.md in the folder of its address, so this one would not be published - move it to content/pages/loose/notes/index.md',
    ],
    ['says-cure/index.md', 6, 'text', '"cure": ketamine does not cure these conditions'],
    ['says-cure/index.md', 8, 'link', '/prices/: no page at /prices/'],
    ['old-contact/index.md', 4, 'redirect', '/no-such-page/ is not a page of this site readers can read - send readers to a page that exists, like /contact/'],
    ['es/servicios/index.md', 4, 'translationOf', 'no page in content/pages/services/no-such-page/ - name the folder of the page this one translates'],
    ['es/seguros/index.md', 4, 'translationOf', 'content/pages/es/otra/index.md already translates services/insurance into this language - keep one'],
  ])('%s: line %s, field %s', (file, line, field, message) => {
    expect(ofPage(file)).toContainEqual(expect.objectContaining({ severity: 'error', line, field, message: expect.stringContaining(message) }));
  });
});

describe('dates', () => {
  it('accepts 29 February in a leap year and rejects it otherwise', () => {
    const fields = reported('impossible-date.md').map((p) => p.field);
    expect(fields).toContain('updatedDate'); // 2023-02-29
    expect(fields).not.toContain('reviewedDate'); // 2024-02-29
  });
});

describe('the real content of this site', () => {
  // The clock is passed in: the content's review dates are checked against a fixed day.
  const real = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)), { now });

  it('passes with no errors and no warnings', () => {
    expect(describeCheck(real).errors).toEqual([]);
    expect(describeCheck(real).warnings).toEqual([]);
    expect(real.posts.length).toBeGreaterThanOrEqual(8);
  });

  it('lists every translation still waiting for its own medical review in the build summary', () => {
    // A day after the Spanish articles went live (the clock is passed in).
    const live = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)), { now: new Date('2026-12-06T12:00:00Z') });
    const waiting = live.posts.filter((post) => !post.skipped && post.data.translationOf && !post.data.reviewer);
    expect(waiting.length).toBeGreaterThan(0);
    const summary = describeCheck(live).summary;
    for (const post of waiting)
      expect(summary).toContain(`translation waiting for its own medical review: ${post.file} (the page shows the original's review as the original's)`);
  });
  it('gives the reading level of each language in the build summary: the spread, the hardest article, how many are above target', () => {
    // A day when the Spanish articles are live too (the clock is passed in).
    const live = checkContentFolder(fileURLToPath(new URL('../../', import.meta.url)), { now: new Date('2026-12-06T12:00:00Z') });
    const summary = describeCheck(live).summary;
    const english = live.posts.filter((post) => !post.skipped && post.data.lang === 'en' && post.reading?.label);
    const grades = english.map((post) => post.reading!.level.scores.fleschKincaidGrade!);
    const hardest = english.find((post) => post.reading!.level.scores.fleschKincaidGrade === Math.max(...grades))!;
    expect(english.length).toBeGreaterThan(1);
    expect(summary).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^reading level, English: ${english.length} article\\(s\\) measured, Flesch-Kincaid grade ${Math.min(...grades)} \\(easiest\\) to ${Math.max(...grades)} \\(hardest: ${hardest.file}\\), median [\\d.]+; 0 above target$`,
        ),
      ),
    );
    expect(summary).toContainEqual(
      expect.stringMatching(
        /^reading level, Spanish: \d+ article\(s\) measured, INFLESZ [\d.]+ \(easiest\) to [\d.]+ \(hardest: content\/posts\/.+\), median [\d.]+; 0 above target$/,
      ),
    );
  });

  it('counts an article above target in the summary', () => {
    expect(describeCheck(result).summary).toContainEqual(expect.stringMatching(/^reading level, English: .*; [1-9]\d* above target$/));
  });
});

describe('the error the build stops with', () => {
  it('lists every problem under one title with a hint, and no stack trace into our code', () => {
    const error = contentError(describeCheck(result).errors) as Error & { hint?: string };
    expect(error.name).toBe('ContentError');
    expect(error.stack).toBe('');
    expect(error.hint).toMatch(/file:line  field  what is wrong - how to fix it/);
    expect(error.message).toMatch(new RegExp(`^Content has ${result.errorCount} problem\\(s\\); nothing was built:`));
    expect(error.message).toContain('  content/posts/missing-alt/index.md:9  hero.alt  required');
  });
});
