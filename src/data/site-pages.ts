/**
 * The one place pages get site pages (content/pages) from: the published ones (drafts too under
 * `astro dev`), read once per build, for their own pages and for the footer.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { langOfPath, LOCALE_PATHS, sitePageUrl } from '../lib/routes.ts';
import type { Lang } from '../i18n/index.ts';

export type SitePage = CollectionEntry<'pages'>;

let cached: Promise<SitePage[]> | undefined;

/** Site pages visible on this build. */
export function getVisibleSitePages(): Promise<SitePage[]> {
  cached ??= getCollection('pages', (entry) => import.meta.env.DEV || !entry.data.draft);
  return cached;
}

/**
 * The site pages the footer lists: not a page that sends readers on, top-level (a child page is
 * reached from its parent), in the page's language, by title.
 */
export async function footerPages(lang: Lang): Promise<Array<{ title: string; path: string }>> {
  return (
    (await getVisibleSitePages())
      .filter((page) => !page.data.redirect)
      .map((page) => ({ title: page.data.title, path: sitePageUrl(page.id), id: page.id }))
      // Top-level within the language's own folder (/es/... for Spanish).
      .filter((page) => langOfPath(page.path) === lang && page.id.split('/').length === (LOCALE_PATHS[lang].prefix ? 2 : 1))
      .sort((a, b) => a.title.localeCompare(b.title, lang))
      .map(({ title, path }) => ({ title, path }))
  );
}
