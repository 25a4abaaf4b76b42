/**
 * Sätteri (Astro's native Markdown engine) plugin that turns citation markers into numbered
 * superscript links to the article's Sources list. A hast plugin, so it works the same for
 * .md and .mdx. Sources are numbered in order of first citation as the text is walked, the
 * order the Sources list gets from the same text's syntax tree (src/lib/markdown-facts.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import type { PluginFactoryContext } from 'satteri';
import GithubSlugger from 'github-slugger';
import { citationAnchor, findMarkers, referenceAnchor } from '../lib/citations.ts';
import { headingText } from '../lib/markdown-facts.ts';

type HastChild = { type: 'text'; value: string } | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastChild[] };

const SKIP_INSIDE = new Set(['code', 'pre', 'a', 'script', 'style']);

function frontmatterReferenceIds(data: PluginFactoryContext['data']): Set<string> | undefined {
  const frontmatter = (data as { astro?: { frontmatter?: { references?: unknown } } }).astro?.frontmatter;
  const references = frontmatter?.references;
  if (!Array.isArray(references)) return undefined;
  return new Set(references.map((ref) => (ref && typeof ref === 'object' ? String((ref as { id?: unknown }).id) : '')));
}

export function citationsPlugin(factory: PluginFactoryContext) {
  // Cheap check first: most documents without markers skip the plugin entirely.
  if (!factory.source.includes('[@')) return null;
  // The text is walked in reading order, so the first source met gets 1, the next new one 2 ...
  const numbers = new Map<string, number>();
  const known = frontmatterReferenceIds(factory.data);
  const file = factory.fileURL ? fileURLToPath(factory.fileURL) : 'a Markdown file';
  const seen = new Map<string, number>();

  return defineHastPlugin({
    name: 'sunshine-citations',
    text(node, ctx) {
      const value = node.value;
      if (!value.includes('[@')) return;
      let parent: ReturnType<typeof ctx.parent> = ctx.parent(node);
      while (parent) {
        if (parent.type === 'element' && SKIP_INSIDE.has(parent.tagName)) return;
        parent = ctx.parent(parent);
      }
      const markers = findMarkers(value);
      if (markers.length === 0) return;

      const replacement: HastChild[] = [];
      let cursor = 0;
      for (const marker of markers) {
        // Plain space before a marker would let the number wrap away from its claim.
        const before = value.slice(cursor, marker.index).replace(/\s+$/, '');
        if (before) replacement.push({ type: 'text', value: before });
        const links: HastChild[] = [];
        marker.ids.forEach((id, i) => {
          if (known && !known.has(id)) {
            throw new Error(`${file}: citation [@${id}] has no entry in the frontmatter references - add one with id: ${id}`);
          }
          if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
          const number = numbers.get(id)!;
          const occurrence = (seen.get(id) ?? 0) + 1;
          seen.set(id, occurrence);
          if (i > 0) links.push({ type: 'text', value: ',' });
          links.push({
            type: 'element',
            tagName: 'a',
            // Screen readers hear "Source 3"; sighted readers see the superscript 3 (the visible
            // text stays part of the name, as WCAG 2.5.3 asks).
            properties: { href: `#${referenceAnchor(id)}`, id: citationAnchor(id, occurrence), ariaLabel: `Source ${number}` },
            children: [{ type: 'text', value: String(number) }],
          });
        });
        replacement.push({ type: 'element', tagName: 'sup', properties: { className: ['citation'] }, children: links });
        cursor = marker.index + marker.text.length;
      }
      const after = value.slice(cursor);
      if (after) replacement.push({ type: 'text', value: after });
      ctx.replaceNode(node, replacement as never);
    },
  });
}

type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** Text of a rendered heading without its citation numbers (and without raw HTML). */
function renderedHeadingText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type !== 'element' && node.type !== 'root') return '';
  const className = node.properties?.className;
  if (node.tagName === 'sup' && Array.isArray(className) && className.includes('citation')) return '';
  return (node.children ?? []).map(renderedHeadingText).join('');
}

/**
 * Gives every heading its anchor from its words alone, so a citation in a heading never becomes
 * part of the address. The content check computes the same anchors from the Markdown
 * (src/lib/markdown-facts.ts); Astro keeps an id that is already set.
 */
export function headingAnchorsPlugin() {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'sunshine-heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slugger.slug(headingText(renderedHeadingText(node as unknown as HastNode))));
      },
    },
  });
}
