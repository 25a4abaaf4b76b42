/**
 * The browser editor's configuration (Decap CMS, served at /admin/): which files it edits and the
 * fields of each. The fields mirror the Zod schemas in src/lib/schemas.ts field by field, and
 * tests/unit/editor-config.test.ts fails when the two disagree (a field missing on either side,
 * or a field the schema requires that the editor lets staff leave empty). Messages reuse the
 * checker's wording, so staff read the same sentence in the editor and in the build.
 */
import type { z } from 'astro/zod';
import {
  CHANGE_KINDS,
  EVIDENCE_CONTEXTS,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  MAX_TOPICS,
  SHORT_TITLE_MAX,
  READING_LEVEL_NOTE_MAX,
  TITLE_MAX,
} from '../schemas.ts';
import { LANGS, LOCALES, TRANSLATED_LANGS } from '../../i18n/locales.ts';
import type { SiteConfig } from '../site-config.ts';
import { fieldWords, type EditorLang } from './words.ts';

export type EditorSettings = NonNullable<SiteConfig['editor']>;

/** Where the editor reaches decap-server under `npm start`: forwarded by the dev server (a slash at the end, as every address of the site has). */
export const LOCAL_BACKEND_PATH = '/admin/api/v1/';

/** One field as Decap CMS reads it (the subset this site uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  /** Decap treats a field as required unless this is false. */
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  fields?: EditorField[];
  field?: EditorField;
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  min?: number;
  max?: number;
  collapsed?: boolean;
  summary?: string;
  /** Required by the schema once its optional group is filled in (see whenGroupUsed). */
  requiredWithGroup?: boolean;
  [setting: string]: unknown;
}

/** The folder where a post's images live: the post's own folder, next to index.md. */
const BESIDE_THE_POST = { media_folder: '', public_folder: '' };

const optional = (field: EditorField): EditorField => ({ ...field, required: false });

/**
 * A field the schema requires inside an optional group (the lead image's alt text). Decap would
 * demand it even when the whole group is left empty, so the editor leaves it open and the check
 * before saving (the schema itself, src/lib/editor/checks.ts) requires it once the group is used.
 */
const whenGroupUsed = (field: EditorField): EditorField => ({ ...optional(field), requiredWithGroup: true });

/**
 * A calendar day, stored like 2026-09-14 as the schema's date fields read it. Our own `day` field
 * (src/admin/editor.ts): Decap's date field stores a date typed key by key as another day.
 */
const dateField = (name: string, label: string, hint: string): EditorField => ({ name, label, widget: 'day', hint });

/** An optional https:// address, refused in the checker's words. */
const webAddress = (name: string, label: string): EditorField =>
  optional({ name, label, widget: 'string', pattern: ['^(https?://\\S+)?$', `${name} must be a full web address starting with https://`] });

/** Up to `max` characters, in the checker's words. */
const atMost = (max: number, message: string): [string, string] => [`^[\\s\\S]{0,${max}}$`, message];

const personPicker = (name: string, label: string, hint: string): EditorField => ({
  name,
  label,
  widget: 'relation',
  collection: 'authors',
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
  hint,
});

export const REFERENCE_FIELDS: EditorField[] = [
  {
    name: 'id',
    label: 'Citation key',
    widget: 'string',
    hint: 'Short name used in the text, like wilkowska2020: write [@wilkowska2020] where the sentence needs its source.',
    pattern: ['^[A-Za-z0-9][A-Za-z0-9_-]*$', 'use letters, digits, "-" or "_" only, like wilkowska2020'],
  },
  optional({
    name: 'authors',
    label: 'Authors',
    widget: 'list',
    hint: 'One per line as "Surname Initials"; "et al." may end the list. Leave empty for an organisation.',
    field: { name: 'author', label: 'Author', widget: 'string' },
  }),
  { name: 'title', label: 'Title of the source', widget: 'string' },
  optional({ name: 'journal', label: 'Journal', widget: 'string', hint: 'As PubMed abbreviates it, like J Affect Disord. Journal or publisher is needed.' }),
  optional({ name: 'publisher', label: 'Publisher', widget: 'string', hint: 'For web pages and reports, like U.S. Food and Drug Administration.' }),
  { name: 'year', label: 'Year', widget: 'number', value_type: 'int', min: 1800, max: 2100 },
  optional({ name: 'volume', label: 'Volume', widget: 'string' }),
  optional({ name: 'issue', label: 'Issue', widget: 'string' }),
  optional({ name: 'pages', label: 'Pages', widget: 'string' }),
  optional({
    name: 'doi',
    label: 'DOI',
    widget: 'string',
    pattern: ['^(10\\.\\d{4,9}/\\S+)?$', 'doi must look like 10.2147/NDT.S282208 (no https://doi.org/ prefix)'],
  }),
  optional({ name: 'pmid', label: 'PubMed ID', widget: 'string', pattern: ['^(\\d{1,9})?$', 'pmid must be the PubMed number, digits only'] }),
  webAddress('url', 'Web address'),
];

