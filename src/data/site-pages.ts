/**
 * The site pages (content/pages) readers can open, for the footer: published, not a page that
 * sends readers on, top-level (a child page is reached from its parent), in the page's language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { langOfPath, LOCALE_PATHS, sitePageUrl } from '../lib/routes.ts';
import type { Lang } from '../i18n/index.ts';

let cached: Promise<CollectionEntry<'pages'>[]> | undefined;

export async function footerPages(lang: Lang): Promise<Array<{ title: string; path: string }>> {
  cached ??= getCollection('pages', (entry) => (import.meta.env.DEV || !entry.data.draft) && !entry.data.redirect);
  const pages = await cached;
  return (
    pages
      .map((page) => ({ title: page.data.title, path: sitePageUrl(page.id), id: page.id }))
      // Top-level within the language's own folder (/es/... for Spanish).
      .filter((page) => langOfPath(page.path) === lang && page.id.split('/').length === (LOCALE_PATHS[lang].prefix ? 2 : 1))
      .sort((a, b) => a.title.localeCompare(b.title, lang))
      .map(({ title, path }) => ({ title, path }))
  );
}
