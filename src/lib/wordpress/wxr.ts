/**
 * Reads a WordPress export (WXR, from Tools -> Export) as a stream: a real XML parser (saxes) sees
 * the file chunk by chunk and hands over one item at a time, so memory stays near the size of one
 * post however large the export is. Pure: the caller brings the chunks (a file stream, or text in tests).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * Namespaces of a WXR file; WordPress has written versions 1.0 to 1.2 of its own, and WordPress.com
 * writes them with https://. The parser resolves whatever prefix the file binds them to.
 */
const WP_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/;
const CONTENT_NAMESPACE = /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/;
const EXCERPT_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/;
const DC_NAMESPACE = /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/$/;

export interface WxrTerm {
  /** `category` or `post_tag` (other taxonomies are kept but not used as topics). */
  domain: string;
  slug: string;
  name: string;
}

/** One `<item>`: a post, page, attachment, menu entry... as WordPress wrote it. */
export interface WxrItem {
  /** The line of the file where the item starts, for messages. */
  line: number;
  id: string;
  type: string;
  status: string;
  title: string;
  /** The permalink, as the old site served it. */
  link: string;
  /** `wp:post_name`, the old slug (empty for drafts that never had one). */
  slug: string;
  /** `dc:creator`: the author's login. */
  creator: string;
  content: string;
  excerpt: string;
  /** `YYYY-MM-DD HH:MM:SS` in UTC, or empty (drafts often have 0000-00-00 00:00:00). */
  dateGmt: string;
  modifiedGmt: string;
  password: string;
  parent: string;
  /** Attachments: the file's address. */
  attachmentUrl: string;
  terms: WxrTerm[];
  /** `wp:postmeta` pairs, e.g. `_thumbnail_id`, `_wp_attachment_image_alt`. */
  meta: Record<string, string>;
  /** Readers' comments in the export (never imported: this site has none, by design). */
  comments: number;
}

export interface WxrAuthor {
  login: string;
  displayName: string;
  email: string;
  firstName: string;
  lastName: string;
}

export interface WxrSite {
  title: string;
  /** The site's address, e.g. https://old-clinic.example.com. */
  baseUrl: string;
  wxrVersion: string;
  authors: WxrAuthor[];
}

/** A problem with the file itself: the import stops and writes nothing. */
export class WxrError extends Error {
  readonly line?: number;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'WxrError';
    this.line = line;
  }
}

const emptyItem = (line: number): WxrItem => ({
  line,
  id: '',
  type: '',
  status: '',
  title: '',
  link: '',
  slug: '',
  creator: '',
  content: '',
  excerpt: '',
  dateGmt: '',
  modifiedGmt: '',
  password: '',
  parent: '',
  attachmentUrl: '',
  terms: [],
  meta: {},
  comments: 0,
});

/** The item field a `wp:` element fills. */
const WP_FIELDS: Partial<Record<string, keyof WxrItem>> = {
  post_id: 'id',
  post_type: 'type',
  status: 'status',
  post_name: 'slug',
  post_date_gmt: 'dateGmt',
  post_modified_gmt: 'modifiedGmt',
  post_password: 'password',
  post_parent: 'parent',
  attachment_url: 'attachmentUrl',
};

/**
 * Reads `chunks` and calls `onItem` for every item, in file order. Resolves with the site's
 * details once the file ends; rejects with a WxrError for malformed XML, a file that is not a
 * WordPress export, or an export without any item.
 */
