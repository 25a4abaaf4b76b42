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

/** Node ids: each thing is described once in a page's graph and referred to by its id. */
const personId = (person: PersonInput) => `${person.url}#person`;
const organizationId = (siteUrl: string) => `${siteUrl.replace(/\/$/, '')}/#organization`;

function person(input: PersonInput): JsonLd {
  return {
    '@type': 'Person',
    '@id': personId(input),
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
  /** BCP 47 tag of the article's language, e.g. es-US. */
  inLanguage?: string;
  /** The same article in other languages: this one translates the original, or is translated by the others. */
  translations?: ReadonlyArray<{ url: string; inLanguage: string; relation: 'translationOfWork' | 'workTranslation' }>;
  pubDate: Date;
  updatedDate?: Date;
  reviewedDate?: Date;
  imageUrl?: string;
  author: PersonInput;
  reviewer?: PersonInput;
  references: readonly ReferenceData[];
  topics: readonly string[];
  publisher: { name: string; url: string; logoUrl: string };
  /** The trail shown above the title; it joins the graph as the page's breadcrumb. */
  breadcrumbs?: ReadonlyArray<{ name: string; url: string }>;
}

/**
 * An article as one graph, one type per node (several consumers read only one type a node):
 * the MedicalWebPage (reviewed, dated) whose main entity is the BlogPosting (headline, author,
 * sources), the people, the publishing Organization and the BreadcrumbList, linked by `@id`.
 */
export function buildArticleJsonLd(input: ArticleJsonLdInput): JsonLd {
  const pageId = `${input.url}#webpage`;
  const articleId = `${input.url}#article`;
  const breadcrumbId = `${input.url}#breadcrumb`;
  const people = [input.author, ...(input.reviewer && input.reviewer.url !== input.author.url ? [input.reviewer] : [])];
  const webPage: JsonLd = {
    '@type': 'MedicalWebPage',
    '@id': pageId,
    url: input.url,
    name: input.title,
    description: input.description,
    datePublished: isoDay(input.pubDate),
    dateModified: isoDay(input.updatedDate ?? input.pubDate),
    ...(input.reviewer ? { reviewedBy: { '@id': personId(input.reviewer) } } : {}),
    ...(input.reviewedDate ? { lastReviewed: isoDay(input.reviewedDate) } : {}),
    about: input.topics.map((name) => ({ '@type': 'Thing', name })),
    mainEntity: { '@id': articleId },
    ...(input.breadcrumbs ? { breadcrumb: { '@id': breadcrumbId } } : {}),
    publisher: { '@id': organizationId(input.publisher.url) },
    inLanguage: input.inLanguage ?? 'en-US',
  };
  const translationOf = input.translations?.find((entry) => entry.relation === 'translationOfWork');
  const translatedAs = input.translations?.filter((entry) => entry.relation === 'workTranslation') ?? [];
  const article: JsonLd = {
    '@type': 'BlogPosting',
    '@id': articleId,
    mainEntityOfPage: { '@id': pageId },
    url: input.url,
    headline: input.title,
    description: input.description,
    datePublished: isoDay(input.pubDate),
    dateModified: isoDay(input.updatedDate ?? input.pubDate),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    author: { '@id': personId(input.author) },
    publisher: { '@id': organizationId(input.publisher.url) },
    about: input.topics.map((name) => ({ '@type': 'Thing', name })),
    citation: input.references.map(citation),
    inLanguage: input.inLanguage ?? 'en-US',
    ...(translationOf ? { translationOfWork: { '@id': `${translationOf.url}#article`, '@type': 'BlogPosting', inLanguage: translationOf.inLanguage } } : {}),
    ...(translatedAs.length
      ? { workTranslation: translatedAs.map((entry) => ({ '@id': `${entry.url}#article`, '@type': 'BlogPosting', inLanguage: entry.inLanguage })) }
      : {}),
  };
  const organization: JsonLd = {
    '@type': 'Organization',
    '@id': organizationId(input.publisher.url),
    name: input.publisher.name,
    url: input.publisher.url,
    logo: input.publisher.logoUrl,
  };
  const breadcrumb = input.breadcrumbs ? [{ ...breadcrumbList(input.breadcrumbs), '@id': breadcrumbId }] : [];
  return { '@context': 'https://schema.org', '@graph': [webPage, article, ...people.map(person), organization, ...breadcrumb] };
}

function breadcrumbList(items: ReadonlyArray<{ name: string; url: string }>): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

export function buildBreadcrumbJsonLd(items: ReadonlyArray<{ name: string; url: string }>): JsonLd {
  return { '@context': 'https://schema.org', ...breadcrumbList(items) };
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
  /** Language of the page that describes the clinic, e.g. es-US. */
  inLanguage?: string;
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
    ...(clinic.inLanguage ? { inLanguage: clinic.inLanguage } : {}),
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
