import { describe, expect, it } from 'vitest';
import { extractLinks, headingAnchors, mdxComponents, parseCompilerError } from '../../src/lib/link-check.ts';

describe('extractLinks', () => {
  it('finds Markdown, HTML and reference links and images, with lines, outside code', () => {
    const body = [
      'A [link](/blog/a/ "Title") and ![img](./pic.jpg).',
      '<a href="https://x.org/">html</a> <https://auto.link/path>',
      '`[not](/code/)`',
      '```',
      '[fenced](/code/)',
      '```',
      '[ref]: https://ref.example.org/',
    ].join('\n');
    expect(extractLinks(body).map((l) => `${l.line} ${l.kind} ${l.url}`).sort()).toEqual(
      ['1 image ./pic.jpg', '1 link /blog/a/', '2 link https://auto.link/path', '2 link https://x.org/', '7 link https://ref.example.org/'].sort(),
    );
  });
});

describe('headingAnchors', () => {
  it('slugs headings like Astro, numbering repeats and ignoring markup and citations', () => {
    expect([...headingAnchors('## What the *research* shows [@a]\n### FAQ\n## FAQ\n## [Linked](/x/) heading')]).toEqual([
      'what-the-research-shows',
      'faq',
      'faq-1',
      'linked-heading',
    ]);
  });
});

describe('MDX helpers', () => {
  it('lists used and imported components', () => {
    const { used, imports } = mdxComponents("import Chart from './Chart.astro';\nimport { A, B as C } from 'pkg';\n\n<Chart />\n<ContactCta heading=\"x\" />");
    expect(used.map((u) => `${u.line}:${u.name}`)).toEqual(['4:Chart', '5:ContactCta']);
    expect(imports).toEqual([
      { names: ['Chart'], from: './Chart.astro', line: 1 },
      { names: ['A', 'B', 'C'], from: 'pkg', line: 2 },
    ]);
  });

  it('reads the line from a compiler message', () => {
    expect(parseCompilerError('3:14: Could not parse expression (mdx-jsx:unexpected-character)')).toEqual({ line: 3, message: 'Could not parse expression' });
    expect(parseCompilerError('Something odd')).toEqual({ message: 'Something odd' });
  });
});