/** The headline: the same field for articles and site pages. */
const TITLE_FIELD: EditorField = {
  name: 'title',
  label: 'Title',
  widget: 'string',
  hint: `The headline, at most ${TITLE_MAX} characters.`,
  pattern: atMost(TITLE_MAX, `title is longer than ${TITLE_MAX} characters - shorten it`),
};

/** The one-sentence description: the same field for articles and site pages. */
const DESCRIPTION_FIELD: EditorField = {
  name: 'description',
  label: 'Description',
  widget: 'text',
  hint: `One sentence (${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters) that says what the reader will learn; search engines and link previews show it.`,
  pattern: [
    `^[\\s\\S]{${DESCRIPTION_MIN},${DESCRIPTION_MAX}}$`,
    `description must be ${DESCRIPTION_MIN}-${DESCRIPTION_MAX} characters - write one full sentence that search engines will not cut off`,
  ],
};

export const POST_FIELDS: EditorField[] = [
  TITLE_FIELD,
  optional({
    name: 'shortTitle',
    label: 'Short title for search results',
    widget: 'string',
    hint: `When the title is long: at most ${SHORT_TITLE_MAX} characters, shown in search results, browser tabs and shared links.`,
    pattern: atMost(SHORT_TITLE_MAX, `shortTitle is longer than ${SHORT_TITLE_MAX} characters - search engines cut it off; shorten it`),
  }),
  DESCRIPTION_FIELD,
  optional({
    name: 'lang',
    label: 'Language',
    widget: 'select',
    default: LANGS[0],
    options: LANGS.map((lang) => ({ label: LOCALES[lang].englishName, value: lang })),
  }),
  // A picker of the articles by title, so an original that does not exist cannot be named. Decap
  // gives an article's address as "<folder>/index"; src/admin/editor.ts stores the folder name.
  optional({
    name: 'translationOf',
    label: 'Translation of',
    widget: 'relation',
    collection: 'posts',
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    hint: 'For a translation only: pick the original article by its title.',
  }),
  dateField('pubDate', 'Publication date', 'A date in the future schedules the post: it goes live with the first build on or after that day.'),
  optional(dateField('updatedDate', 'Updated on', 'The day of the last meaningful change. Not before the publication date.')),
  optional(dateField('reviewedDate', 'Medically reviewed on', 'The reviewer sets this on the day they approve the article.')),
  personPicker('author', 'Author', 'Who wrote the article.'),
  optional(personPicker('reviewer', 'Medical reviewer', 'The licensed clinician who checked the article. Set by the reviewer when approving it.')),
  // A button, not a field of the file: see ACTION_FIELDS.
  optional({
    name: 'signReview',
    label: 'Sign the medical review',
    widget: 'review-signature',
    hint: 'For the clinician who checked the article, signed in with GitHub: fills in your name and today, and records your approval on the article when you save.',
  }),
  {
    name: 'topics',
    label: 'Topics',
    widget: 'relation',
    collection: 'topics',
    value_field: '{{slug}}',
    search_fields: ['name'],
    display_fields: ['name'],
    multiple: true,
    min: 1,
    max: MAX_TOPICS,
    hint: `1 to ${MAX_TOPICS} topics.`,
  },
  optional({
    name: 'hero',
    label: 'Lead image',
    widget: 'object',
    collapsed: false,
    fields: [
      whenGroupUsed({
        name: 'image',
        label: 'Image',
        widget: 'image',
        choose_url: false,
        hint: 'A wide picture (at least 1200 px). It is saved in the article folder.',
      }),
      whenGroupUsed({ name: 'alt', label: 'Alt text', widget: 'string', hint: 'What the image shows, for readers who cannot see it. Required with an image.' }),
      optional({ name: 'credit', label: 'Credit', widget: 'string' }),
      webAddress('creditUrl', 'Credit link'),
    ],
  }),
  optional({
    name: 'evidence',
    label: 'Evidence notices',
    widget: 'select',
    multiple: true,
    options: [
      { label: 'Off-label: the use discussed is not FDA-approved', value: 'off-label' },
      { label: 'Limited evidence: small or early studies', value: 'limited-evidence' },
    ] satisfies Array<{ value: (typeof EVIDENCE_CONTEXTS)[number]; label: string }>,
    default: [],
  }),
  optional({
    name: 'crisisNotice',
    label: 'Crisis notice',
    widget: 'crisis-notice',
    hint: 'The notice appears by itself when the text mentions suicide or self-harm. Switching it off needs a reason the reviewer can read.',
  }),
  optional({
    name: 'readingLevelNote',
    label: 'Why it reads above the reading level (rarely needed)',
    widget: 'text',
    hint: 'Only when the article cannot be written more simply, for example a comparison of drug names: one or two sentences. The check then shows this reason instead of a warning.',
    pattern: atMost(READING_LEVEL_NOTE_MAX, `readingLevelNote is longer than ${READING_LEVEL_NOTE_MAX} characters - one or two sentences are enough`),
  }),
  optional({ name: 'draft', label: 'Draft (never published while on)', widget: 'boolean', default: false }),
  optional({
    name: 'changes',
    label: 'What changed',
    widget: 'list',
    summary: '{{fields.date}} ({{fields.kind}}): {{fields.summary}}',
    hint: 'After publication: each meaningful change, newest last. Readers see them at the end of the article; the newest one is the Updated date.',
    fields: [
      dateField('date', 'Day of the change', 'The day the change was made.'),
      {
        name: 'kind',
        label: 'Kind of change',
        widget: 'select',
        options: [
          { label: 'Medical update (new evidence or advice)', value: 'medical' },
          { label: 'Correction (something was wrong)', value: 'correction' },
          { label: 'Editorial (wording, links, layout)', value: 'editorial' },
        ] satisfies Array<{ value: (typeof CHANGE_KINDS)[number]; label: string }>,
      },
      { name: 'summary', label: 'What changed, in one line', widget: 'string', hint: "In the article's language." },
    ],
  }),
  optional({
    name: 'references',
    label: 'Sources',
    widget: 'list',
    summary: '{{fields.id}}: {{fields.title}}',
    collapsed: false,
    fields: REFERENCE_FIELDS,
    hint: 'Each source cited in the text with [@key]. Numbers follow the order of first citation.',
  }),
  optional({
    name: 'aliases',
    label: 'Old addresses',
    widget: 'list',
    hint: 'Earlier paths of this article that must keep working, like /blog/old-name/.',
    field: {
      name: 'alias',
      label: 'Path',
      widget: 'string',
      pattern: ['^/[A-Za-z0-9\\-/._~%]*$', 'must be a path on this site that starts with "/", like /blog/old-name/'],
    },
  }),
  // Written by the WordPress import; kept as it is so `--update` still recognises the post.
  optional({ name: 'imported', label: 'Imported from', widget: 'hidden' }),
];

