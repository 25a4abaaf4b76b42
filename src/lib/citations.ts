/**
 * Citation markers in article text: `[@wilkowska2020]`, or several together `[@a; @b]`.
 * Numbers follow the order of first citation in the text, as the Markdown syntax tree gives
 * them (src/lib/markdown-facts.ts). The Markdown plugin, the Sources list and the content
 * checker all use these functions, so they always agree.
 */
/** Matches one marker group; group 1 holds the ids with their @ signs. */
export const CITATION_MARKER = /\[(@[A-Za-z0-9][\w-]*(?:\s*[;,]\s*@[A-Za-z0-9][\w-]*)*)\]/g;

/** The checker's words for a marker whose id has no reference (build, check:content and the editor). */
/** A citation whose source is not listed: in the file's words, or (`editor`) in the words on the editor's screen. */
export const unknownCitationMessage = (id: string, words: 'file' | 'editor' = 'file') =>
  words === 'file'
    ? `no reference with id "${id}" - add it under references: in the frontmatter, or fix the id in the text`
    : `no source has the citation key "${id}" - add it under Sources with that citation key, or fix the key in the text`;

export interface MarkerMatch {
  /** Offset of the `[` in the text. */
  index: number;
  /** The marker as written, e.g. `[@a; @b]`. */
  text: string;
  ids: string[];
}

export function findMarkers(text: string): MarkerMatch[] {
  return [...text.matchAll(CITATION_MARKER)].map((match) => ({
    index: match.index,
    text: match[0],
    ids: match[1]!.split(/[;,]/).map((part) => part.trim().replace(/^@/, '')),
  }));
}

export interface CitationUse {
  id: string;
  /** 1-based number shown in the text and the Sources list. */
  number: number;
  /** How many times the text cites it (one back-link each). */
  count: number;
}

/** Cited ids in order of first citation, with their numbers and how often each is cited. */
export function orderCitations(citations: ReadonlyArray<{ ids: readonly string[] }>): CitationUse[] {
  const uses = new Map<string, CitationUse>();
  for (const marker of citations) {
    for (const id of marker.ids) {
      const use = uses.get(id);
      if (use) use.count += 1;
      else uses.set(id, { id, number: uses.size + 1, count: 1 });
    }
  }
  return [...uses.values()];
}

/** Anchor ids shared by the in-text links and the Sources list. */
export const referenceAnchor = (id: string) => `ref-${id}`;
export const citationAnchor = (id: string, occurrence: number) => `cite-${id}-${occurrence}`;
