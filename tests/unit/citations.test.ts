import { describe, expect, it } from 'vitest';
import { findMarkers, orderCitations } from '../../src/lib/citations.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { citationParts } from '../../src/lib/references.ts';

describe('citation markers', () => {
  it('finds single and grouped markers', () => {
    expect(findMarkers('A [@a2020]. B [@b2021; @c-2022] and C [@d_1, @e].').map((m) => m.ids)).toEqual([['a2020'], ['b2021', 'c-2022'], ['d_1', 'e']]);
  });

  it('ignores links, emails and markers inside code (fenced, inline and indented)', () => {
    const text = 'A [link](https://x.org) and mail@example.com, `[@inline]`\n\n```\n[@fenced]\n```\n\n    [@indented]\n\n[@real]';
    expect(readMarkdown(text).citations.map((m) => m.ids)).toEqual([['real']]);
  });

  it('numbers sources in order of first citation and counts every use', () => {
    expect(orderCitations(readMarkdown('X [@b]. Y [@a; @b]. Z [@c]. W [@a].').citations)).toEqual([
      { id: 'b', number: 1, count: 2 },
      { id: 'a', number: 2, count: 2 },
      { id: 'c', number: 3, count: 1 },
    ]);
  });

  it('knows the line of each marker, also inside a paragraph that spans lines', () => {
    expect(readMarkdown('one [@a]\ntwo\nthree [@b; @a]', { firstLine: 10 }).citations).toEqual([
      { ids: ['a'], line: 10 },
      { ids: ['b', 'a'], line: 12 },
    ]);
  });
});

describe('citation style', () => {
  it.each([
    {
      case: 'journal article with volume, issue and pages',
      ref: {
        id: 'x',
        authors: ['Feder A', 'Parides MK', 'et al.'],
        title: 'Efficacy of ketamine',
        journal: 'JAMA Psychiatry',
        year: 2014,
        volume: '71',
        issue: '6',
        pages: '681-688',
      },
      expected: { authors: 'Feder A, Parides MK, et al.', title: 'Efficacy of ketamine.', source: 'JAMA Psychiatry. 2014;71(6):681-688.' },
    },
    {
      case: 'journal article without volume',
      ref: { id: 'x', authors: ['Zarate CA Jr'], title: 'Replication?', journal: 'Biol Psychiatry', year: 2012 },
      expected: { authors: 'Zarate CA Jr.', title: 'Replication?', source: 'Biol Psychiatry. 2012.' },
    },
    {
      case: 'web page from an organisation',
      ref: { id: 'x', authors: [], title: '988 Suicide & Crisis Lifeline', publisher: 'Vibrant Emotional Health', year: 2026 },
      expected: { authors: '', title: '988 Suicide & Crisis Lifeline.', source: 'Vibrant Emotional Health; 2026.' },
    },
    {
      case: 'web page whose publisher is its own title',
      ref: { id: 'x', authors: [], title: '988 Suicide & Crisis Lifeline', publisher: '988 Suicide & Crisis Lifeline', year: 2026 },
      expected: { authors: '', title: '988 Suicide & Crisis Lifeline.', source: '2026.' },
    },
  ])('$case', ({ ref, expected }) => {
    expect(citationParts(ref)).toEqual(expected);
  });
});
