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

/** Every language version of `post` among `posts` (itself included), original first. */
export function alternatesOf(post: Versioned, posts: readonly Versioned[]): Alternate[] {
  const originalId = post.translationOf ?? post.id;
  const family = posts.filter((other) => other.id === originalId || other.translationOf === originalId);
  const seen = new Set<Lang>();
  return family
    .sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)) || a.lang.localeCompare(b.lang))
    .filter((version) => !seen.has(version.lang) && seen.add(version.lang))
    .map((version) => ({ lang: version.lang, hreflang: LOCALES[version.lang].tag, path: postUrl(version.id, version.lang), id: version.id }));
}

/** The language versions of a site page (itself included), originals first; one entry when it has none. */
export function sitePageVersions(page: { id: string; translationOf?: string }, pages: ReadonlyArray<{ id: string; translationOf?: string }>) {
  const originalId = page.translationOf ?? page.id;
  const seen = new Set<Lang>();
  return pages
    .filter((other) => other.id === originalId || other.translationOf === originalId)
    .sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)))
    .map((version) => ({ lang: langOfPath(sitePageUrl(version.id)), path: sitePageUrl(version.id) }))
    .filter((version) => !seen.has(version.lang) && seen.add(version.lang));
}