/** `translations:` of an author or topic: one group per language other than English. */
const translationsField = (fields: EditorField[]): EditorField =>
  optional({
    name: 'translations',
    label: 'Other languages',
    widget: 'object',
    collapsed: true,
    fields: TRANSLATED_LANGS.map((lang) => optional({ name: lang, label: LOCALES[lang].englishName, widget: 'object', fields: fields.map(whenGroupUsed) })),
  });

export const AUTHOR_FIELDS: EditorField[] = [
  { name: 'name', label: 'Name', widget: 'string', hint: 'As it appears in bylines.' },
  optional({ name: 'credentials', label: 'Credentials', widget: 'string', hint: 'Degrees and licences, like "MD, board-certified psychiatrist".' }),
  { name: 'role', label: 'Role at the clinic', widget: 'string' },
  { name: 'bio', label: 'Short biography', widget: 'text' },
  optional({
    name: 'github',
    label: 'GitHub login (reviewers)',
    widget: 'string',
    hint: 'For medical reviewers: their GitHub login. Their approval on GitHub is what lets their name appear as the reviewer.',
    pattern: ['^([A-Za-z0-9][A-Za-z0-9-]{0,38})?$', 'github must be a GitHub login, like dr-ana-nunez (no @, no address)'],
  }),
  optional({ name: 'photo', label: 'Photo', widget: 'image', choose_url: false }),
  optional({
    name: 'links',
    label: 'Links',
    widget: 'list',
    fields: [
      { name: 'label', label: 'Label', widget: 'string' },
      { ...webAddress('url', 'Address'), required: true },
    ],
  }),
  translationsField([
    { name: 'role', label: 'Role', widget: 'string' },
    { name: 'bio', label: 'Short biography', widget: 'text' },
  ]),
];

