/**
 * The route table: every address the site emits and every content file it reads.
 * Pages, the content check, the sitemap, redirects, feeds and `new-post` all call these
 * functions, so an address is never assembled by hand anywhere else.
 */

/** Where each kind of content lives, relative to the content root (`content/`). */
export const CONTENT_FOLDERS = { posts: 'posts', authors: 'authors', topics: 'topics' } as const;
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

/** The id of an author or topic file: its name without `.yaml` / `.yml`. */
export function dataIdFromPath(entry: string): string | undefined {
  const match = /^([^/]+)\.ya?ml$/i.exec(entry.replace(/\\/g, '/'));
  return match ? match[1] : undefined;
}

/** Articles per page on /blog/, /blog/2/ ... */
export const POSTS_PER_PAGE = 10;

export const homeUrl = () => '/';
/** An article's address. */
export const postUrl = (id: string) => `/blog/${id}/`;
/** Built article pages, as a glob inside the output folder (the search index reads these). */
export const POST_PAGES_GLOB = 'blog/*/index.html';
/** The article list: page 1 is /blog/, later pages /blog/2/ ... */
export const blogPageUrl = (page = 1) => (page <= 1 ? '/blog/' : `/blog/${page}/`);
export const topicsUrl = () => '/topics/';
export const topicUrl = (id: string) => `/topics/${id}/`;
export const authorUrl = (id: string) => `/authors/${id}/`;
export const searchUrl = () => '/search/';
export const feedUrl = () => '/rss.xml';
export const sitemapUrl = () => '/sitemap-index.xml';
/** The preview image of an article, or the site's default card. */
export const previewImageUrl = (id?: string) => `/og/${id ?? 'default'}.png`;
/** Folder of the preview images inside the built site. */
export const PREVIEW_IMAGE_FOLDER = 'og';

/** The fixed pages, by name; each is a file in src/pages. */
export const PAGE_URLS = {
  about: '/about/',
  contact: '/contact/',
  contactThanks: '/contact/thanks/',
  editorialPolicy: '/editorial-policy/',
  medicalDisclaimer: '/medical-disclaimer/',
  privacy: '/privacy/',
} as const;
export const pageUrl = (name: keyof typeof PAGE_URLS) => PAGE_URLS[name];

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
  return /^\/404\/?$/.test(path) || path.startsWith(searchUrl()) || path.startsWith(PAGE_URLS.contactThanks);
}

/** Page numbers of the article list that hold `count` articles: [1] for up to one page. */
export function blogPageNumbers(count: number): number[] {
  return Array.from({ length: Math.max(1, Math.ceil(count / POSTS_PER_PAGE)) }, (_, index) => index + 1);
}

/** An alias as the site serves it: a path with a trailing slash, `/old-name` -> `/old-name/`. */
export function normaliseAlias(alias: string): string {
  return alias.endsWith('/') ? alias : `${alias}/`;
}

/** The route parameter of an alias page (`/blog/old/` -> `blog/old`). */
export const aliasParam = (alias: string) => normaliseAlias(alias).replace(/^\/|\/$/g, '');

/** One `_redirects` line: the old address answers with a permanent redirect to the article. */
export const redirectLine = (alias: string, id: string) => `${alias} ${postUrl(id)} 301`;
