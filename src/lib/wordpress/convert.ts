/**
 * A WordPress post body (block editor or classic editor) to this site's Markdown, with the unified
 * tools: rehype-parse reads the HTML, rehype-remark turns it into a Markdown tree, remark-stringify
 * writes it. Before that, WordPress's own syntax is made into HTML: block comments go (their content
 * stays), classic-editor blank lines become paragraphs (wpautop), shortcodes become HTML or are
 * reported. Links to other imported posts get their new addresses; images are collected for copying.
 */
import { decodeHTML } from 'entities';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Root as HastRoot, Element, ElementContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';

export interface ConvertOptions {
  /**
   * The new address of an old one (a permalink, `?p=ID`); undefined when it is not an imported post
   * (the link stays as it is); null when the post it names will not be published (the words stay, the link goes).
   */
  rewriteLink: (href: string) => string | null | undefined;
  /** The file name an image is saved under beside the post (`./name.jpg`), or undefined to keep the address. */
  localImage: (src: string) => string | undefined;
  /**
   * false: only find the images, links and shortcodes (all a post's status depends on), without
   * writing Markdown, which is most of the work. `markdown` is then empty.
   */
  writeMarkdown?: boolean;
}

export interface ConvertResult {
  markdown: string;
  /** Image addresses the body uses, in order (each once). */
  images: string[];
  /** Shortcodes that had no conversion, e.g. `[contact-form-7]`, each once. */
  unknownShortcodes: string[];
}

/** `&#8217;` -> `’`: WordPress stores titles and excerpts with HTML entities. */
export const decodeEntities = (text: string) => decodeHTML(text).replace(/\s+/g, ' ').trim();

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A link to a video, recording or embed that played on the old site: no third-party frames here. */
const mediaLink = (url: string) => `<p><a href="${escapeAttribute(url)}">${escapeAttribute(url)}</a></p>`;

/** `key="value" key2='v'` -> { key: 'value', key2: 'v' }. */
function shortcodeAttributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, key, a, b, c] of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g)) found[key!.toLowerCase()] = a ?? b ?? c ?? '';
  return found;
}

/**
 * Classic-editor shortcodes as HTML: [caption] becomes a figure, [gallery] a list of images,
 * [embed] a link. Any other shortcode is removed (keeping enclosed text) and reported by name.
 * Shortcodes inside `<code>`/`<pre>` are text and stay.
 */
export function expandShortcodes(html: string, galleryImages: (ids: string[]) => Array<{ src: string; alt: string }>, unknown: Set<string>): string {
  const parts = html.split(/(<(?:pre|code)\b[\s\S]*?<\/(?:pre|code)>)/i);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return (
        part
          .replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/g, (_, attributes: string, inner: string) => {
            const image = /<img\b[^>]*>/i.exec(inner)?.[0] ?? '';
            const linked = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>/i.exec(inner)?.[0];
            const caption = inner.replace(linked ?? image, '').trim() || shortcodeAttributes(attributes).caption || '';
            return `<figure>${linked ?? image}<figcaption>${caption}</figcaption></figure>`;
          })
          .replace(/\[gallery([^\]]*)\]/g, (_, attributes: string) => {
            const ids = (shortcodeAttributes(attributes).ids ?? '')
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean);
            return galleryImages(ids)
              .map((image) => `<p><img src="${escapeAttribute(image.src)}" alt="${escapeAttribute(image.alt)}"></p>`)
              .join('');
          })
          .replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/g, (_, _attributes: string, url: string) => mediaLink(url.trim()))
          // Jetpack's [youtube URL] / [vimeo URL], and core's [video] and [audio]: a link to what they played.
          .replace(/\[(youtube|vimeo|video|audio)\b([^\]]*)\](?:([\s\S]*?)\[\/\1\])?/g, (whole: string, _name: string, attributes: string, inner = '') => {
            const named = shortcodeAttributes(attributes);
            const url = [named.src, named.mp4, named.m4v, named.webm, named.mp3, named.ogg, named.wav, inner, attributes]
              .map((text) => /https?:\/\/[^\s"'\]]+/.exec(text ?? '')?.[0])
              .find(Boolean);
            return url ? mediaLink(url) : whole;
          })
          .replace(
            /\[(\/?)([a-zA-Z][\w-]*)([^\]]*)\](?:([\s\S]*?)\[\/\2\])?/g,
            (whole: string, closing: string, name: string, attributes: string, inner?: string) => {
              // Words in brackets inside a sentence are text; a shortcode has attributes, a closing tag, or a line of its own.
              const alone = new RegExp(`(^|\\n)\\s*${whole.replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&')}\\s*(\\n|$)`).test(part);
              if (!closing && inner === undefined && !attributes.includes('=') && !alone) return whole;
              unknown.add(`[${name}]`);
              return inner ?? '';
            },
          )
      );
    })
    .join('');
}

