import { describe, expect, it } from 'vitest';
import { newestFirst, recentCorrection, type ArticleChange } from '../../src/lib/changes.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const changes: ArticleChange[] = [
  { date: day('2026-10-01'), kind: 'medical', summary: 'New trial added.' },
  { date: day('2026-11-20'), kind: 'correction', summary: 'The dose range was corrected.' },
  { date: day('2026-11-25'), kind: 'editorial', summary: 'Clearer headings.' },
];

describe('what changed in an article', () => {
  it('lists changes newest first', () => {
    expect(newestFirst(changes).map((change) => change.kind)).toEqual(['editorial', 'correction', 'medical']);
  });

  it.each([
    ['2026-11-20T12:00:00Z', 'The dose range was corrected.'],
    ['2026-12-19T23:00:00Z', 'The dose range was corrected.'],
    ['2026-12-21T00:00:00Z', undefined],
    ['2026-11-19T00:00:00Z', undefined],
  ])('on %s the correction noted at the top is %s (30 days, the clock passed in)', (now, summary) => {
    expect(recentCorrection(changes, new Date(now))?.summary).toBe(summary);
  });

  it('keeps the Updated date in step with the newest change', () => {
    const post = (fields: string) =>
      `---\ntitle: "A title"\ndescription: "A description that is long enough to pass the fifty character minimum."\nauthor: writer\ntopics: [depression]\npubDate: 2026-01-01\n${fields}---\nText.\n`;
    const encode = (text: string) => new TextEncoder().encode(text);
    const check = (fields: string) => {
      const { entries, problems } = readContent([
        { entry: 'authors/writer.yaml', bytes: encode('name: Writer\nrole: Writer\nbio: Writes.\n') },
        { entry: 'topics/depression.yaml', bytes: encode('name: Depression\ndescription: About depression.\n') },
        { entry: 'posts/changed.md', bytes: encode(post(fields)) },
      ]);
      return checkContent({ entries, readProblems: problems, fileExists: () => true, now: day('2026-12-01') }).problems.map(formatProblem);
    };
    const list = 'changes:\n  - date: 2026-03-01\n    kind: correction\n    summary: "A figure was corrected."\n';
    expect(check(`updatedDate: 2026-02-01\n${list}`)).toEqual([
      'content/posts/changed.md:7  updatedDate  updatedDate must be the day of the newest entry under changes - set updatedDate: 2026-03-01',
    ]);
    expect(check(`updatedDate: 2026-03-01\n${list}`)).toEqual([]);
    expect(check(`updatedDate: 2026-03-01\nchanges:\n  - date: 2026-03-01\n    kind: rewrite\n    summary: "x"\n`)[0]).toMatch(
      /kind must be one of: medical, correction, editorial/,
    );
  });
});
