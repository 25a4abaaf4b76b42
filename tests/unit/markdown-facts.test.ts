import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { citationsPlugin, headingAnchorsPlugin } from '../../src/markdown/citations.ts';
import { orderCitations } from '../../src/lib/citations.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';

describe('links and images', () => {
  it('finds Markdown, HTML, reference and autolinks with their lines, and nothing in code', () => {
    const body = [
      'A [link](/blog/a/ "Title") and ![img](./pic.jpg).',
      '<a href="https://x.org/">html</a> <https://auto.link/path>',
      '`[not](/code/)`',
      '```',
      '[fenced](/code/)',
      '```',
      '[ref]: https://ref.example.org/',
      '',
      '    [indented](/code/)',
      '',
      'An \\[escaped](/code/) bracket and [a wiki page](https://en.wikipedia.org/wiki/Ketamine_(drug)).',
    ].join('\n');
    expect(
      readMarkdown(body)
        .links.map((l) => `${l.line} ${l.kind} ${l.url}`)
        .sort(),
    ).toEqual(
      [
        '1 image ./pic.jpg',
        '1 link /blog/a/',
        '2 link https://auto.link/path',
        '2 link https://x.org/',
        '7 link https://ref.example.org/',
        '11 link https://en.wikipedia.org/wiki/Ketamine_(drug)',
      ].sort(),
    );
  });
});

describe('headings and anchors', () => {
  const body = '## What the *research* shows [@a]\n### FAQ\n## FAQ\n## [Linked](/x/) heading\n## Before -- and after `dose`\n## Results [@a; @b] in 2024';
  it('slugs headings like the rendered page: repeats numbered, markup and citations left out', () => {
    expect(readMarkdown(body).headings.map((h) => `${h.depth} ${h.slug} | ${h.text}`)).toEqual([
      '2 what-the-research-shows | What the research shows',
      '3 faq | FAQ',
      '2 faq-1 | FAQ',
      '2 linked-heading | Linked heading',
      '2 before--and-after-dose | Before – and after dose',
      '2 results-in-2024 | Results in 2024',
    ]);
  });

  it('gives exactly the ids the site renders (smart punctuation, inline code, citations)', () => {
    const { html } = markdownToHtml(body, { hastPlugins: [headingAnchorsPlugin], features: { gfm: true, smartPunctuation: true } });
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual(readMarkdown(body).headings.map((h) => h.slug));
  });
});

describe('words readers read', () => {
  it('keeps text by line, without code, addresses, HTML or citation marks', () => {
    const facts = readMarkdown(
      'Ketamine **may** help [@a].\n\n```\ncure\n```\n\n<span>hidden</span> see [this page](https://cure.example.org/)\n\n| a | b |\n| - | - |\n| one | two |',
      { firstLine: 5 },
    );
    expect(facts.lines).toEqual([
      { line: 5, text: 'Ketamine may help.' },
      { line: 11, text: 'hidden see this page' },
      { line: 13, text: 'a b ' },
      { line: 15, text: 'one two ' },
    ]);
    expect(facts.plainText).not.toMatch(/cure|\[@|https/);
  });

  it('gives the prose block by block for the reading level, without code or the words inside components', () => {
    const facts = readMarkdown(
      [
        '## What to expect [@a]',
        '',
        'A nurse stays with you.',
        'You can rest.\\',
        'Ask anything.',
        '',
        '- Bring a friend',
        '- Eat lightly',
        '',
        '```',
        'not prose',
        '```',
        '',
        '<Notice>',
        'The clinic wrote this notice.',
        '</Notice>',
      ].join('\n'),
      { mdx: true, firstLine: 3 },
    );
    expect(facts.blocks).toEqual([
      { line: 3, text: 'What to expect' },
      { line: 5, text: 'A nurse stays with you.\nYou can rest.\nAsk anything.' },
      { line: 9, text: 'Bring a friend' },
      { line: 10, text: 'Eat lightly' },
    ]);
  });
});

describe('MDX', () => {
  it('lists imports and the components used, with their lines', () => {
    const facts = readMarkdown("import Chart from './Chart.astro';\nimport { A, B as C } from 'pkg';\n\n<Chart />\n\n<ContactCta heading=\"x\" />", {
      mdx: true,
    });
    expect(facts.components.map((u) => `${u.line}:${u.name}`)).toEqual(['4:Chart', '6:ContactCta']);
    expect(facts.imports).toEqual([
      { names: ['Chart'], from: './Chart.astro', line: 1 },
      { names: ['A', 'B', 'C'], from: 'pkg', line: 2 },
    ]);
  });
});

describe('citation numbers', () => {
  it('the rendered marks carry the numbers the Sources list gives (first citation first; none in code or link text)', () => {
    const body = '## Results [@c]\n\nFirst [@b], then [@a; @b].\n\n`[@code]` and [a link [@x]](/blog/a/).\n\n- a list [@a]\n\n| t |\n| - |\n| [@d] |';
    const { html } = markdownToHtml(body, { hastPlugins: [citationsPlugin], features: { gfm: true, smartPunctuation: true } });
    const rendered = [...html.matchAll(/href="#ref-([^"]+)"[^>]*>(\d+)</g)].map((m) => `${m[1]}=${m[2]}`);
    const listed = orderCitations(readMarkdown(body).citations).map((use) => `${use.id}=${use.number}`);
    expect([...new Set(rendered)]).toEqual(listed);
    expect(listed).toEqual(['c=1', 'b=2', 'a=3', 'd=4']);
  });
});