export const TOPIC_FIELDS: EditorField[] = [
  { name: 'name', label: 'Name', widget: 'string' },
  { name: 'description', label: 'Description', widget: 'text', hint: 'One or two sentences shown on the topic page.' },
  translationsField([
    { name: 'name', label: 'Name', widget: 'string' },
    { name: 'description', label: 'Description', widget: 'text' },
  ]),
];

/** A site page (content/pages): services, insurance, FAQ... Its folder is its address. */
export const SITE_PAGE_FIELDS: EditorField[] = [
  TITLE_FIELD,
  DESCRIPTION_FIELD,
  optional(dateField('updatedDate', 'Updated on', 'The day of the last meaningful change.')),
  optional({ name: 'draft', label: 'Draft (never published while on)', widget: 'boolean', default: false }),
  optional({
    name: 'redirect',
    label: 'Send readers to',
    widget: 'string',
    hint: 'Only when another page of the site replaces this one, like /contact/: readers who open this page are sent there.',
    pattern: ['^/[A-Za-z0-9\\-/._~%]*$', 'must be a path on this site that starts with "/", like /blog/old-name/'],
  }),
  optional({
    name: 'translationOf',
    label: 'Translation of',
    widget: 'relation',
    collection: 'pages',
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    hint: 'For a page in another language only (its address starts with es/): pick the page it translates.',
  }),
  optional({ name: 'imported', label: 'Imported from', widget: 'hidden' }),
];

/** The whole Decap configuration, written to /admin/config.yml. */
/**
 * A field path as the editor's screen names it: `references.1.year` is "Sources › 2 › Year",
 * `hero.alt` is "Lead image › Alt text", a citation `[@key]` is "Citation [@key]".
 */
export function fieldLabel(path: string, fields: readonly EditorField[] = POST_FIELDS, lang: EditorLang = 'en'): string {
  if (path.startsWith('[@')) return `${lang === 'es' ? 'Cita' : 'Citation'} ${path}`;
  if (path === '') return fieldWords('Article', lang);
  const words: string[] = [];
  let level: readonly EditorField[] | undefined = fields;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) {
      words.push(String(Number(part) + 1));
      continue;
    }
    const field: EditorField | undefined = level?.find((candidate) => candidate.name === part);
    if (!field) {
      words.push(part);
      level = undefined;
      continue;
    }
    words.push(fieldWords(field.label, lang));
    level = field.fields ?? (field.field ? [field.field] : undefined);
  }
  return words.join(' › ');
}

/** The file in /admin/ that holds the configuration in `lang` (the build writes it, src/admin/editor.ts loads it). */
export const editorConfigFile = (lang: EditorLang) => (lang === 'en' ? 'config.yml' : `config.${lang}.yml`);

/** The editor's configuration in `lang`: every label, hint and field rule in that language. */
export function editorConfig(site: SiteConfig, editor: EditorSettings, lang: EditorLang = 'en') {
  return translateFields(englishEditorConfig(site, editor), lang);
}

const TRANSLATED_KEYS = new Set(['label', 'label_singular', 'hint', 'description']);

function translateFields<T>(value: T, lang: EditorLang): T {
  if (lang === 'en') return value;
  if (Array.isArray(value)) return value.map((item) => translateFields(item, lang)) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (TRANSLATED_KEYS.has(key) && typeof inner === 'string') return [key, fieldWords(inner, lang)];
      if (key === 'pattern' && Array.isArray(inner)) return [key, [inner[0], fieldWords(String(inner[1]), lang)]];
      // Backend settings (commit messages, the repository) stay as they are.
      if (key === 'backend') return [key, inner];
      return [key, translateFields(inner, lang)];
    }),
  ) as T;
}

