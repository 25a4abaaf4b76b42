/**
 * The route table: every address the site emits and every content file it reads.
 * Pages, the content check, the sitemap, redirects, feeds and `new-post` all call these
 * functions, so an address is never assembled by hand anywhere else.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/locales.ts';

/** Where each kind of content lives, relative to the content root (`content/`). */
export const CONTENT_FOLDERS = { posts: 'posts', authors: 'authors', topics: 'topics', pages: 'pages' } as const;
export type ContentKind = keyof typeof CONTENT_FOLDERS;

/** Extensions of post files, and of author and topic files (`.yaml` and `.yml` alike). */
export const POST_EXTENSIONS = ['md', 'mdx'] as const;
export const DATA_EXTENSIONS = ['yaml', 'yml'] as const;

/**
 * A post is `<slug>/index.md(x)` (a folder with its images) or `<slug>.md(x)` (one file), directly
 * in content/posts. Deeper folders are not posts: the check reports them with the fix.
 */
export const POST_FILE_PATTERNS = ['*/index.{md,mdx}', '*.{md,mdx}'] as const;
/** Author and topic files: `<id>.yaml` or `<id>.yml`, directly in their folder. */
export const DATA_FILE_PATTERNS = ['*.{yaml,yml}'] as const;

/** `Ketamine & PTSD: what's new?` -> `ketamine-and-ptsd-whats-new`: the slug rule for new addresses. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Slugs and ids: lowercase letters, digits and single hyphens, as they appear in addresses. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of a post file, relative to content/posts: the folder name of `<slug>/index.md`, the
 * file name of `<slug>.md`; undefined for anything else (the check says why).
 */
export function postIdFromPath(entry: string): string | undefined {
  const path = entry.replace(/\\/g, '/');
  const folder = /^([^/]+)\/index\.mdx?$/i.exec(path);
  if (folder) return folder[1];
  const single = /^([^/]+)\.mdx?$/i.exec(path);
  return single ? single[1] : undefined;
}

/**
 * The id of a site page file, relative to content/pages: the folders of `<path>/index.md`, which
 * are its address (`services/insurance/index.md` -> `services/insurance`, served at
 * /services/insurance/); undefined for anything else (the check says why).
 */
export function sitePageIdFromPath(entry: string): string | undefined {
  const match = /^((?:[^/]+\/)*[^/]+)\/index\.md$/i.exec(entry.replace(/\\/g, '/'));
  return match ? match[1] : undefined;
}

/** The address of a site page (content/pages): its folders, `/services/insurance/`. */
export const sitePageUrl = (id: string) => `/${id}/`;

/** Folders the site's own pages live in: a site page there would hide or shadow them. */
export function siteOwnFolders(): string[] {
  return [
    ...LANGS.flatMap((lang) => [blogPageUrl(1, lang), topicsUrl(lang), authorUrl('x', lang).replace(/x\/$/, ''), searchUrl(lang)]),
    wordpressIdPath('x').replace(/x\/$/, ''),
    `/${PREVIEW_IMAGE_FOLDER}/`,
    `/${SEARCH_INDEX_FOLDER}/`,
    '/admin/',
    '/_astro/',
  ];
}

/** The id of an author or topic file: its name without `.yaml` / `.yml`. */
export function dataIdFromPath(entry: string): string | undefined {
  const match = /^([^/]+)\.ya?ml$/i.exec(entry.replace(/\\/g, '/'));
  return match ? match[1] : undefined;
}

/** Articles per page on /blog/, /blog/2/ ... */
export const POSTS_PER_PAGE = 10;

/**
 * Address segments per language. English keeps the unprefixed addresses; every other language
 * lives under `/<code>/` with its own words (and each article with its own slug). Each entry
 * here is a page file in src/pages (a unit test proves it).
 */
export const LOCALE_PATHS: Record<Lang, { prefix: string; blog: string; topics: string; authors: string; search: string; pages: Record<PageName, string> }> = {
  en: {
    prefix: '',
    blog: 'blog',
    topics: 'topics',
    authors: 'authors',
    search: 'search',
    pages: {
      about: 'about',
      contact: 'contact',
      contactThanks: 'contact/thanks',
      editorialPolicy: 'editorial-policy',
      medicalDisclaimer: 'medical-disclaimer',
      privacy: 'privacy',
    },
  },
  es: {
    prefix: '/es',
    blog: 'blog',
    topics: 'temas',
    authors: 'autores',
    search: 'buscar',
    pages: {
      about: 'nosotros',
      contact: 'contacto',
      contactThanks: 'contacto/gracias',
      editorialPolicy: 'politica-editorial',
      medicalDisclaimer: 'aviso-medico',
      privacy: 'privacidad',
    },
  },
};
/** The fixed pages, by name. */
export const PAGE_NAMES = ['about', 'contact', 'contactThanks', 'editorialPolicy', 'medicalDisclaimer', 'privacy'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

const at = (lang: Lang, path: string) => `${LOCALE_PATHS[lang].prefix}/${path}`;

export const homeUrl = (lang: Lang = DEFAULT_LANG) => at(lang, '');
/** An article's address. */
export const postUrl = (id: string, lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].blog}/${id}/`);
/** Built article pages of every language, as globs inside the output folder (the search index reads these). */
export const POST_PAGES_GLOBS = LANGS.map((lang) => `${at(lang, LOCALE_PATHS[lang].blog).slice(1)}/*/index.html`);
/** The article list: page 1 is /blog/, later pages /blog/2/ ... */
export const blogPageUrl = (page = 1, lang: Lang = DEFAULT_LANG) => at(lang, page <= 1 ? `${LOCALE_PATHS[lang].blog}/` : `${LOCALE_PATHS[lang].blog}/${page}/`);
export const topicsUrl = (lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].topics}/`);
export const topicUrl = (id: string, lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].topics}/${id}/`);
export const authorUrl = (id: string, lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].authors}/${id}/`);
export const searchUrl = (lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].search}/`);
export const feedUrl = (lang: Lang = DEFAULT_LANG) => at(lang, 'rss.xml');
export const sitemapUrl = () => '/sitemap-index.xml';
/** The preview image of an article, or the site's default card in a language. */
export const previewImageUrl = (id?: string, lang: Lang = DEFAULT_LANG) => `/og/${id ?? (lang === DEFAULT_LANG ? 'default' : `default-${lang}`)}.png`;
/** Folder of the preview images inside the built site. */
export const PREVIEW_IMAGE_FOLDER = 'og';

