/**
 * What a WordPress export becomes on this site: for each post, its address, frontmatter, Markdown
 * body, images to copy and old addresses to keep, plus the authors and topics to create and a list
 * of what needs a person's attention. Pure: the command (src/cli/import-wordpress.ts) reads the
 * export, the files and the uploads, and writes what this plans.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { pageUrl, slugify, SLUG_PATTERN, normaliseAlias, postUrl, sitePageUrl, wordpressIdPath } from '../routes.ts';
import { DESCRIPTION_MAX, DESCRIPTION_MIN, MAX_TOPICS, TITLE_MAX } from '../schemas.ts';
import { convertBody, decodeEntities } from './convert.ts';
import { externalLinkProblem } from '../link-check.ts';
import type { WxrItem, WxrSite } from './wxr.ts';

/** What the first pass over the export keeps of each item: enough to resolve links and images. */
export interface WxrIndex {
  /** Imported posts by WordPress id: their new slug, old address, and whether they will be published. */
  posts: Map<string, { slug: string; link: string; title: string; published: boolean }>;
  attachments: Map<string, { url: string; alt: string; caption: string; title: string }>;
  /**
   * Imported WordPress pages by id: their id in content/pages (their old address, parents first),
   * their old address, the site page that replaces them, if any, and whether they will be published.
   */
  pages?: Map<string, IndexedPage>;
}

export interface IndexedPage {
  /** The folders under content/pages, `services/insurance`; its address is `/services/insurance/`. */
  id: string;
  link: string;
  title: string;
  published: boolean;
  /** A page of this site at another address that does its job (the site's /contact/ for "Contact us"). */
  replacedBy?: string;
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

/** A post to bring over: WordPress exports its trash too, and what staff threw away stays behind. */
export const isPostToImport = (item: Pick<WxrItem, 'type' | 'status'>) => item.type === 'post' && item.status !== 'trash';

/** A WordPress page to bring over as a site page (content/pages), unless in the trash. */
export const isPageToImport = (item: Pick<WxrItem, 'type' | 'status'>) => item.type === 'page' && item.status !== 'trash';

/**
 * WordPress pages whose job one of this site's own pages does (matched by their last folder):
 * their old address sends readers to the site's page, and their text is kept in a page file.
 */
export const REPLACED_PAGES: ReadonlyArray<{ slugs: RegExp; page: 'contact' | 'about' | 'privacy' | 'medicalDisclaimer' }> = [
  { slugs: /^(contact|contact-us|contacts|get-in-touch|book|book-now|book-an-appointment|appointments?|schedule|request-a-consultation)$/, page: 'contact' },
  { slugs: /^(about|about-us|our-story|who-we-are|our-team|meet-the-team)$/, page: 'about' },
  { slugs: /^(privacy|privacy-policy|privacy-notice)$/, page: 'privacy' },
  { slugs: /^(disclaimer|medical-disclaimer)$/, page: 'medicalDisclaimer' },
];

/** WordPress statuses on this site: publish stays live, future is scheduled, everything else waits as a draft. */
export function statusOf(item: Pick<WxrItem, 'status' | 'password'>): { status: PostStatus; note?: string } {
  if (item.password) return { status: 'draft', note: 'was password-protected on WordPress: it is a draft here, since this site has no passwords' };
  if (item.status === 'publish') return { status: 'published' };
  if (item.status === 'future') return { status: 'scheduled' };
  if (item.status === 'private') return { status: 'draft', note: 'was private on WordPress: it is a draft here' };
  return { status: 'draft' };
}

/** `2025-11-10 14:00:00` (UTC) as this site writes dates; undefined for WordPress's empty 0000-00-00. */
export function wxrDate(gmt: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(gmt) && !gmt.startsWith('0000') ? gmt.slice(0, 16) : undefined;
}

/** The slug of an item: its WordPress slug (which may be percent-encoded), else its title. */
export function slugOf(item: Pick<WxrItem, 'slug' | 'title' | 'id'>): string {
  let decoded = item.slug;
  try {
    decoded = decodeURIComponent(item.slug);
  } catch {
    // A malformed escape: keep the text as it is.
  }
  return slugify(decoded) || slugify(decodeEntities(item.title)) || `post-${item.id}`;
}

/** Text without tags, entities decoded, spaces collapsed. */
const plainText = (html: string) =>
  decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\[[^\]]*\]/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );

