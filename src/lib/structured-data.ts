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

export function buildBreadcrumbJsonLd(items: ReadonlyArray<{ name: string; url: string }>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Monday to Friday", "Mon-Fri", "Saturday, Sunday" -> schema.org day names; [] if not understood. */
export function parseDays(text: string): string[] {
  const dayOf = (word: string) => DAYS.findIndex((day) => day.toLowerCase().startsWith(word.trim().toLowerCase().slice(0, 3)) && word.trim().length >= 3);
  const range = /^\s*(\w+)\s*(?:to|-|–|through)\s*(\w+)\s*$/i.exec(text);
  if (range) {
    const [from, to] = [dayOf(range[1]!), dayOf(range[2]!)];
    if (from < 0 || to < 0) return [];
    const days: string[] = [];
    for (let i = from; ; i = (i + 1) % 7) {
      days.push(DAYS[i]!);
      if (i === to) break;
    }
    return days;
  }
  const parts = text.split(/,|\band\b/).map(dayOf);
  return parts.every((index) => index >= 0) ? parts.map((index) => DAYS[index]!) : [];
}

export interface ClinicInput {
  name: string;
  url: string;
  logoUrl: string;
  description: string;
  telephone: string;
  email?: string;
  address: { street: string; city: string; region: string; postalCode: string; country: string };
  hours: ReadonlyArray<{ days: string; opens?: string; closes?: string }>;
}

/** The clinic as a MedicalClinic: name, address, phone, opening hours, logo. */
export function buildClinicJsonLd(clinic: ClinicInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${clinic.url.replace(/\/$/, '')}/#clinic`,
    name: clinic.name,
    url: clinic.url,
    logo: clinic.logoUrl,
    image: clinic.logoUrl,
    description: clinic.description,
    telephone: clinic.telephone,
    ...(clinic.email ? { email: clinic.email } : {}),
    address: {
      '@type': 'PostalAddress',
      streetAddress: clinic.address.street,
      addressLocality: clinic.address.city,
      addressRegion: clinic.address.region,
      postalCode: clinic.address.postalCode,
      addressCountry: clinic.address.country,
    },
    openingHoursSpecification: clinic.hours.flatMap((entry) => {
      const dayOfWeek = parseDays(entry.days);
      if (!entry.opens || !entry.closes || dayOfWeek.length === 0) return [];
      return [{ '@type': 'OpeningHoursSpecification', dayOfWeek, opens: entry.opens, closes: entry.closes }];
    }),
  };
}
