import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/locales.ts';
import { feedUrl, homeUrl, LOCALE_PATHS, PAGE_NAMES, pageUrl, pageUrlFromFile, redirectLine, searchUrl, topicsUrl } from '../../src/lib/routes.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { editorialRules } from '../../src/editorial.config.ts';
import { findMethodDetail, findPhrases, mentionsSuicideOrSelfHarm } from '../../src/lib/editorial-checks.ts';
import { alternatesOf } from '../../src/lib/translations.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const person = 'name: Writer\nrole: Writer\nbio: Writes.\n';
const personEs = `${person}translations:\n  es:\n    role: Redactora\n    bio: Escribe.\n`;
const topic = 'name: Depression\ndescription: About depression.\n';
const post = (fields: string, body = 'Text.') =>
  `---\ntitle: "T ${Math.random()}"\ndescription: "A description that is long enough to pass the fifty character minimum."\nauthor: writer\ntopics: [depression]\n${fields}\n---\n${body}\n`;

function check(files: Record<string, string>, { spanishWords = true } = {}) {
  const { entries, problems } = readContent([
    { entry: 'authors/writer.yaml', bytes: encode(spanishWords ? personEs : person) },
    {
      entry: 'topics/depression.yaml',
      bytes: encode(spanishWords ? `${topic}translations:\n  es:\n    name: Depresión\n    description: Sobre la depresión.\n` : topic),
    },
    ...Object.entries(files).map(([entry, text]) => ({ entry, bytes: encode(text) })),
  ]);
  return checkContent({ entries, readProblems: problems, fileExists: () => true, now: new Date('2026-12-01T00:00:00Z') }).problems.map(formatProblem);
}