/** Fits text to `max` characters at a word boundary, with an ellipsis when cut. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Where SEO plugins keep the description a post showed in search results (Yoast, Rank Math, All in One SEO). */
const SEO_DESCRIPTION_KEYS = ['_yoast_wpseo_metadesc', 'rank_math_description', '_aioseo_description'];

/**
 * The description: the one written for search results with an SEO plugin, else the excerpt, else the
 * first sentence(s) of the body, fitted to 160 characters. Plugin text with template variables
 * (`%%title%%`, `#post_title`) was never read as written, so it is passed over.
 */
export function describe(item: Pick<WxrItem, 'excerpt' | 'content'> & { meta?: Record<string, string> }): string | undefined {
  for (const key of SEO_DESCRIPTION_KEYS) {
    const written = plainText(item.meta?.[key] ?? '');
    if (written.length >= DESCRIPTION_MIN && !/%%\w+%%|#\w+_\w+/.test(written)) return fitText(written, DESCRIPTION_MAX);
  }
  const excerpt = plainText(item.excerpt);
  if (excerpt.length >= DESCRIPTION_MIN) return fitText(excerpt, DESCRIPTION_MAX);
  // Headings are not sentences: "What we offer" would run into the paragraph under it.
  const sentences = plainText(item.content.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/gi, ' ')).match(/[^.!?]+[.!?]+["”’)]*|[^.!?]+$/g) ?? [];
  let text = '';
  for (const sentence of sentences) {
    text = `${text} ${sentence.trim()}`.trim();
    if (text.length >= DESCRIPTION_MIN) break;
  }
  return text.length >= DESCRIPTION_MIN ? fitText(text, DESCRIPTION_MAX) : undefined;
}

/** A path on the old site (`https://old.example.com/2025/11/x/` -> `/2025/11/x/`), or undefined for another site. */
export function oldPath(url: string, baseUrl: string): string | undefined {
  try {
    const parsed = new URL(url, `${baseUrl}/`);
    if (baseUrl && parsed.host !== new URL(baseUrl).host) return undefined;
    return parsed.pathname + parsed.search;
  } catch {
    return undefined;
  }
}

/**
 * Where an upload sits in the old site's uploads (`2025/03/chair.jpg`), or undefined for other
 * addresses: below wp-content/uploads on any WordPress (also through the wp.com image CDN), and on
 * the media host of a WordPress.com site (`<blog>.files.wordpress.com/2025/03/chair.jpg`).
 */
export function uploadsRelative(url: string, baseUrl: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, `${baseUrl}/`);
  } catch {
    return undefined;
  }
  const below =
    /\/wp-content\/uploads\/(.+)$/.exec(parsed.pathname)?.[1] ?? (/\.files\.wordpress\.com$/i.test(parsed.hostname) ? parsed.pathname.slice(1) : undefined);
  if (!below) return undefined;
  try {
    return decodeURIComponent(below);
  } catch {
    return below;
  }
}

export interface PlannedImage {
  /** Where it was on the old site. */
  url: string;
  /** File name beside the post. */
  file: string;
}

export interface PlannedPost {
  wordpressId: string;
  slug: string;
  title: string;
  status: PostStatus;
  /** Frontmatter and body, as the file will read. */
  text: string;
  images: PlannedImage[];
  /** Old addresses that will redirect here (paths), and `?p=` addresses the report lists. */
  aliases: string[];
  queryAddresses: string[];
  /** Image addresses that could not be found (the post is then a draft). */
  missingImages: string[];
  notes: string[];
}

export interface PlanContext {
  site: WxrSite;
  index: WxrIndex;
  /** Author ids by WordPress login (existing or to be created). */
  authorId: (login: string) => string;
  /** Topic ids for a post's categories and tags (existing by name, or to be created). */
  topicIds: (item: WxrItem) => string[];
  /** Paths the site itself uses (fixed pages): an old address equal to one cannot become an alias. */
  reservedPaths: ReadonlySet<string>;
  /** The file name an image is saved under beside the post (`hero.jpg`, `chair.jpg`...), or undefined when it cannot be found. */
  imageFile: (url: string, hero: boolean) => string | undefined;
  /** The day the import runs, for posts WordPress never dated. */
  today: string;
}

