import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import {
  AUTHOR_FIELDS,
  editorConfig,
  editorSchemaDifferences,
  fieldLabel,
  POST_FIELDS,
  REFERENCE_FIELDS,
  SITE_PAGE_FIELDS,
  TOPIC_FIELDS,
} from '../../src/lib/editor/config.ts';
import { checkEditorEntry, checkReadyToPublish, describeProblems, tidyEditorEntry, unescapeCitations } from '../../src/lib/editor/checks.ts';
import { chooseEditorLang, messageWords } from '../../src/lib/editor/words.ts';
import { createAuthorSchema, createPostSchema, SitePageSchema, TopicSchema } from '../../src/lib/schemas.ts';
import { site } from '../../src/site.config.ts';

const editor = site.editor!;

const postSchema = createPostSchema({ image: () => z.string(), authorReference: () => z.string(), topicReference: () => z.string() });
const authorSchema = createAuthorSchema({ image: () => z.string() });

describe('the editor and the schemas are one contract', () => {
  test('every post, person and topic field is in the editor, required exactly where the schema requires it', () => {
    expect(editorSchemaDifferences(postSchema, POST_FIELDS)).toEqual([]);
    expect(editorSchemaDifferences(authorSchema, AUTHOR_FIELDS)).toEqual([]);
    expect(editorSchemaDifferences(TopicSchema, TOPIC_FIELDS)).toEqual([]);
    expect(editorSchemaDifferences(SitePageSchema, SITE_PAGE_FIELDS)).toEqual([]);
  });

  test('a field added to the schema, or made optional in the editor, is reported', () => {
    const grown = postSchema.safeExtend({
      summary: z.string(),
      hero: z
        .strictObject({ image: z.string(), alt: z.string(), credit: z.string().optional(), creditUrl: z.string().optional(), caption: z.string() })
        .optional(),
    });
    const loosened = POST_FIELDS.map((field) => (field.name === 'title' ? { ...field, required: false } : field));
    expect(editorSchemaDifferences(grown, POST_FIELDS)).toEqual([
      'hero.caption: in the schema, missing from the editor',
      'summary: in the schema, missing from the editor',
    ]);
    expect(editorSchemaDifferences(postSchema, loosened)).toEqual(['title: required by the schema, optional in the editor']);
    expect(editorSchemaDifferences(postSchema, [...POST_FIELDS, { name: 'subtitle', label: 'Subtitle', widget: 'string' }])).toEqual([
      'subtitle: in the editor, not in the schema',
    ]);
  });

  test('the configuration edits the files new-post writes: one folder per article, images beside it', () => {
    const config = editorConfig(site, editor);
    const posts = config.collections.find((collection) => collection.name === 'posts')!;
    expect(posts).toMatchObject({
      folder: 'content/posts',
      path: '{{slug}}/index',
      extension: 'md',
      format: 'frontmatter',
      media_folder: '',
      public_folder: '',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: editor.repo, branch: editor.branch });
    expect(config.local_backend).toBe(true);
    expect(REFERENCE_FIELDS.map((field) => field.name)).toEqual([
      'id',
      'authors',
      'title',
      'journal',
      'publisher',
      'year',
      'volume',
      'issue',
      'pages',
      'doi',
      'pmid',
      'url',
    ]);
  });

  test('field patterns accept what the schema accepts and refuse what it refuses', () => {
    const pattern = (fields: typeof POST_FIELDS, name: string) => new RegExp(fields.find((field) => field.name === name)!.pattern![0]);
    expect(pattern(REFERENCE_FIELDS, 'doi').test('10.2147/NDT.S282208')).toBe(true);
    expect(pattern(REFERENCE_FIELDS, 'doi').test('https://doi.org/10.2147/NDT.S282208')).toBe(false);
    expect(pattern(REFERENCE_FIELDS, 'pmid').test('33442258')).toBe(true);
    expect(pattern(REFERENCE_FIELDS, 'pmid').test('PMID 33442258')).toBe(false);
    expect(pattern(POST_FIELDS, 'title').test('x'.repeat(110))).toBe(true);
    expect(pattern(POST_FIELDS, 'title').test('x'.repeat(111))).toBe(false);
    expect(pattern(POST_FIELDS, 'description').test('x'.repeat(49))).toBe(false);
  });
});