describe('translations', () => {
  it('accepts an original and its translation', () => {
    expect(
      check({ 'posts/original.md': post('pubDate: 2026-01-01'), 'posts/traduccion.md': post('lang: es\ntranslationOf: original\npubDate: 2026-02-01') }),
    ).toEqual([]);
  });

  it('rejects a translation of a post that does not exist, naming the fix', () => {
    expect(check({ 'posts/huerfana.md': post('lang: es\ntranslationOf: no-such-post\npubDate: 2026-02-01') })).toEqual([
      'content/posts/huerfana.md:7  translationOf  no post "no-such-post" to translate - use the folder name of the original in content/posts, or remove translationOf',
    ]);
  });

  it('rejects a second translation into the same language, naming the first', () => {
    const problems = check({
      'posts/original.md': post('pubDate: 2026-01-01'),
      'posts/una.md': post('lang: es\ntranslationOf: original\npubDate: 2026-02-01'),
      'posts/otra.md': post('lang: es\ntranslationOf: original\npubDate: 2026-02-01'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/posts\/(una|otra)\.md:7  translationOf  content\/posts\/(una|otra)\.md already translates "original" into es/);
  });

  it('warns, naming both files, when the original changed after its translation', () => {
    expect(
      check({
        'posts/original.md': post('pubDate: 2026-01-01\nupdatedDate: 2026-03-01'),
        'posts/vieja.md': post('lang: es\ntranslationOf: original\npubDate: 2026-02-01'),
      }),
    ).toEqual([
      'warning content/posts/vieja.md:7  translationOf  content/posts/original.md was updated on 2026-03-01, after this translation (2026-02-01) - bring the translation up to date and set its updatedDate',
    ]);
  });

  it('refuses a translation whose review is dated before its own words (copied from the original)', () => {
    const reviewer = 'reviewer: writer\n';
    expect(
      check({
        'posts/original.md': post(`pubDate: 2026-01-01\n${reviewer}reviewedDate: 2025-12-20`),
        'posts/copiada.md': post(`lang: es\ntranslationOf: original\npubDate: 2026-02-01\n${reviewer}reviewedDate: 2025-12-20`),
      }),
    ).toEqual([
      "content/posts/copiada.md:10  reviewedDate  reviewed 2025-12-20, before this translation was published (2026-02-01) - a bilingual clinician reviews the translation itself and sets its own reviewedDate; until then remove reviewer and reviewedDate (the page shows the original's review as such)",
    ]);
    // Reviewed on the day of its last update, or after: its own review.
    expect(
      check({
        'posts/original.md': post(`pubDate: 2026-01-01\n${reviewer}reviewedDate: 2025-12-20`),
        'posts/revisada.md': post(`lang: es\ntranslationOf: original\npubDate: 2026-02-01\nupdatedDate: 2026-02-10\n${reviewer}reviewedDate: 2026-02-10`),
      }),
    ).toEqual([]);
  });

  it('asks for translationOf to come with a language', () => {
    expect(check({ 'posts/original.md': post('pubDate: 2026-01-01'), 'posts/sin-idioma.md': post('translationOf: original\npubDate: 2026-02-01') })).toEqual([
      'content/posts/sin-idioma.md:6  translationOf  a translation must say its language - add lang: es (or remove translationOf if this post is an original)',
    ]);
  });

  it('needs the Spanish words of the author and topics a Spanish post shows', () => {
    expect(check({ 'posts/solo.md': post('lang: es\npubDate: 2026-02-01') }, { spanishWords: false })).toEqual([
      'content/posts/solo.md:4  author  content/authors/writer.yaml has no es words for this es post - add translations: es: { role, bio } to that file',
      'content/posts/solo.md:5  topics.0  content/topics/depression.yaml has no es words for this es post - add translations: es: { name, description } to that file',
    ]);
  });

  it('links an original and its translations both ways, and leaves unrelated posts alone', () => {
    const posts = [
      { id: 'original', lang: 'en' as const },
      { id: 'traduccion', lang: 'es' as const, translationOf: 'original' },
      { id: 'other', lang: 'en' as const },
    ];
    expect(alternatesOf(posts[0]!, posts).map((version) => version.path)).toEqual(['/blog/original/', '/es/blog/traduccion/']);
    expect(alternatesOf(posts[1]!, posts).map((version) => version.path)).toEqual(['/blog/original/', '/es/blog/traduccion/']);
    expect(alternatesOf(posts[2]!, posts)).toHaveLength(1);
  });
});

describe('Spanish editorial rules', () => {
  const rules = editorialRules.es;
  const lines = (text: string) => [{ line: 1, text }];
  const phrases = (text: string) => findPhrases(lines(text), [...rules.claims, ...rules.safeMessaging]).map((hit) => hit.phrase);

  it.each([
    ['La ketamina cura la depresión.', 'cura'],
    ['Un tratamiento milagroso.', 'milagro'],
    ['Resultados garantizados.', 'garantizado'],
    ['Es 100% eficaz.', '100 % eficaz'],
    ['La ketamina fue aprobada por la FDA para la depresión.', 'aprobada por la FDA (ketamina para un uso psiquiátrico)'],
    ['Sin efectos secundarios.', 'sin efectos secundarios'],
    ['Su hermano cometió suicidio.', 'cometió suicidio'],
    ['Fue un intento fallido.', 'intento fallido'],
  ])('flags "%s"', (text, phrase) => expect(phrases(text)).toEqual([phrase]));

  it.each(['La ketamina no es una cura.', 'No está garantizado que funcione.', 'Su hermano se suicidó hace años.', 'Procure descansar.'])(
    'accepts "%s"',
    (text) => expect(phrases(text)).toEqual([]),
  );

  it.each(['Este artículo habla sobre el suicidio.', 'Tiene pensamientos suicidas.', 'La autolesión es frecuente.', 'Pensó en quitarse la vida.'])(
    'the crisis notice triggers on "%s"',
    (text) => expect(mentionsSuicideOrSelfHarm(lines(text), rules.crisisTrigger)).toBe(true),
  );

  it('does not trigger on everyday words', () =>
    expect(mentionsSuicideOrSelfHarm(lines('La vida diaria después de una infusión.'), rules.crisisTrigger)).toBe(false));

  it('finds method words next to suicide, whole words with accents included', () =>
    expect(
      findMethodDetail(
        lines('Murió por suicidio tras una sobredosis. La sobredosis de cualquier medicina es una emergencia.'),
        rules.methodWords,
        rules.crisisTrigger,
      ).map((hit) => hit.found),
    ).toEqual(['sobredosis']));
});

describe('addresses in every language', () => {
  const pagesDir = fileURLToPath(new URL('../../src/pages/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)).map((file) => `${name}/${file}`) : [name]));
  const routes = new Set(files(pagesDir).map(pageUrlFromFile));

  it.each(LANGS)('every %s address in the route table has its page file', (lang) => {
    for (const name of PAGE_NAMES) expect(routes, pageUrl(name, lang)).toContain(pageUrl(name, lang));
    for (const path of [homeUrl(lang), topicsUrl(lang), searchUrl(lang), feedUrl(lang)]) expect(routes, path).toContain(path);
    const { prefix, blog, topics, authors } = LOCALE_PATHS[lang];
    const at = (path: string) => `${prefix}/${path}`.replace(/^\//, '');
    for (const dynamic of [at(`${blog}/[slug].astro`), at(`${blog}/[...page].astro`), at(`${topics}/[topic].astro`), at(`${authors}/[author].astro`)]) {
      expect(files(pagesDir), dynamic).toContain(dynamic);
    }
  });

  it('redirects an old address of a Spanish post to its Spanish page', () => {
    expect(redirectLine('/viejo/', 'nuevo', 'es')).toBe('/viejo/ /es/blog/nuevo/ 301');
    expect(redirectLine('/old/', 'new')).toBe('/old/ /blog/new/ 301');
  });
});

describe('search-result titles', () => {
  const checkWithSiteName = (fields: string) => {
    const { entries, problems } = readContent([
      { entry: 'authors/writer.yaml', bytes: encode(person) },
      { entry: 'topics/depression.yaml', bytes: encode(topic) },
      {
        entry: 'posts/long.md',
        bytes: encode(
          `---\ntitle: "${'A long headline about ketamine and depression'}"\ndescription: "A description that is long enough to pass the fifty character minimum."\nauthor: writer\ntopics: [depression]\npubDate: 2026-01-01\n${fields}---\nText.\n`,
        ),
      },
    ]);
    return checkContent({
      entries,
      readProblems: problems,
      fileExists: () => true,
      now: new Date('2026-12-01T00:00:00Z'),
      editorial: { languages: editorialRules, reviewMaxAgeMonths: 120, siteName: 'Sunshine Infusion' },
    })
      .problems.filter((problem) => problem.field === 'title' || problem.field === 'shortTitle')
      .map(formatProblem);
  };

  it('warns when the title with the site name passes 60 characters, and says how long a short title may be', () => {
    expect(checkWithSiteName('')).toEqual([
      'warning content/posts/long.md:2  title  search results show "A long headline about ketamine and depression | Sunshine Infusion" (65 characters) and cut it after about 60 - add shortTitle: (at most 40 characters) for search results and shared links',
    ]);
  });

  it('is content with a short title that fits, and warns about one that does not', () => {
    expect(checkWithSiteName('shortTitle: "Ketamine and depression"\n')).toEqual([]);
    expect(checkWithSiteName('shortTitle: "A short title that is not short enough at all"\n')[0]).toMatch(
      /shortTitle {2}search results show .* - shorten shortTitle/,
    );
  });
});