type IndexedPost = WxrIndex['posts'] extends Map<string, infer Post> ? Post : never;
const addressBooks = new WeakMap<WxrIndex, Map<string, IndexedPost>>();

/**
 * Every imported post by its old addresses (permalink path and `/?p=ID`), built once per index
 * rather than once per post. The entries are the index's own, so a later `published` flag shows.
 */
function addressesOf(index: WxrIndex, baseUrl: string): Map<string, IndexedPost> {
  let book = addressBooks.get(index);
  if (!book) {
    book = new Map();
    for (const [id, post] of index.posts) {
      const path = oldPath(post.link, baseUrl);
      // Two posts with one address (a slug WordPress let two posts share): the first keeps it.
      if (path && !book.has(path)) book.set(path, post);
      book.set(`/?p=${id}`, post);
    }
    addressBooks.set(index, book);
  }
  return book;
}

const pageBooks = new WeakMap<WxrIndex, Map<string, IndexedPage>>();

/** Every imported page by its old address (and `/?page_id=ID`), built once per index. */
function pageAddressesOf(index: WxrIndex, baseUrl: string): Map<string, IndexedPage> {
  let book = pageBooks.get(index);
  if (!book) {
    book = new Map();
    for (const [id, page] of index.pages ?? []) {
      const path = oldPath(page.link, baseUrl);
      if (path && !book.has(path)) book.set(path, page);
      book.set(`/?page_id=${id}`, page);
    }
    pageBooks.set(index, book);
  }
  return book;
}

/**
 * One WordPress post as this site's post file. `statusOnly` skips writing the body (the slow part)
 * for passes that only need the status and the missing images; `text` is then incomplete.
 */