describe('what the editor checks before saving', () => {
  const article = {
    title: 'Breathing exercises before an infusion',
    description: 'Three slow-breathing exercises that may help you feel calmer in the chair, and what the research says.',
    pubDate: '2026-11-20',
    updatedDate: '',
    author: 'editorial-team',
    topics: ['anxiety'],
    hero: { image: '', alt: '', credit: '' },
    evidence: [],
    references: [{ id: 'zaccaro2018', title: 'How breath-control can change your life', journal: 'Front Hum Neurosci', year: 2018, doi: '' }],
  };

  test('fields staff cleared leave the file, as new-post would write it', () => {
    expect(tidyEditorEntry(article)).toEqual({
      title: article.title,
      description: article.description,
      pubDate: '2026-11-20',
      author: 'editorial-team',
      topics: ['anxiety'],
      references: [{ id: 'zaccaro2018', title: 'How breath-control can change your life', journal: 'Front Hum Neurosci', year: 2018 }],
    });
  });

  test('a sound article passes, citations written by the rich-text editor included', () => {
    expect(checkEditorEntry(article, 'Slow breathing may help \\[@zaccaro2018\\].')).toEqual([]);
  });

  test("problems are worded as the checker words them, all at once, a citation in the screen's words", () => {
    const problems = checkEditorEntry({ ...article, title: 'x'.repeat(111), hero: { image: 'chair.jpg' } }, 'A claim [@nobody2020].');
    expect(problems).toEqual([
      { field: 'title', message: 'title is longer than 110 characters - shorten it' },
      { field: 'hero.alt', message: 'required - describe the image for readers who cannot see it' },
      {
        field: '[@nobody2020]',
        message: 'no source has the citation key "nobody2020" - add it under Sources with that citation key, or fix the key in the text',
      },
    ]);
  });

  test('staff read each problem under the name the screen gives its field, never a field id', () => {
    const problems = [
      { field: 'title', message: 'title is longer than 110 characters - shorten it' },
      { field: 'hero.alt', message: 'required - describe the image for readers who cannot see it' },
      { field: 'references.1.year', message: 'year must be a number' },
      { field: 'reviewer', message: 'empty - the clinician who reviewed the article picks their own name' },
      { field: '[@x]', message: 'no source has the citation key "x"' },
    ];
    expect(describeProblems(problems, (field) => fieldLabel(field)).split('\n')).toEqual([
      'Title: is longer than 110 characters - shorten it',
      'Lead image › Alt text: required - describe the image for readers who cannot see it',
      'Sources › 2 › Year: must be a number',
      'Medical reviewer: empty - the clinician who reviewed the article picks their own name',
      'Citation [@x]: no source has the citation key "x"',
    ]);
  });

  test.each([
    ['A claim \\[@zaccaro2018\\].', 'A claim [@zaccaro2018].'],
    ['Two \\[@a; @b\\] and \\[@smith\\_2020\\].', 'Two [@a; @b] and [@smith_2020].'],
    ['Already plain [@a].', 'Already plain [@a].'],
    ['A real escaped bracket \\[not a citation\\] stays.', 'A real escaped bracket \\[not a citation\\] stays.'],
  ])('citations typed in rich-text mode are stored as written: %s', (typed, stored) => {
    expect(unescapeCitations(typed)).toBe(stored);
  });

  test('the rules across fields too: an update before publication', () => {
    expect(checkEditorEntry({ ...article, updatedDate: '2026-11-01' }, 'Text [@zaccaro2018].')).toEqual([
      { field: 'updatedDate', message: 'updatedDate is before pubDate - an update cannot come before publication; fix one of the dates' },
    ]);
  });

  test('publishing needs the reviewer and a review no older than the last update, and not in the future', () => {
    const today = new Date('2026-11-25T12:00:00Z');
    expect(checkReadyToPublish(article, today).map((problem) => problem.field)).toEqual(['reviewer', 'reviewedDate']);
    expect(checkReadyToPublish({ ...article, reviewer: 'clinical-review-team', reviewedDate: '2026-11-24' }, today)).toEqual([]);
    expect(checkReadyToPublish({ ...article, reviewer: 'clinical-review-team', reviewedDate: '2026-11-26' }, today)[0]!.message).toMatch(/in the future/);
    expect(
      checkReadyToPublish({ ...article, reviewer: 'clinical-review-team', reviewedDate: '2026-11-21', updatedDate: '2026-11-23' }, today)[0]!.message,
    ).toMatch(/older than the last update/);
    // An update written with a time (as imported posts have) on the day of the review is covered by it.
    expect(checkReadyToPublish({ ...article, reviewer: 'clinical-review-team', reviewedDate: '2026-11-23', updatedDate: '2026-11-23 14:30' }, today)).toEqual(
      [],
    );
    expect(
      checkReadyToPublish({ ...article, reviewer: 'clinical-review-team', reviewedDate: '2026-11-23', updatedDate: '2026-11-24T01:00:00+02:00' }, today),
    ).toEqual([]);
  });
});