/**
 * WordPress's wpautop, reduced to what matters for conversion: in classic posts a blank line
 * separates paragraphs and a single newline is a line break; block-level HTML stays as it is.
 */
export function autop(html: string): string {
  if (!html.trim()) return '';
  const blocks = html.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const blockTag = /^\s*<\/?(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table|thead|tbody|tr|td|th|figure|figcaption|hr|iframe|section|dl|dt|dd|address)\b/i;
  return blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (blockTag.test(block) ? block : `<p>${block.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}

/**
 * Gutenberg's `<!-- wp:... -->` markers are comments around ordinary HTML, and `<!--more-->` and
 * `<!--nextpage-->` mark teaser and page breaks: readers never saw a comment, so all of them go.
 */
export const stripComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** Whether a body was written in the block editor (it then has its own paragraphs). */
export const isBlockEditor = (html: string) => /<!--\s*wp:/.test(html);

export function convertBody(
  html: string,
  options: ConvertOptions,
  galleryImages: (ids: string[]) => Array<{ src: string; alt: string }> = () => [],
): ConvertResult {
  const unknown = new Set<string>();
  const blockEditor = isBlockEditor(html);
  let prepared = expandShortcodes(stripComments(html), galleryImages, unknown);
  if (!blockEditor) prepared = autop(prepared);

  const images: string[] = [];
  const tree = unified().use(rehypeParse, { fragment: true }).parse(prepared) as HastRoot;
  visitElements(tree, (element) => {
    // "Link to: media file" wraps a picture in a link to its full-size copy on the old site, which
    // goes when the old site does: the picture stays, the link goes.
    if (element.tagName === 'a' && typeof element.properties.href === 'string' && isLinkedPicture(element)) unwrap(element);
    if (element.tagName === 'a' && typeof element.properties.href === 'string') {
      const target = options.rewriteLink(element.properties.href);
      if (target === null) unwrap(element);
      else if (target) element.properties.href = target;
    }
    if (element.tagName === 'img' && typeof element.properties.src === 'string') {
      const src = element.properties.src;
      if (!images.includes(src)) images.push(src);
      element.properties.src = options.localImage(src) ?? src;
      // Responsive copies WordPress adds point at the old site.
      delete element.properties.srcSet;
      delete element.properties.sizes;
    }
    // Recordings and videos become a link named after their file: Markdown has no player, and an
    // empty link would have no name for screen readers.
    if (element.tagName === 'audio' || element.tagName === 'video') {
      const source = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source');
      const src = [element.properties.src, source?.properties.src].find((value): value is string => typeof value === 'string' && value !== '');
      if (src) {
        const name = fileNameOf(src);
        const target = options.rewriteLink(src);
        element.tagName = target === null ? 'span' : 'a';
        element.properties = target === null ? {} : { href: target || src };
        element.children = [{ type: 'text', value: name }];
      }
    }
    // Embeds (YouTube and the like) become a link to what they showed: no third-party frames.
    if (element.tagName === 'iframe' && typeof element.properties.src === 'string') {
      const target = options.rewriteLink(element.properties.src);
      const src = target || element.properties.src;
      const label = typeof element.properties.title === 'string' && element.properties.title ? element.properties.title : src;
      element.tagName = target === null ? 'span' : 'a';
      element.properties = target === null ? {} : { href: src };
      element.children = [{ type: 'text', value: label }];
    }
    // A block embed keeps only its address: it becomes a plain link.
    const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
    if (classes.includes('wp-block-embed__wrapper')) {
      const url = element.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('')
        .trim();
      if (/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(url) || url.startsWith('//')) {
        const target = options.rewriteLink(url);
        element.tagName = 'p';
        element.properties = {};
        element.children =
          target === null
            ? [{ type: 'text', value: url }]
            : [{ type: 'element', tagName: 'a', properties: { href: target || url }, children: [{ type: 'text', value: url }] }];
      }
    }
    // A file block links its file twice (name, then a button): keep the named link only.
    if (classes.includes('wp-block-file__button')) {
      unwrap(element);
      element.children = [];
    }
    // A caption becomes the paragraph under its image (Markdown has no figure).
    if (element.tagName === 'figcaption') element.tagName = 'p';
    keepLineBreaksInside(element);
  });
  shiftHeadingsBelowTitle(tree);
  if (options.writeMarkdown === false) return { markdown: '', images, unknownShortcodes: [...unknown] };
  const mdast = unified().use(rehypeRemark).runSync(tree) as unknown as MdastRoot;
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true, listItemIndent: 'one' })
    .stringify(mdast)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown: markdown ? `${markdown}\n` : '', images, unknownShortcodes: [...unknown] };
}

const isBreak = (node: ElementContent) => node.type === 'element' && node.tagName === 'br';
const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Line breaks stay inside the text. The classic editor turns the line breaks typed inside a list
 * item, a quote or a caption into <br>; at the start or end of the item one would become a Markdown
 * hard break with nothing after it, which shows as a stray backslash. A table cell cannot hold a
 * line break in Markdown at all: there it becomes a space.
 */
function keepLineBreaksInside(element: Element): void {
  const children = element.children;
  if (!children.some(isBreak)) return;
  // Between the items of a list or the rows of a table a break is not text at all (autop adds them).
  if (/^(ul|ol|table|thead|tbody|tfoot|tr)$/.test(element.tagName)) {
    element.children = children.filter((child) => !isBreak(child));
    return;
  }
  const atEdge = (node: ElementContent) => isBreak(node) || isBlank(node);
  let first = 0;
  let last = children.length;
  while (first < last && atEdge(children[first]!)) first += 1;
  while (last > first && atEdge(children[last - 1]!)) last -= 1;
  const kept = children.slice(first, last);
  element.children =
    element.tagName === 'td' || element.tagName === 'th' ? kept.map((child): ElementContent => (isBreak(child) ? { type: 'text', value: ' ' } : child)) : kept;
}

/** The page's title is its only h1: when the body has an h1, every heading moves one level down. */
function shiftHeadingsBelowTitle(tree: HastRoot): void {
  const headings: Element[] = [];
  visitElements(tree, (element) => {
    if (/^h[1-6]$/.test(element.tagName)) headings.push(element);
  });
  if (!headings.some((heading) => heading.tagName === 'h1')) return;
  for (const heading of headings) heading.tagName = `h${Math.min(6, Number(heading.tagName[1]) + 1)}`;
}

/** The element goes and its content stays: a span without attributes adds nothing to the Markdown. */
function unwrap(element: Element): void {
  element.tagName = 'span';
  element.properties = {};
}

/** A link around nothing but a picture, to an uploaded file (its full size) or its attachment page. */
function isLinkedPicture(link: Element): boolean {
  const content = link.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  const only = content.length === 1 && content[0]!.type === 'element' ? content[0] : undefined;
  return only?.tagName === 'img' && /\/wp-content\/uploads\/|[?&]attachment_id=/.test(String(link.properties.href));
}

/** `https://old.example.com/wp-content/uploads/Consent%20form.pdf` -> `Consent form.pdf`. */
function fileNameOf(url: string): string {
  const last = new URL(url, 'https://example.invalid/').pathname.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function visitElements(node: HastRoot | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      visitElements(child, visit);
    }
  }
}
