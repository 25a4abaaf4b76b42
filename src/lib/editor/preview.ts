/**
 * The article body as the browser editor previews it: Markdown, each citation mark as its source's
 * number, and the numbered sources below. Staff write before they cite and fill sources row by
 * row, so every half-filled source (an empty author row, no title or year yet, a citation typed
 * before its source) previews as far as it goes instead of breaking the preview.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { CITATION_MARKER, findMarkers, orderCitations } from '../citations.ts';
import { citationParts } from '../references.ts';
import type { ReferenceData } from '../schemas.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** A source as typed so far, with only what can be shown: no empty rows, no missing parts. */
function sourceSoFar(value: unknown): ReferenceData | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Record<string, unknown>;
  const id = text(raw.id);
  if (!id) return undefined;
  return {
    ...(raw as unknown as ReferenceData),
    id,
    authors: (Array.isArray(raw.authors) ? raw.authors : []).map(text).filter(Boolean),
    title: text(raw.title),
    year: (text(raw.year) || '') as unknown as number,
  };
}

export interface PreviewWords {
  sources: string;
  /** The tooltip on a citation whose source is not listed yet. */
  noSourceYet: string;
}

/** The body as the site shows it, with its numbered sources. */
export function previewHtml(
  body: string,
  references: unknown,
  words: PreviewWords = { sources: 'Sources', noSourceYet: 'No source with this key yet' },
): string {
  const listed = (Array.isArray(references) ? references : []).map(sourceSoFar).filter((ref): ref is ReferenceData => !!ref);
  const numbers = new Map(orderCitations(findMarkers(body)).map((use) => [use.id, use.number]));
  const html = micromark(body, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const withNumbers = html.replace(CITATION_MARKER, (marker) =>
    findMarkers(marker)[0]!
      .ids.map((id) => {
        const known = listed.some((ref) => ref.id === id);
        return `<sup class="citation"><a href="#ref-${escapeHtml(id)}"${known ? '' : ` title="${escapeHtml(words.noSourceYet)}"`}>${known ? numbers.get(id) : '?'}</a></sup>`;
      })
      .join(''),
  );
  const cited = [...numbers.keys()].map((id) => listed.find((ref) => ref.id === id)).filter((ref): ref is ReferenceData => !!ref);
  if (!cited.length) return withNumbers;
  const items = cited.map((ref) => {
    const parts = citationParts(ref);
    const title = ref.title ? `<cite>${escapeHtml(parts.title)}</cite>` : '';
    // Until the year is typed, the journal or publisher alone.
    const source = escapeHtml(
      ref.year
        ? parts.source
        : [ref.journal, ref.publisher]
            .map(text)
            .filter(Boolean)
            .map((name) => `${name}.`)
            .join(' '),
    );
    const shown = [escapeHtml(parts.authors), title, source].filter(Boolean).join(' ');
    // Only the key so far: show it, so the writer sees which source still needs its details.
    return `<li id="ref-${escapeHtml(ref.id)}">${shown || `[@${escapeHtml(ref.id)}]`}</li>`;
  });
  return `${withNumbers}<h2 id="sources">${escapeHtml(words.sources)}</h2><ol class="references">${items.join('')}</ol>`;
}