describe('the editor in Spanish', () => {
  test('every label, hint and field rule has its Spanish words (a missing one stops the build)', () => {
    const es = editorConfig(site, site.editor!, 'es');
    const posts = es.collections.find((collection) => collection.name === 'posts')!;
    expect(posts.label).toBe('Artículos');
    const fields = posts.fields as Array<{ name: string; label: string; pattern?: [string, string] }>;
    expect(fields.find((field) => field.name === 'references')!.label).toBe('Fuentes');
    expect(fields.find((field) => field.name === 'title')!.pattern![1]).toBe('el título tiene más de 110 caracteres: acórtelo');
    // The repository and its commit messages are not words staff read in the editor.
    expect(es.backend).toEqual(editorConfig(site, site.editor!).backend);
  });

  test('problems name fields by their Spanish labels', () => {
    expect(fieldLabel('references.1.year', POST_FIELDS, 'es')).toBe('Fuentes › 2 › Año');
    expect(fieldLabel('hero.alt', POST_FIELDS, 'es')).toBe('Imagen principal › Texto alternativo');
    expect(fieldLabel('[@x]', POST_FIELDS, 'es')).toBe('Cita [@x]');
  });

  test.each([
    [null, ['es-US', 'en'], 'es'],
    [null, ['en-US', 'es'], 'en'],
    [null, ['fr-FR'], 'en'],
    ['en', ['es-MX'], 'en'],
    ['es', ['en-US'], 'es'],
  ] as const)('chosen %s with browser languages %j opens the editor in %s', (chosen, browser, lang) => {
    expect(chooseEditorLang(chosen, browser)).toBe(lang);
  });
});

describe('the checker in the Spanish editor', () => {
  const article = {
    title: 'x'.repeat(111),
    description: 'Corta.',
    pubDate: '2026-11-20',
    author: 'editorial-team',
    topics: ['anxiety'],
    hero: { image: 'chair.jpg' },
  };
  test('says each common mistake in Spanish, under the Spanish name of its field', () => {
    const text = describeProblems(
      checkEditorEntry(article, 'Texto [@nadie2020].'),
      (field) => fieldLabel(field, POST_FIELDS, 'es'),
      (message) => messageWords(message, 'es'),
    );
    expect(text.split('\n')).toEqual([
      'Título: el título tiene más de 110 caracteres: acórtelo',
      'Descripción: la descripción tiene menos de 50 caracteres: escriba una oración completa (de 50 a 160 caracteres)',
      'Imagen principal › Texto alternativo: obligatorio: describa la imagen para quienes no pueden verla',
      'Cita [@nadie2020]: ninguna fuente tiene la clave de cita "nadie2020": agréguela en Fuentes con esa clave, o corrija la clave en el texto',
    ]);
  });

  test.each([
    ['nothing filled in', {}],
    ['limits passed', { ...article, shortTitle: 'y'.repeat(80), readingLevelNote: 'z'.repeat(400), description: 'x'.repeat(200) }],
    ['a typed date that is no date, a misspelt original', { ...article, pubDate: 'tomorrow', translationOf: 'Bad Slug', lang: 'fr' }],
    ['dates in the wrong order', { ...article, updatedDate: '2025-01-01', reviewedDate: '2020-01-01', reviewer: 'a' }],
    ['lists left empty or wrong', { ...article, topics: [], draft: 'yes', aliases: ['no-slash'], evidence: ['magic'] }],
    ['too many topics, a half-set crisis notice', { ...article, topics: ['a', 'b', 'c', 'd', 'e', 'f'], crisisNotice: { automatic: false } }],
    [
      'sources typed wrong',
      {
        ...article,
        references: [
          { id: 'a', title: '', authors: [], year: 3000, doi: 'bad', pmid: 'x', url: 'ftp://x' },
          { id: 'a', title: 't', year: 2020 },
        ],
      },
    ],
    ['a change without its kind or summary', { ...article, changes: [{ date: '2026-02-01', kind: 'oops', summary: '' }] }],
    ['a credit address that is no address', { ...article, hero: { image: 'x.jpg', alt: '', creditUrl: 'nope' }, crisisNotice: 'maybe' }],
    ['fields a hand-edited file added', { ...article, unknownField: 1, pubdate: '2026-01-01' }],
  ])('says every message in Spanish, never half in English: %s', (_what, entry) => {
    const problems = checkEditorEntry(entry, 'Texto [@nadie2020].');
    expect(problems.length).toBeGreaterThan(0);
    const untranslated = problems.filter((problem) => messageWords(problem.message, 'es') === problem.message);
    expect(untranslated).toEqual([]);
  });

  test('names a missing person or topic as the screen offers them: picked from a list', () => {
    const messages = checkEditorEntry({ ...article, author: undefined, topics: [undefined] }, 'Texto.').map((problem) => problem.message);
    expect(messages).toContain('required - pick a person from the list');
    expect(messages.map((message) => messageWords(message, 'es'))).toContain('obligatorio: elija a una persona de la lista');
  });

  test('leaves a message it does not know in English, whole, rather than half-translated', () => {
    expect(messageWords('required - something new the schema says', 'es')).toBe('required - something new the schema says');
    expect(messageWords('required - write the headline of the post', 'es')).toBe('obligatorio: escriba el titular del artículo');
    expect(messageWords('title is longer than 110 characters - shorten it', 'en')).toBe('title is longer than 110 characters - shorten it');
  });
});