export function planPost(item: WxrItem, context: PlanContext, { statusOnly = false } = {}): PlannedPost {
  const { index, site } = context;
  const slug = index.posts.get(item.id)?.slug ?? slugOf(item);
  const notes: string[] = [];
  const { status, note } = statusOf(item);
  if (note) notes.push(note);
  let draft = status === 'draft';

  // Titles may carry inline markup (<em>, <br>): the heading, the tab and the card show words only.
  let title = decodeEntities(item.title.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, '')) || `Untitled (WordPress post ${item.id})`;
  if (title.length > TITLE_MAX) {
    notes.push(`title shortened to ${TITLE_MAX} characters`);
    title = fitText(title, TITLE_MAX);
  }

  const images: PlannedImage[] = [];
  const missing: string[] = [];
  const fileFor = (url: string, hero: boolean) => {
    const known = images.find((image) => image.url === url);
    if (known) return known.file;
    const file = context.imageFile(url, hero);
    if (file) images.push({ url, file });
    else if (!missing.includes(url)) missing.push(url);
    return file;
  };
  const willPublish = (id: string) => (index.posts.get(id) ?? index.pages?.get(id))?.published ?? false;
  const postsByAddress = addressesOf(index, site.baseUrl);
  const pagesByAddress = pageAddressesOf(index, site.baseUrl);
  const rewriteLink = (written: string) => {
    // Fixed where the fix is certain and loses nothing: an address without its scheme (//host/x).
    const href = written.startsWith('//') ? `https:${written}` : written;
    if (href !== written) notes.push(`the link ${written} had no https: in front - it was added`);
    // Any other address readers could not follow (a scheme with a letter missing...) becomes its words.
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(mailto|tel):/i.test(href)) {
      const problem = externalLinkProblem(href);
      if (problem) {
        notes.push(`the link to ${written} was not a usable address (${problem}): its words stay, without the link`);
        return null;
      }
    }
    if (href !== written && !oldPath(href, site.baseUrl)) return href;
    const path = oldPath(href, site.baseUrl);
    if (!path) return undefined;
    const [pathOnly, hash = ''] = path.split('#');
    const target = postsByAddress.get(pathOnly!) ?? postsByAddress.get(pathOnly!.replace(/\/?$/, '/'));
    const page = target ? undefined : (pagesByAddress.get(pathOnly!) ?? pagesByAddress.get(pathOnly!.replace(/\/?$/, '/')));
    if (page) {
      if (!page.published && willPublish(item.id)) {
        notes.push(`the link to "${page.title}" was removed: that page is not published here yet`);
        return null;
      }
      return `${page.replacedBy ?? sitePageUrl(page.id)}${hash ? `#${hash}` : ''}`;
    }
    if (!target && /\/wp-content\/uploads\//.test(pathOnly!)) {
      // A document or recording (images are copied): it goes when the old site does.
      const note = `links to ${href}, a file on the old site - copy it into public/ and link to it there before the old site goes offline`;
      if (!notes.includes(note)) notes.push(note);
      return undefined;
    }
    // The old site's contact or about page: this site has its own at the same address.
    if (!target) return context.reservedPaths.has(pathOnly!) ? path : undefined;
    // A published page must not link to one readers cannot open: keep the words, drop the link.
    if (!target.published && willPublish(item.id)) {
      notes.push(`the link to "${target.title}" was removed: that post is not published here yet`);
      return null;
    }
    return `${postUrl(target.slug)}${hash ? `#${hash}` : ''}`;
  };
  const isUpload = (src: string) => Boolean(uploadsRelative(src, site.baseUrl) ?? oldPath(src, site.baseUrl));
  const attachmentsById = (ids: string[]) =>
    ids.flatMap((id) => {
      const attachment = index.attachments.get(id);
      return attachment ? [{ src: attachment.url, alt: attachment.alt }] : [];
    });
  const body = convertBody(
    item.content,
    {
      rewriteLink,
      localImage: (src) => {
        const file = isUpload(src) ? fileFor(src, false) : undefined;
        return file && `./${file}`;
      },
      writeMarkdown: !statusOnly,
    },
    attachmentsById,
  );
  for (const shortcode of body.unknownShortcodes) notes.push(`shortcode ${shortcode} has no equivalent here and was removed - check what it showed`);

  const asPage = item.type === 'page' ? index.pages?.get(item.id) : undefined;
  // Site pages have no lead image: a page's featured image is left out, and said so.
  const thumbnailId = asPage ? '' : (item.meta._thumbnail_id ?? '');
  if (asPage && item.meta._thumbnail_id) notes.push('its featured image is not shown: site pages have no lead image');
  const featured = index.attachments.get(thumbnailId);
  // An export of "Posts" only leaves the media library out, featured images included.
  if (thumbnailId && !featured) {
    notes.push(`its featured image (WordPress attachment ${thumbnailId}) is not in this export - export "All content" to bring it, or add a hero by hand`);
  }
  let hero: Record<string, string> | undefined;
  const heroFile = featured && fileFor(featured.url, true);
  if (featured && heroFile) {
    hero = { image: `./${heroFile}`, alt: decodeEntities(featured.alt) };
    if (!hero.alt) {
      hero.alt = 'TODO: describe the picture for readers who cannot see it';
      notes.push('the featured image has no alt text in WordPress - write it (hero.alt)');
      draft = true;
    }
    const credit = plainText(featured.caption);
    if (credit) hero.credit = credit;
  }

  let description = describe(item);
  if (!description) {
    description = 'TODO: write one sentence (50-160 characters) that says what the reader will learn.';
    notes.push('too little text for a description - write one');
    draft = true;
  }
  const todoImages = missing.length
    ? `TODO: add the missing image(s) beside this file, point the text at them (./name.jpg) and delete this line: ${missing.join(', ')}\n\n`
    : '';
  if (missing.length) {
    notes.push(`${missing.length} image(s) not found: the ${asPage ? 'page' : 'post'} is a draft until they are added`);
    draft = true;
  }
  if (asPage) {
    // A site page has no publication date to wait for: anything not published is a draft.
    if (status !== 'published') draft = true;
    if (asPage.replacedBy)
      notes.push(`this site's ${asPage.replacedBy} does its job: its old address sends readers there, and its text is kept in the page file`);
    const modifiedPage = wxrDate(item.modifiedGmt);
    const frontmatter: Record<string, unknown> = {
      title,
      description,
      ...(modifiedPage ? { updatedDate: modifiedPage } : {}),
      draft,
      ...(asPage.replacedBy ? { redirect: asPage.replacedBy } : {}),
      imported: { from: 'wordpress', id: item.id },
    };
    return {
      wordpressId: item.id,
      slug: asPage.id,
      title,
      status: draft ? 'draft' : 'published',
      text: `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${todoImages}${body.markdown}`,
      images,
      aliases: [],
      queryAddresses: [`/?page_id=${item.id}`],
      missingImages: missing,
      notes,
    };
  }
  const pubDate = wxrDate(item.dateGmt) ?? wxrDate(item.modifiedGmt) ?? context.today;
  const modified = wxrDate(item.modifiedGmt);
  const updatedDate = modified && modified.slice(0, 10) > pubDate.slice(0, 10) ? modified : undefined;

  const aliases: string[] = [];
  const queryAddresses = [`/?p=${item.id}`];
  const newPath = postUrl(slug);
  // When posts share a slug in WordPress, the first keeps the slug and the shared old addresses;
  // the others get their own folder (<slug>-2) and only the addresses nobody else claims.
  const linkPath = item.link ? oldPath(item.link, site.baseUrl) : undefined;
  const linkOwner = linkPath ? postsByAddress.get(linkPath) : undefined;
  const sharedWith = (owner: IndexedPost | undefined) => (owner && owner !== index.posts.get(item.id) ? owner : undefined);
  const keptSlug = slug === slugOf(item);
  const candidates = [sharedWith(linkOwner) ? undefined : linkPath, item.slug && keptSlug ? `/${item.slug}/` : undefined];
  if (sharedWith(linkOwner))
    notes.push(`shares its old address ${linkPath} with "${sharedWith(linkOwner)!.title}", which keeps it - this post keeps /wp/${item.id}/`);
  if (item.slug && !keptSlug)
    notes.push(`shares its WordPress slug "${item.slug}" with another post, which keeps /${item.slug}/ - this post is at ${postUrl(slug)}`);
  for (const candidate of candidates) {
    if (!candidate || candidate.includes('?')) continue;
    let path: string;
    try {
      path = normaliseAlias(decodeURI(candidate));
    } catch {
      continue;
    }
    // Addresses with characters a site path cannot have are left to the report.
    if (path === newPath || aliases.includes(path) || !/^\/[a-z0-9\-/._~%]*$/i.test(path)) continue;
    if (context.reservedPaths.has(path)) {
      notes.push(`old address ${path} is now a page of this site, so it cannot redirect here`);
      continue;
    }
    aliases.push(path);
  }
  // Old `/?p=123` links land here (see wordpressIdPath).
  aliases.push(wordpressIdPath(item.id));

  const topics = context.topicIds(item);
  const frontmatter: Record<string, unknown> = {
    title,
    description,
    pubDate,
    ...(updatedDate ? { updatedDate } : {}),
    author: context.authorId(item.creator),
    topics: topics.slice(0, MAX_TOPICS),
    ...(hero ? { hero } : {}),
    draft,
    ...(aliases.length ? { aliases } : {}),
    imported: { from: 'wordpress', id: item.id },
  };
  if (topics.length > MAX_TOPICS) notes.push(`kept the first ${MAX_TOPICS} of ${topics.length} categories and tags as topics`);
  const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${todoImages}${body.markdown}`;
  return {
    wordpressId: item.id,
    slug,
    title,
    status: draft && status === 'published' ? 'draft' : status,
    text,
    images,
    aliases,
    queryAddresses,
    missingImages: missing,
    notes,
  };
}

/** The checksum an imported file carries (`imported.checksum`), over the file without that line. */
export const importChecksum = (text: string) =>
  createHash('sha256')
    .update(text.replace(/^ {2}checksum: .*\n/m, ''))
    .digest('hex')
    .slice(0, 16);

/** The file as written: the plan's text with its checksum under `imported:`. */
// Quoted: a checksum of digits only would otherwise read as a number.
export const withChecksum = (text: string) => text.replace(/^( {2}id: .*)$/m, `$1\n  checksum: "${importChecksum(text)}"`);

/** An id for an author or topic file from a name (`Dr. Ana Núñez` -> `dr-ana-nunez`). */
export const idFrom = (name: string, fallback: string) => {
  const id = slugify(name);
  return id && SLUG_PATTERN.test(id) ? id : fallback;
};

/** The first line of the note a held-back post starts with (a second run knows the post by it). */
export const HELD_BACK_NOTE = 'TODO: the content check holds this post back as a draft until each line below is fixed; then delete these lines.';

/**
 * A post the content check refuses, as a draft that keeps every word: `draft: true`, and a TODO
 * line for each problem, in the check's words, at the top of the text. Lines named are the file's
 * lines once the note is in.
 */
export function holdBack(text: string, problems: ReadonlyArray<{ line?: number; field: string; message: string }>): string {
  const end = text.indexOf('\n---\n', 4) + 5;
  const frontmatterLines = text.slice(0, end).split('\n').length - 1;
  const added = problems.length + 2;
  const notes = problems.map(({ line, field, message }) => {
    const shown = line === undefined ? undefined : line > frontmatterLines ? line + added : line;
    return `TODO: ${shown === undefined ? '' : `line ${shown}, `}${field}: ${message}`;
  });
  const frontmatter = text
    .slice(0, end)
    .replace(/^draft: false$/m, 'draft: true')
    .replace(/^ {2}checksum: .*\n/m, '');
  const body = text.slice(end).replace(/^\n/, '');
  return withChecksum(`${frontmatter}\n${HELD_BACK_NOTE}\n${notes.join('\n')}\n\n${body}`);
}

/** What the first pass keeps of a WordPress page. */
export type PageItem = Pick<WxrItem, 'id' | 'slug' | 'title' | 'link' | 'parent' | 'status' | 'password'>;

export interface PagePlacement {
  pages: Map<string, IndexedPage>;
  /** Pages that get no file, with why: the site's own page is at their address. */
  notImported: Array<{ title: string; oldPath: string; reason: string }>;
}

/**
 * Where each WordPress page goes: at its old address (its permalink, so parents' folders come
 * first), folders made address-safe. The old address of a page this site has its own of (/, /about/,
 * /contact/, the blog) stays the site's; a top-level page whose name says it does the job of one
 * of the site's pages ("Contact us") keeps its address and sends readers there.
 */
export function placePages(items: readonly PageItem[], baseUrl: string, sitePaths: ReadonlySet<string>, siteFolders: readonly string[]): PagePlacement {
  const byId = new Map(items.map((item) => [item.id, item]));
  /** The folders of a page from its parents' slugs, for plain permalinks (`/?page_id=12`). */
  const chain = (item: PageItem): string[] => {
    const folders: string[] = [];
    const seen = new Set<string>();
    for (let at: PageItem | undefined = item; at && !seen.has(at.id); at = byId.get(at.parent)) {
      seen.add(at.id);
      folders.unshift(slugOf(at));
    }
    return folders;
  };
  const placement: PagePlacement = { pages: new Map(), notImported: [] };
  const taken = new Set<string>();
  for (const item of items) {
    const path = oldPath(item.link, baseUrl);
    let folders: string[];
    if (path && !path.includes('?')) {
      let decoded = path;
      try {
        decoded = decodeURI(path);
      } catch {
        // A malformed escape: the path as it is.
      }
      folders = decoded
        .split('/')
        .map((segment) => slugify(segment))
        .filter(Boolean);
    } else folders = chain(item);
    const title = decodeEntities(item.title) || `WordPress page ${item.id}`;
    const address = folders.length ? `/${folders.join('/')}/` : '/';
    const shownPath = path ?? item.link;
    if (sitePaths.has(address)) {
      placement.notImported.push({
        title,
        oldPath: shownPath,
        reason: `this site's own ${address} is at that address - compare its words with the WordPress page`,
      });
      continue;
    }
    const folder = siteFolders.find((prefix) => address.startsWith(prefix));
    if (folder) {
      placement.notImported.push({
        title,
        oldPath: shownPath,
        reason: `its address is inside ${folder}, where this site's own pages are - recreate it under content/pages/ if it is still needed`,
      });
      continue;
    }
    let id = folders.join('/');
    for (let n = 2; taken.has(id); n++) id = `${folders.join('/')}-${n}`;
    taken.add(id);
    const replaced = folders.length === 1 ? REPLACED_PAGES.find((entry) => entry.slugs.test(folders[0]!)) : undefined;
    placement.pages.set(item.id, {
      id,
      link: item.link,
      title,
      published: statusOf(item).status === 'published',
      ...(replaced ? { replacedBy: pageUrl(replaced.page) } : {}),
    });
  }
  return placement;
}