export async function readWxr(chunks: AsyncIterable<string | Buffer> | Iterable<string>, onItem: (item: WxrItem) => void | Promise<void>): Promise<WxrSite> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const site: WxrSite = { title: '', baseUrl: '', wxrVersion: '', authors: [] };
  const stack: SaxesTagNS[] = [];
  let text = '';
  let item: WxrItem | undefined;
  let author: WxrAuthor | undefined;
  let metaKey = '';
  let term: WxrTerm | undefined;
  let sawRss = false;
  let sawWordPress = false;
  let items = 0;
  let failure: WxrError | undefined;
  const ready: WxrItem[] = [];

  parser.on('error', (error) => {
    failure ??= new WxrError(`the file is not well-formed XML: ${error.message.replace(/^.*?:\d+:\d+: /, '')}`, parser.line);
  });
  parser.on('opentag', (tag) => {
    if (stack.length === 0) {
      if (tag.local !== 'rss')
        failure ??= new WxrError(`the file starts with <${tag.name}>, not <rss>: it is not a WordPress export (Tools -> Export in WordPress)`, parser.line);
      sawRss = true;
    }
    if (WP_NAMESPACE.test(tag.uri)) sawWordPress = true;
    stack.push(tag);
    text = '';
    if (tag.local === 'item' && stack.length === 3) item = emptyItem(parser.line);
    else if (tag.uri.match(WP_NAMESPACE) && tag.local === 'author' && !item) author = { login: '', displayName: '', email: '', firstName: '', lastName: '' };
    else if (item && tag.local === 'category' && tag.uri === '') {
      term = { domain: tag.attributes.domain?.value ?? 'category', slug: tag.attributes.nicename?.value ?? '', name: '' };
    }
  });
  parser.on('text', (chunk) => (text += chunk));
  parser.on('cdata', (chunk) => (text += chunk));
  parser.on('closetag', (tag) => {
    stack.pop();
    const wp = WP_NAMESPACE.test(tag.uri);
    const value = text;
    text = '';
    if (item) {
      // A comment's own fields (its meta, date, status) are not the post's: count it and skip them.
      const inComment = stack.some((open) => open.local === 'comment' && WP_NAMESPACE.test(open.uri));
      if (wp && tag.local === 'comment' && !inComment) {
        item.comments += 1;
        return;
      }
      if (inComment) return;
      if (tag.local === 'item' && stack.length === 2) {
        ready.push(item);
        items++;
        item = undefined;
      } else if (term && tag.local === 'category' && tag.uri === '') {
        item.terms.push({ ...term, name: value.trim() });
        term = undefined;
      } else if (tag.uri === '' && stack.length === 3) {
        if (tag.local === 'title') item.title = value.trim();
        else if (tag.local === 'link') item.link = value.trim();
      } else if (DC_NAMESPACE.test(tag.uri) && tag.local === 'creator') item.creator = value.trim();
      else if (CONTENT_NAMESPACE.test(tag.uri) && tag.local === 'encoded') item.content = value;
      else if (EXCERPT_NAMESPACE.test(tag.uri) && tag.local === 'encoded') item.excerpt = value.trim();
      else if (wp && tag.local === 'meta_key') metaKey = value.trim();
      else if (wp && tag.local === 'meta_value') item.meta[metaKey] = value;
      else if (wp && WP_FIELDS[tag.local]) (item as unknown as Record<string, string>)[WP_FIELDS[tag.local]!] = value.trim();
      return;
    }
    if (author && wp) {
      if (tag.local === 'author') {
        site.authors.push(author);
        author = undefined;
      } else if (tag.local === 'author_login') author.login = value.trim();
      else if (tag.local === 'author_display_name') author.displayName = value.trim();
      else if (tag.local === 'author_email') author.email = value.trim();
      else if (tag.local === 'author_first_name') author.firstName = value.trim();
      else if (tag.local === 'author_last_name') author.lastName = value.trim();
      return;
    }
    if (wp && tag.local === 'wxr_version') site.wxrVersion = value.trim();
    // The blog's own address: on WordPress.com base_site_url is wordpress.com itself, and on a site
    // whose WordPress lives in a subfolder it is that folder; posts' permalinks are under the blog's.
    else if (wp && tag.local === 'base_blog_url') site.baseUrl = value.trim().replace(/\/+$/, '');
    else if (wp && tag.local === 'base_site_url' && !site.baseUrl) site.baseUrl = value.trim().replace(/\/+$/, '');
    else if (tag.uri === '' && tag.local === 'title' && stack.length === 2) site.title = value.trim();
  });

  // A multi-byte letter may be split between two chunks: the decoder keeps the half until the rest comes.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    try {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    } catch (error) {
      if (error instanceof TypeError) throw new WxrError('the file is not UTF-8 text - export it again from WordPress, which writes UTF-8', parser.line);
      throw error;
    }
    if (failure) throw failure;
    // Items are handed over between chunks, so a slow consumer (writing files) never holds many.
    while (ready.length) await onItem(ready.shift()!);
  }
  try {
    parser.close();
  } catch {
    // Reported through the error handler above.
  }
  if (!sawRss) throw new WxrError('the file is empty - export the site again from WordPress (Tools -> Export -> All content)');
  if (failure) throw failure;
  while (ready.length) await onItem(ready.shift()!);
  if (!sawWordPress || !site.wxrVersion)
    throw new WxrError('the file is an RSS feed, not a WordPress export: it has no wp: fields - export the site from Tools -> Export -> All content');
  if (items === 0) throw new WxrError('the export has no posts, pages or attachments - choose "All content" when exporting');
  return site;
}