export const pageUrl = (name: PageName, lang: Lang = DEFAULT_LANG) => at(lang, `${LOCALE_PATHS[lang].pages[name]}/`);

/** A fixed page in every language (each language has every fixed page). */
export const pageAlternates = (name: PageName) => LANGS.map((lang) => ({ lang, path: pageUrl(name, lang) }));

/**
 * The language versions of a fixed page from its path: home, the first page of the article list,
 * the topic index and the named pages. Articles, topics and authors depend on content (see translations.ts).
 */
export function pageAlternatesByPath(path: string): { lang: Lang; path: string }[] {
  const lang = langOfPath(path);
  const pages: Array<(l: Lang) => string> = [homeUrl, (l) => blogPageUrl(1, l), topicsUrl, ...PAGE_NAMES.map((name) => (l: Lang) => pageUrl(name, l))];
  const page = pages.find((urlIn) => urlIn(lang) === path);
  return page ? LANGS.map((other) => ({ lang: other, path: page(other) })) : [];
}

/** The language a path of the site belongs to (`/es/blog/x/` -> es). */
export function langOfPath(path: string): Lang {
  return (
    LANGS.find((lang) => LOCALE_PATHS[lang].prefix && (path === LOCALE_PATHS[lang].prefix || path.startsWith(`${LOCALE_PATHS[lang].prefix}/`))) ?? DEFAULT_LANG
  );
}

/** The search index folder inside the built site, and its browser files. */
export const SEARCH_INDEX_FOLDER = 'pagefind';
export const searchAssetUrl = (file: 'pagefind-ui.css' | 'pagefind-ui.js') => `/${SEARCH_INDEX_FOLDER}/${file}`;

/**
 * The address of a fixed page from its file in src/pages (`about.astro` -> `/about/`,
 * `contact/index.astro` -> `/contact/`, an endpoint `rss.xml.ts` -> `/rss.xml`).
 */
export function pageUrlFromFile(file: string): string {
  const route = file.replace(/\\/g, '/').replace(/\.(astro|mdx?|ts)$/, '');
  if (/\.[a-z0-9]+$/i.test(route)) return `/${route}`;
  return route === 'index' ? '/' : `/${route.replace(/\/index$/, '')}/`;
}

/** Pages that are not content to be found: kept out of the sitemap and search engines. */
export function isUtilityPage(path: string): boolean {
  return /^\/404\/?$/.test(path) || LANGS.some((lang) => path.startsWith(searchUrl(lang)) || path.startsWith(pageUrl('contactThanks', lang)));
}

/** Page numbers of the article list that hold `count` articles: [1] for up to one page. */
export function blogPageNumbers(count: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / POSTS_PER_PAGE)) }, (_, index) => index + 1);
}

/**
 * Where WordPress's numeric links (`/?p=123`) land: an alias page `/wp/123/` that the WordPress
 * import adds to each post. A path cannot carry a query, so `_redirects` sends `/?p=` there on hosts
 * that match queries (Netlify) and a line of script on the home page does it everywhere else.
 */
export const wordpressIdPath = (id: string) => `/wp/${id}/`;
export const isWordpressIdPath = (path: string) => /^\/wp\/\d+\/$/.test(path);
export const WORDPRESS_QUERY_REDIRECT = '/ p=:id /wp/:id/ 301';
export const WORDPRESS_ID_SCRIPT = "(function(){var m=/[?&]p=(\\d+)(&|$)/.exec(location.search);if(m)location.replace('/wp/'+m[1]+'/')})()";

/** An alias as the site serves it: a path with a trailing slash, `/old-name` -> `/old-name/`. */
export function normaliseAlias(alias: string): string {
  return alias.endsWith('/') ? alias : `${alias}/`;
}

/** The route parameter of an alias page (`/blog/old/` -> `blog/old`). */
export const aliasParam = (alias: string) => normaliseAlias(alias).replace(/^\/|\/$/g, '');

/** One `_redirects` line: the old address answers with a permanent redirect to the article. */
export const redirectLine = (alias: string, id: string, lang: Lang = DEFAULT_LANG) => `${alias} ${postUrl(id, lang)} 301`;
