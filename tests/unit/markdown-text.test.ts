import { describe, expect, it } from 'vitest';
import { lineFinder, markdownHeadings } from '../../src/lib/markdown-text.ts';

describe('lineFinder', () => {
  it('gives the 1-based line of any offset, including line ends and the last line', () => {
    const text = 'one\ntwo\n\nfour';
    const lineAt = lineFinder(text);
    expect([0, 3, 4, 8, 9, text.length].map(lineAt)).toEqual([1, 1, 2, 3, 4, 4]);
  });
});

describe('markdownHeadings', () => {
  it('lists headings with their level, and ignores lines in code that look like headings', () => {
    const markdown = '# Title\n\n## What trials show ##\n\n```md\n## not a heading\n```\n\n### Side effects';
    expect(markdownHeadings(markdown)).toEqual([
      { depth: 1, text: 'Title' },
      { depth: 2, text: 'What trials show' },
      { depth: 3, text: 'Side effects' },
    ]);
  });
});
