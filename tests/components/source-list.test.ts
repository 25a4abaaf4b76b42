import { describe, expect, it } from 'vitest';
import SourceList from '../../src/components/article/SourceList.astro';
import { orderCitations } from '../../src/lib/citations.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { renderComponent } from './render.ts';

const references = [
  { id: 'web', authors: [], title: 'Crisis line', publisher: 'Agency', year: 2026, url: 'https://agency.test/crisis' },
  { id: 'trial', authors: ['Smith J', 'Lee K'], title: 'A trial', journal: 'J Test', year: 2020, volume: '7', pages: '1-9', doi: '10.1000/xyz', pmid: '123' },
  { id: 'never', authors: ['Doe A'], title: 'Uncited', journal: 'J Test', year: 2019 },
];

describe('SourceList', () => {
  it('numbers sources in citation order, links DOI, PubMed and web pages, and links back to each citation', async () => {
    const citations = orderCitations(readMarkdown('First [@trial]. Then [@web; @trial].').citations);
    const html = await renderComponent(SourceList, { references, citations });
    const items = [...html.matchAll(/<li id="ref-([^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual(['trial', 'web', 'never']);
    expect(html).toContain('Smith J, Lee K.');
    expect(html).toContain('J Test. 2020;7:1-9.');
    expect(html).toContain('href="https://doi.org/10.1000/xyz"');
    expect(html).toContain('href="https://pubmed.ncbi.nlm.nih.gov/123/"');
    expect(html).toContain('href="https://agency.test/crisis"');
    // Cited twice: two back-links; cited once: one; never cited: none.
    expect(html).toContain('href="#cite-trial-1"');
    expect(html).toContain('href="#cite-trial-2"');
    expect(html).toContain('href="#cite-web-1"');
    expect(html).not.toContain('#cite-never-');
  });
});
