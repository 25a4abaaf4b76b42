/**
 * One consistent medical citation style (close to AMA/Vancouver):
 * Authors. Title. Journal. Year;Volume(Issue):Pages.
 */
import type { ReferenceData } from './schemas.ts';

export function formatAuthors(authors: readonly string[]): string {
  if (authors.length === 0) return '';
  const named = authors.filter((name) => !/^et al\.?$/i.test(name.trim()));
  const etAl = named.length < authors.length;
  return `${named.join(', ')}${etAl ? ', et al.' : ''}`;
}

/** The citation as text segments, so components can style the title without building HTML strings. */
export function citationParts(ref: ReferenceData): { authors: string; title: string; source: string } {
  const source = ref.journal
    ? `${ref.journal}. ${ref.year}${ref.volume ? `;${ref.volume}` : ''}${ref.issue ? `(${ref.issue})` : ''}${ref.pages ? `:${ref.pages}` : ''}.`
    : ref.publisher && ref.publisher !== ref.title
      ? `${ref.publisher}; ${ref.year}.`
      : `${ref.year}.`;
  const authors = formatAuthors(ref.authors);
  const title = /[.?!]$/.test(ref.title) ? ref.title : `${ref.title}.`;
  return { authors: authors ? `${authors.replace(/\.$/, '')}.` : '', title, source };
}

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
