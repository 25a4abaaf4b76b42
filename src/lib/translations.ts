/**
 * Which posts are versions of one article, and which site pages versions of one page: an original
 * and the translations that name it with `translationOf`. Only posts that are published together are linked (a draft translation is not
 * offered to readers, nor announced to search engines).
 */
import { LOCALES, type Lang } from '../i18n/locales.ts';
import { langOfPath, postUrl, sitePageUrl } from './routes.ts';

export interface Versioned {
  id: string;
  lang: Lang;
  translationOf?: string;
}

export interface Alternate {
  lang: Lang;
  /** BCP 47 tag for hreflang, e.g. es-US. */
  hreflang: string;
  path: string;
  id: string;
}

/**
 * An original and its translations among `items` (itself included): originals first, one per
 * language. Articles and site pages alike; they differ only in where their language is read.
 */
function versionsOf<T extends { id: string; translationOf?: string }>(item: T, items: readonly T[], langOf: (version: T) => Lang): T[] {
  const originalId = item.translationOf ?? item.id;
  const seen = new Set<Lang>();
  return items
    .filter((other) => other.id === originalId || other.translationOf === originalId)
    .sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)) || langOf(a).localeCompare(langOf(b)))
    .filter((version) => !seen.has(langOf(version)) && seen.add(langOf(version)));
}

/** Every language version of `post` among `posts` (itself included), original first. */
export function alternatesOf(post: Versioned, posts: readonly Versioned[]): Alternate[] {
  return versionsOf(post, posts, (version) => version.lang).map((version) => ({
    lang: version.lang,
    hreflang: LOCALES[version.lang].tag,
    path: postUrl(version.id, version.lang),
    id: version.id,
  }));
}

/** The language versions of a site page (itself included), original first; its language is its address's. */
export function sitePageVersions(page: { id: string; translationOf?: string }, pages: ReadonlyArray<{ id: string; translationOf?: string }>) {
  return versionsOf(page, pages, (version) => langOfPath(sitePageUrl(version.id))).map((version) => ({
    lang: langOfPath(sitePageUrl(version.id)),
    path: sitePageUrl(version.id),
  }));
}
