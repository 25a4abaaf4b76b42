import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../src/lib/content-files.ts';
import { describe, expect, it } from 'vitest';
import { postTemplate, slugify } from '../../src/lib/scaffold.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { editorialRules } from '../../src/editorial.config.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('slugify', () => {
  it.each([
    ['Is ketamine a cutting-edge treatment for bipolar disorder?', 'is-ketamine-a-cutting-edge-treatment-for-bipolar-disorder'],
    ["Ketamine & PTSD: what's new?", 'ketamine-and-ptsd-whats-new'],
    ['Café, naïve résumé', 'cafe-naive-resume'],
    ['  --  ', ''],
    ['!!!', ''],
  ])('%s -> %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

/** Content files as the pipeline reads them, from paths under content/ and their text. */
function readFiles(files: Record<string, string>) {
  const { entries, problems } = readContent(Object.entries(files).map(([entry, text]) => ({ entry, bytes: new TextEncoder().encode(text) })));
  return { entries, readProblems: problems };
}

describe('postTemplate', () => {
  const text = postTemplate({
    title: 'A "quoted" title',
    today: new Date('2026-11-27'),
    author: 'editorial-team',
    reviewer: 'clinical-review-team',
    topic: 'depression',
  });
  const check = (post: string) =>
    checkContent({
      ...readFiles({
        'posts/new/index.md': post,
        'authors/editorial-team.yaml': 'name: A\nrole: B\nbio: C\n',
        'authors/clinical-review-team.yaml': 'name: A\nrole: B\nbio: C\n',
        'topics/depression.yaml': 'name: D\ndescription: E\n',
      }),
      fileExists: () => false,
      now: new Date('2026-11-27T12:00:00Z'),
      editorial: { languages: editorialRules, reviewMaxAgeMonths: 12 },
    });

  it('is a valid draft with today as its date', () => {
    const result = check(text);
    expect(result.problems).toEqual([]);
    expect(result.posts[0]).toMatchObject({ id: 'new', skipped: 'draft', data: { title: 'A "quoted" title', draft: true, author: 'editorial-team' } });
    expect(result.posts[0]!.data.pubDate.toISOString().slice(0, 10)).toBe('2026-11-27');
  });

  it('cannot be published while its TODO notes remain', () => {
    const result = check(text.replace('draft: true', 'draft: false'));
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.problems.every((p) => p.severity === 'warning' || p.message.startsWith('still has a TODO note'))).toBe(true);
  });
});

describe('npm run new-post', () => {
  function sandbox() {
    const dir = mkdtempSync(join(tmpdir(), 'new-post-'));
    cpSync(join(projectRoot, 'content/authors'), join(dir, 'content/authors'), { recursive: true });
    cpSync(join(projectRoot, 'content/topics'), join(dir, 'content/topics'), { recursive: true });
    return dir;
  }
  const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'src/cli/new-post.ts'), ...args], { cwd, encoding: 'utf8' });

  it('creates the post and says what to do next, then refuses to overwrite it', () => {
    const dir = sandbox();
    const first = run(dir, 'Ketamine for older adults');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created content/posts/ketamine-for-older-adults/index.md');
    expect(first.stdout).toContain('hero.jpg');
    expect(readFileSync(join(dir, 'content/posts/ketamine-for-older-adults/index.md'), 'utf8')).toContain('title: "Ketamine for older adults"');

    const again = run(dir, 'Ketamine for Older Adults!');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('rejects a title without words and a missing title', () => {
    const dir = sandbox();
    expect(run(dir, '???').stderr).toContain('has no letters or numbers');
    expect(run(dir).stderr).toContain('Give the title in quotes');
    expect(existsSync(join(dir, 'content/posts'))).toBe(false);
  });

  it('starts a Spanish translation of a post: sources, people and picture kept, linked to the original, a draft the check accepts', () => {
    const dir = sandbox();
    cpSync(join(projectRoot, 'content/posts/ketamine-for-ptsd'), join(dir, 'content/posts/ketamine-for-ptsd'), { recursive: true });
    const made = run(dir, '--translate', 'ketamine-for-ptsd', 'Ketamina para el TEPT: lo que muestran los ensayos');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Created content/posts/ketamina-para-el-tept-lo-que-muestran-los-ensayos/index.md');
    expect(made.stdout).toContain('/es/blog/ketamina-para-el-tept-lo-que-muestran-los-ensayos/');
    const text = readFileSync(join(dir, 'content/posts/ketamina-para-el-tept-lo-que-muestran-los-ensayos/index.md'), 'utf8');
    const original = readFileSync(join(dir, 'content/posts/ketamine-for-ptsd/index.md'), 'utf8');
    expect(text).toContain('lang: es\ntranslationOf: ketamine-for-ptsd\n');
    expect(text).toContain('image: ../ketamine-for-ptsd/hero.jpg');
    expect(text).toContain('draft: true');
    expect(text).toContain('- id: feder2014');
    // The original's review was of the English words: the translation waits for its own.
    expect(original).toMatch(/^reviewer: /m);
    expect(text).not.toMatch(/^(reviewer|reviewedDate): /m);
    expect(text).toContain(original.split('\n---\n')[1]!.trim().split('\n')[0]);
    expect(run(dir, '--translate', 'no-such-post', 'Otro título').stderr).toContain('There is no post "no-such-post" to translate');
  });

  it('refuses a title whose slug clashes with a single-file post', () => {
    const dir = sandbox();
    execFileSync('mkdir', ['-p', join(dir, 'content/posts')]);
    cpSync(join(projectRoot, 'tests/fixtures/bad-content/content/posts/good.md'), join(dir, 'content/posts/good.md'));
    expect(run(dir, 'Good').stderr).toContain('content/posts/good.md');
  });
});
