/**
 * JSON-LD as plain data, and its safe serialisation. The sharing issue extends these builders;
 * keep one builder per page type here.
 */
import type { ReferenceData } from './schemas.ts';
import { doiUrl, formatAuthors, pubmedUrl } from './references.ts';
import { isoDay } from './format.ts';

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` block that content can never break out of:
 * `<`, `>` and `&` become Unicode escapes (so `</script>` stays inert), as do the two line
 * separators that some JavaScript parsers reject.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PersonInput {
  name: string;
  credentials?: string;
  role: string;
  url: string;
}

function person(input: PersonInput): JsonLd {
  return {
    '@type': 'Person',
    name: input.name,
    url: input.url,
    jobTitle: input.role,
    ...(input.credentials ? { honorificSuffix: input.credentials } : {}),
  };
}

function citation(ref: ReferenceData): JsonLd {
  const url = ref.doi ? doiUrl(ref.doi) : ref.pmid ? pubmedUrl(ref.pmid) : ref.url;
  const authors = formatAuthors(ref.authors);
  return {
    '@type': ref.journal ? 'ScholarlyArticle' : 'CreativeWork',
    name: ref.title,
    datePublished: String(ref.year),
    ...(authors ? { author: authors } : {}),
    ...(ref.journal ? { isPartOf: { '@type': 'Periodical', name: ref.journal } } : {}),
    ...(ref.publisher ? { publisher: { '@type': 'Organization', name: ref.publisher } } : {}),
    ...(url ? { url } : {}),
    ...(ref.doi ? { identifier: `doi:${ref.doi}` } : {}),
  };
}

export interface ArticleJsonLdInput {
  url: string;
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  reviewedDate?: Date;
  imageUrl?: string;
  author: PersonInput;
  reviewer?: PersonInput;
  references: readonly ReferenceData[];
  topics: readonly string[];
  publisher: { name: string; url: string; logoUrl: string };
}

/** An article as a blog post that is also a medical web page: reviewed, dated and sourced. */
export function buildArticleJsonLd(input: ArticleJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': ['BlogPosting', 'MedicalWebPage'],
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.title,
    description: input.description,
    datePublished: isoDay(input.pubDate),
    dateModified: isoDay(input.updatedDate ?? input.pubDate),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    author: person(input.author),
    ...(input.reviewer ? { reviewedBy: person(input.reviewer) } : {}),
    ...(input.reviewedDate ? { lastReviewed: isoDay(input.reviewedDate) } : {}),
    about: input.topics.map((name) => ({ '@type': 'Thing', name })),
    citation: input.references.map(citation),
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url, logo: input.publisher.logoUrl },
    inLanguage: 'en',
  };
}
