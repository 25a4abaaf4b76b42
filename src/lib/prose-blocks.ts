/**
 * The prose readers read, block by block (paragraphs, headings, table cells; a list item's
 * paragraphs are paragraphs), from a Markdown syntax tree (mdast): without code, raw HTML,
 * citation marks, or the words inside MDX components (notices, the crisis box), which are the
 * site's words and not the writer's. One definition for the build (src/lib/markdown-facts.ts,
 * which parses with Sätteri) and the editor's preview (src/lib/editor/preview.ts, which parses
 * in the browser with micromark): both measure the reading level of the same words.
 */
import { CITATION_MARKER } from './citations.ts';

export interface ProseNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: ProseNode[];
  position?: { start: { line: number } };
}

export interface ProseBlock {
  /** The line of the body the block starts on (1-based). */
  line: number;
  /** Its words as read: inline code kept, citation marks and the spaces around the block dropped. */
  text: string;
  node: ProseNode;
}

/** A citation mark and the spaces before it: the rendered page drops both from the words. */
export const MARK_WITH_SPACE = new RegExp(`\\s*${CITATION_MARKER.source}`, 'g');

/** Text of a heading or block without its citation marks, as the page and the check compute it. */
export function headingText(raw: string): string {
  return raw.replace(MARK_WITH_SPACE, '');
}

/** Nodes whose words nobody reads as prose. */
const SKIPPED_FOR_WORDS = new Set(['code', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'yaml', 'toml']);

export interface Leaf {
  node: ProseNode;
  parent: ProseNode;
  /** What the leaf adds to the block's words. */
  text: string;
}

/**
 * The leaves of a node that carry words (text, inline code, line breaks), in reading order. A
 * hard line break adds nothing to a heading's anchor, but ends a line of prose (`breakAs`).
 */
export function* leavesOf(node: ProseNode, breakAs = ''): Generator<Leaf> {
  for (const child of node.children ?? []) {
    if (child.type === 'break') yield { node: child, parent: node, text: breakAs };
    else if (child.type === 'text' || child.type === 'inlineCode') yield { node: child, parent: node, text: child.value ?? '' };
    else if (!SKIPPED_FOR_WORDS.has(child.type) && child.type !== 'image') yield* leavesOf(child, breakAs);
  }
}

/** Words inside a node (text and inline code), the way a reader sees them. */
export function wordsOf(node: ProseNode, breakAs = ''): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  let words = '';
  for (const leaf of leavesOf(node, breakAs)) words += leaf.text;
  return words;
}

const isComponent = (node: ProseNode) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '');

/** The prose blocks of a tree, in reading order. */
export function proseBlocks(tree: ProseNode): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const walk = (node: ProseNode) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = headingText(wordsOf(node, '\n')).trim();
      if (text) blocks.push({ line: node.position?.start.line ?? 1, text, node });
      return;
    }
    if (SKIPPED_FOR_WORDS.has(node.type) || isComponent(node)) return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return blocks;
}
