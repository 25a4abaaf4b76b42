/**
 * Facts about a post's Markdown, read from the syntax tree of the parser the site renders with
 * (Sätteri, with the same GFM and smart-punctuation settings): links, images, headings and their
 * anchors, citations, the words readers read, and MDX components. Reading time, related posts,
 * the editorial checks, the link check, the table of contents and citation numbering all use it,
 * so none of them keeps a regular-expression twin of the parser.
 */
import GithubSlugger from 'github-slugger';
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { findMarkers } from './citations.ts';
import { headingText, MARK_WITH_SPACE, proseBlocks, wordsOf } from './prose-blocks.ts';

export { headingText };

export interface LinkTarget {
  /** 1-based line in the body. */
  line: number;
  url: string;
  kind: 'link' | 'image';
}

export interface HeadingFact {
  depth: number;
  /** The heading as readers see it, without citation marks. */
  text: string;
  /** The anchor the page gives it (github-slugger, as Astro does). */
  slug: string;
  line: number;
}

export interface CitationFact {
  ids: string[];
  line: number;
}

export interface TextLine {
  /** 1-based line number in the body (or the file, with `firstLine`). */
  line: number;
  text: string;
}

export interface MarkdownFacts {
  links: LinkTarget[];
  headings: HeadingFact[];
  /** Citation marks in reading order. */
  citations: CitationFact[];
  /** The words readers read, line by line (no code, markup, addresses or citation marks). */
  lines: TextLine[];
  /** The same words as one text, for reading time and related posts. */
  plainText: string;
  /**
   * The prose readers read, block by block (paragraphs, headings, list items, table cells), for
   * the reading level: not code, citation marks, or the words inside components (notices, the
   * crisis box), which are the site's own words and not the writer's.
   */
  blocks: TextLine[];
  /** MDX only: components used (capitalised JSX names) and imports. */
  components: Array<{ name: string; line: number }>;
  imports: Array<{ names: string[]; from: string; line: number }>;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  depth?: number;
  name?: string | null;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: { line: number } };
}

/** The parser settings Astro renders with (GFM and smart punctuation on). */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Nodes that sit inside a line of text: their words run on without a break. */
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

const HTML_LINK_TAGS: Record<string, { attribute: string; kind: LinkTarget['kind'] }> = {
  a: { attribute: 'href', kind: 'link' },
  img: { attribute: 'src', kind: 'image' },
  image: { attribute: 'src', kind: 'image' },
  picture: { attribute: 'src', kind: 'image' },
};

/** Links written as HTML inside Markdown, read with an HTML parser. */
function htmlLinks(html: string, line: number): LinkTarget[] {
  const found: LinkTarget[] = [];
  const walk = (node: Node) => {
    const tag = node.type === 'element' ? HTML_LINK_TAGS[(node.tagName ?? '').toLowerCase()] : undefined;
    const value = tag ? node.properties?.[tag.attribute] : undefined;
    if (tag && typeof value === 'string') found.push({ line, url: value.trim(), kind: tag.kind });
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as unknown as Node);
  return found;
}

/**
 * `[text](address with a space)` is no link to the parser, only text (and GFM may turn part of
 * the address into a link of its own): almost always a typo, so it is reported as a bad address.
 */
function linkLookalikes(node: Node, line: number): LinkTarget[] {
  if (!node.children?.some((child) => child.type === 'text' && child.value?.includes(']('))) return [];
  const flat = (node.children ?? [])
    .map((child) => {
      if (child.type === 'text') return child.value ?? '';
      const label = child.type === 'link' ? wordsOf(child) : undefined;
      return label !== undefined && child.url !== undefined && (label === child.url || `http://${label}` === child.url || `mailto:${label}` === child.url)
        ? label
        : '\u0000';
    })
    .join('');
  return [...flat.matchAll(/\[[^\]\n\u0000]*\]\(([^()\n\u0000]*\s[^()\n\u0000]*)\)/g)].map((match) => ({
    line: line + (flat.slice(0, match.index).match(/\n/g)?.length ?? 0),
    url: match[1]!.trim(),
    kind: 'link' as const,
  }));
}

/**
 * Reads a post body. `firstLine` is the line of the file the body starts on, so every line in
 * the result is a line of the file. Throws on MDX that does not parse (the check reports it).
 */
