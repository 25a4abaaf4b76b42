import { describe, expect, it } from 'vitest';
import { checkLinks, parseCompilerError, type SiteMap } from '../../src/lib/link-check.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';

const site: SiteMap = {
  pages: new Set(['/blog/', '/blog/a/']),
  files: new Set(['/favicon.svg']),
  anchors: new Map([['/blog/a/', new Set(['results'])]]),
  unpublished: new Map([['/blog/draft/', 'it is a draft']]),
};
const problems = (body: string) => checkLinks(readMarkdown(body).links, '/blog/here/', site, () => false).map((p) => `${p.url}: ${p.message}`);

describe('checkLinks', () => {
  it('accepts pages, headings, public files and well-formed web addresses', () => {
    expect(problems('[a](/blog/a/) [b](/blog/a/#results) [c](/favicon.svg) [d](https://en.wikipedia.org/wiki/Ketamine_(drug)) [e](mailto:a@b.c)')).toEqual([]);
  });

  it('names what is wrong and how to fix it', () => {
    expect(problems('[a](/blog/a) [b](/blog/nope/) [c](/blog/a/#nope) [d](/blog/draft/) [e](www.x.org/p)')).toEqual([
      '/blog/a: add the trailing slash: /blog/a/',
      '/blog/nope/: no page at /blog/nope/ - check the address (articles live at /blog/<slug>/)',
      '/blog/a/#nope: no heading "#nope" on /blog/a/ - use the heading\'s anchor, e.g. #results',
      '/blog/draft/: links to a post that is not published (it is a draft) - readers would get "page not found"; remove the link until it is live',
      'www.x.org/p: "www.x.org/p" looks like a web address without https:// - write https://www.x.org/p',
    ]);
  });

  it('never reports text that only looks like a link (escaped brackets, indented code)', () => {
    expect(problems('\\[not a link](/blog/nope/)\n\n    [code](/blog/nope/)\n\n`[inline](/blog/nope/)`')).toEqual([]);
  });
});

describe('parseCompilerError', () => {
  it('reads the line from a compiler message', () => {
    expect(parseCompilerError('3:14: Could not parse expression (mdx-jsx:unexpected-character)')).toEqual({ line: 3, message: 'Could not parse expression' });
    expect(parseCompilerError('Something odd')).toEqual({ message: 'Something odd' });
  });
});