function englishEditorConfig(site: SiteConfig, editor: EditorSettings) {
  return {
    backend: {
      name: 'github',
      repo: editor.repo,
      branch: editor.branch,
      ...(editor.authBaseUrl ? { base_url: editor.authBaseUrl } : {}),
      commit_messages: {
        create: 'New in {{collection}}: {{slug}} (from the editor)',
        update: 'Edit in {{collection}}: {{slug}} (from the editor)',
        delete: 'Delete from {{collection}}: {{slug}} (from the editor)',
        uploadMedia: 'Upload "{{path}}" (from the editor)',
        deleteMedia: 'Delete "{{path}}" (from the editor)',
      },
    },
    // On this computer (npm start, and the tests) the editor writes files through decap-server,
    // reached through the editor's own origin at LOCAL_BACKEND_PATH (npm start forwards it), so its
    // CSP needs no local address. Decap wants a full address: src/admin/editor.ts adds this page's
    // origin when it starts Decap. Decap only tries it when the page is on localhost.
    local_backend: true,
    // Every new or changed article waits for review as a pull request: Draft, In review, Ready.
    publish_mode: 'editorial_workflow',
    site_url: site.url,
    display_url: site.url,
    logo_url: '/favicon.svg',
    media_folder: 'content/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'posts',
        label: 'Articles',
        label_singular: 'Article',
        description: 'Articles of the blog. Each is content/posts/<address>/index.md with its images beside it.',
        folder: 'content/posts',
        path: '{{slug}}/index',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{title}}',
        identifier_field: 'title',
        summary: '{{title}} ({{lang}})',
        sortable_fields: ['pubDate', 'title'],
        ...BESIDE_THE_POST,
        preview_path: 'blog/{{dirname}}/',
        fields: [
          ...POST_FIELDS,
          { name: 'body', label: 'Article', widget: 'markdown', hint: 'Cite a source with [@key] right after the sentence it supports.' },
        ],
      },
      {
        name: 'pages',
        label: 'Pages',
        label_singular: 'Page',
        description:
          'Pages that are not articles: services, insurance and payment, questions. The address is the folder: services/insurance is /services/insurance/.',
        folder: 'content/pages',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{title}}',
        identifier_field: 'title',
        // Pages keep their place in the old site's hierarchy: the editor shows their folders as a tree.
        nested: { depth: 5, summary: '{{title}}' },
        meta: { path: { widget: 'string', label: 'Address', index_file: 'index' } },
        ...BESIDE_THE_POST,
        preview_path: '{{dirname}}/',
        fields: [...SITE_PAGE_FIELDS, { name: 'body', label: 'Text', widget: 'markdown' }],
      },
      {
        name: 'authors',
        label: 'People',
        label_singular: 'Person',
        description: 'Authors and medical reviewers. The file name is the id articles use.',
        folder: 'content/authors',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{name}}',
        identifier_field: 'name',
        media_folder: '/content/authors',
        public_folder: './',
        fields: AUTHOR_FIELDS,
      },
      {
        name: 'topics',
        label: 'Topics',
        label_singular: 'Topic',
        folder: 'content/topics',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{name}}',
        identifier_field: 'name',
        fields: TOPIC_FIELDS,
      },
    ],
  };
}

/** Zod's schema wrappers around an object (optional, default, list, pipe), peeled to the object's fields. */
function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (
    schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType> } } }
  )._zod.def;
  if (def.type === 'object') return def.shape;
  const inner = def.innerType ?? def.element ?? def.in;
  return inner ? objectShapeOf(inner) : undefined;
}

/**
 * Where the editor's fields and a schema disagree: a field on one side only, or a field the
 * schema requires that the editor lets staff leave empty (and the reverse). Empty means in sync.
 */
/** Editor controls that are actions, not fields of the file: the save removes them (src/admin/save-guards.ts). */
export const ACTION_FIELDS: ReadonlySet<string> = new Set(['signReview']);

export function editorSchemaDifferences(schema: z.ZodType, fields: readonly EditorField[], path = ''): string[] {
  const shape = objectShapeOf(schema);
  if (!shape) return [`${path || '(top)'}: the schema here is not a group of fields`];
  const differences: string[] = [];
  for (const [name, fieldSchema] of Object.entries(shape)) {
    const field = fields.find((candidate) => candidate.name === name);
    const where = `${path}${name}`;
    if (!field) {
      differences.push(`${where}: in the schema, missing from the editor`);
      continue;
    }
    const schemaRequires = !fieldSchema.safeParse(undefined).success;
    const editorRequires = field.required !== false;
    if (schemaRequires && !editorRequires && !field.requiredWithGroup) differences.push(`${where}: required by the schema, optional in the editor`);
    if (!schemaRequires && editorRequires) differences.push(`${where}: optional in the schema, required in the editor`);
    if (field.requiredWithGroup && (!schemaRequires || !path))
      differences.push(`${where}: marked required-with-its-group, but the schema does not require it inside a group`);
    const nested = field.fields ?? (field.field ? [field.field] : undefined);
    if (field.widget !== 'hidden' && field.fields && objectShapeOf(fieldSchema))
      differences.push(...editorSchemaDifferences(fieldSchema, field.fields, `${where}.`));
    else if (field.widget === 'object' && !nested) differences.push(`${where}: a group in the editor without fields`);
  }
  for (const field of fields) {
    if (!(field.name in shape) && !(path === '' && (field.name === 'body' || ACTION_FIELDS.has(field.name))))
      differences.push(`${path}${field.name}: in the editor, not in the schema`);
  }
  return differences;
}
