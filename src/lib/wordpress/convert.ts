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
import type { Root as HastRoot, Element } from 'hast';
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
      return part
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
        .replace(
          /\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/g,
          (_, _attributes: string, url: string) => `<p><a href="${escapeAttribute(url.trim())}">${url.trim()}</a></p>`,
        )
        .replace(
          /\[(\/?)([a-zA-Z][\w-]*)([^\]]*)\](?:([\s\S]*?)\[\/\2\])?/g,
          (whole: string, closing: string, name: string, attributes: string, inner?: string) => {
            // Words in brackets inside a sentence are text; a shortcode has attributes, a closing tag, or a line of its own.
            const alone = new RegExp(`(^|\\n)\\s*${whole.replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&')}\\s*(\\n|$)`).test(part);
            if (!closing && inner === undefined && !attributes.includes('=') && !alone) return whole;
            unknown.add(`[${name}]`);
            return inner ?? '';
          },
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

/** Gutenberg's `<!-- wp:... -->` markers are comments around ordinary HTML: drop them, keep the HTML. */
export const stripBlockComments = (html: string) => html.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '');

/** Whether a body was written in the block editor (it then has its own paragraphs). */
export const isBlockEditor = (html: string) => /<!--\s*wp:/.test(html);

export function convertBody(
  html: string,
  options: ConvertOptions,
  galleryImages: (ids: string[]) => Array<{ src: string; alt: string }> = () => [],
): ConvertResult {
  const unknown = new Set<string>();
  const blockEditor = isBlockEditor(html);
  let prepared = expandShortcodes(stripBlockComments(html), galleryImages, unknown);
  if (!blockEditor) prepared = autop(prepared);

  const images: string[] = [];
  const tree = unified().use(rehypeParse, { fragment: true }).parse(prepared) as HastRoot;
  visitElements(tree, (element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string') {
      const target = options.rewriteLink(element.properties.href);
      if (target === null) {
        element.tagName = 'span';
        element.properties = {};
      } else if (target) element.properties.href = target;
    }
    if (element.tagName === 'img' && typeof element.properties.src === 'string') {
      const src = element.properties.src;
      if (!images.includes(src)) images.push(src);
      element.properties.src = options.localImage(src) ?? src;
      // Responsive copies WordPress adds point at the old site.
      delete element.properties.srcSet;
      delete element.properties.sizes;
    }
    // Embeds (YouTube and the like) become a link to what they showed: no third-party frames.
    if (element.tagName === 'iframe' && typeof element.properties.src === 'string') {
      const src = options.rewriteLink(element.properties.src) || element.properties.src;
      const label = typeof element.properties.title === 'string' && element.properties.title ? element.properties.title : src;
      element.tagName = 'a';
      element.properties = { href: src };
      element.children = [{ type: 'text', value: label }];
    }
    // A block embed keeps only its address: it becomes a plain link.
    const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
    if (classes.includes('wp-block-embed__wrapper')) {
      const url = element.children
        .map((child) => (child.type === 'text' ? child.value : ''))
        .join('')
        .trim();
      if (/^https?:\/\/\S+$/.test(url)) {
        element.tagName = 'p';
        element.properties = {};
        element.children = [{ type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] }];
      }
    }
    // A caption becomes the paragraph under its image (Markdown has no figure).
    if (element.tagName === 'figcaption') element.tagName = 'p';
  });
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

function visitElements(node: HastRoot | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child);
      visitElements(child, visit);
    }
  }
}