export function readMarkdown(body: string, { mdx = false, firstLine = 1 }: { mdx?: boolean; firstLine?: number } = {}): MarkdownFacts {
  const tree = (mdx ? mdxToMdast(body, { features: FEATURES }) : markdownToMdast(body, { features: FEATURES })) as unknown as Node;
  const facts: MarkdownFacts = { links: [], headings: [], citations: [], lines: [], plainText: '', blocks: [], components: [], imports: [] };
  const slugger = new GithubSlugger();
  const lineText = new Map<number, string>();
  const words: string[] = [];
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + firstLine - 1;
  const addWords = (text: string, line: number) => {
    if (!text.includes('\n')) {
      lineText.set(line, (lineText.get(line) ?? '') + text);
      return;
    }
    text.split('\n').forEach((part, index) => lineText.set(line + index, (lineText.get(line + index) ?? '') + part));
  };

  const walk = (node: Node, inLink: boolean) => {
    const line = lineOf(node);
    switch (node.type) {
      case 'text': {
        const value = node.value ?? '';
        if (!value.includes('[@')) {
          addWords(value, line);
          words.push(value);
          return;
        }
        // The page does not turn a mark inside a link's text into a citation (no link in a link).
        if (!inLink) {
          for (const marker of findMarkers(value)) {
            facts.citations.push({ ids: marker.ids, line: line + (value.slice(0, marker.index).match(/\n/g)?.length ?? 0) });
          }
        }
        const readable = value.replace(MARK_WITH_SPACE, '');
        addWords(readable, line);
        words.push(readable);
        return;
      }
      case 'inlineCode':
        addWords(node.value ?? '', line);
        words.push(node.value ?? '');
        return;
      case 'paragraph':
      case 'tableCell':
        facts.links.push(...linkLookalikes(node, line));
        break;
      case 'heading': {
        facts.links.push(...linkLookalikes(node, line));
        const text = headingText(wordsOf(node));
        facts.headings.push({ depth: node.depth ?? 1, text: text.trim(), slug: slugger.slug(text), line });
        break;
      }
      case 'link':
      case 'definition':
        if (node.url !== undefined) facts.links.push({ line, url: node.url.trim(), kind: 'link' });
        break;
      case 'image':
        if (node.url !== undefined) facts.links.push({ line, url: node.url.trim(), kind: 'image' });
        return;
      case 'html':
        facts.links.push(...htmlLinks(node.value ?? '', line));
        return;
      case 'mdxjsEsm': {
        for (const statement of (node.value ?? '').matchAll(/^import\s+(.+?)\s+from\s+['"]([^'"]+)['"]/gm)) {
          const names = statement[1]!
            .replace(/[{}]/g, ' ')
            .split(/[\s,]+/)
            .filter((name) => name && name !== 'as' && name !== '*');
          const before = (node.value ?? '').slice(0, statement.index).match(/\n/g)?.length ?? 0;
          facts.imports.push({ names, from: statement[2]!, line: line + before });
        }
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name)) facts.components.push({ name, line });
        const tag = HTML_LINK_TAGS[name.toLowerCase()];
        const attribute = tag && node.attributes?.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === tag.attribute);
        if (tag && typeof attribute?.value === 'string') facts.links.push({ line, url: attribute.value.trim(), kind: tag.kind });
        break;
      }
      case 'code':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'yaml':
      case 'toml':
        return;
    }
    const block = !INLINE_CONTAINERS.has(node.type);
    for (const child of node.children ?? []) walk(child, inLink || node.type === 'link');
    // Blocks (paragraphs, cells, list items) end a run of words.
    if (block) {
      words.push('\n');
      if (node.type === 'tableCell') lineText.set(line, `${lineText.get(line) ?? ''} `);
    }
  };
  walk(tree, false);
  facts.blocks = proseBlocks(tree).map((block) => ({ line: lineOf(block.node), text: block.text }));

  facts.lines = [...lineText]
    .filter(([, text]) => text.trim())
    .sort(([a], [b]) => a - b)
    .map(([line, text]) => ({ line, text }));
  facts.plainText = words.join('').replace(/\s+/g, ' ').trim();
  return facts;
}
