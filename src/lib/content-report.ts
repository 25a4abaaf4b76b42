/**
 * What the content pipeline tells the build steps that run after the content is loaded
 * (preview cards, redirects, sitemap, the publishing summary). Written by the collections'
 * loaders (src/loaders/content-pipeline.ts) into Astro's cache folder, read from there.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lastModified } from './feed.ts';
import { normaliseAlias, postUrl, sitePageUrl } from './routes.ts';
import { alternatesOf, sitePageVersions } from './translations.ts';
import type { Lang } from '../i18n/locales.ts';

export interface PublishedPostSummary {
  id: string;
  file: string;
  title: string;
  /** Name of the post's first topic, the preview card's eyebrow. */
  topicName: string;
  aliases: string[];
  lang: Lang;
  /** The original this post translates (its id). */
  translationOf?: string;
  /** ISO timestamps. */
  pubDate: string;
  updatedDate?: string;
}

export interface ContentReport {
  published: PublishedPostSummary[];
  /** People with a GitHub login (content/authors): who may sign a medical review in the editor. */
  signers: Array<{ id: string; name: string; github: string }>;
  /** Published site pages (content/pages): their ids, and where a page the site replaces sends readers. */
  sitePages: Array<{ id: string; redirect?: string; translationOf?: string }>;
  /** "N post(s) published" and one line per draft or scheduled post left out. */
  summary: string[];
  warnings: string[];
  /** Sample people (content/authors) and site pages (content/pages) still marked as placeholders, as `file:line: text`. */
  placeholderPeople: string[];
  /** Topic and author pages that exist in several languages: each group lists every version. */
  pageVersions: { lang: Lang; path: string }[][];
}

export const CONTENT_REPORT_FILE = 'content-report.json';

/** The report of the last content load in `cacheDir`. */
export function readContentReport(cacheDir: string): ContentReport {
  return JSON.parse(readFileSync(join(cacheDir, CONTENT_REPORT_FILE), 'utf8')) as ContentReport;
}

/** What the sitemap needs, read again only when the report file changes (once per build). */
export interface SitemapFacts {
  aliasPaths: Set<string>;
  lastModified: Map<string, Date>;
  /** The language versions of each article, topic and author page that has any, by its path. */
  alternates: Map<string, ReadonlyArray<{ lang: Lang; path: string }>>;
}

export function contentReportReader(cacheDir: URL): () => SitemapFacts {
  const folder = fileURLToPath(cacheDir);
  let seen: number | undefined;
  let value: SitemapFacts | undefined;
  return () => {
    const changed = statSync(join(folder, CONTENT_REPORT_FILE)).mtimeMs;
    if (changed !== seen || !value) {
      const { published, pageVersions, sitePages = [] } = readContentReport(folder);
      seen = changed;
      value = {
        // Old addresses and pages that send readers on are not pages to list.
        aliasPaths: new Set([
          ...published.flatMap((post) => post.aliases.map(normaliseAlias)),
          ...sitePages.filter((page) => page.redirect).map((page) => sitePageUrl(page.id)),
        ]),
        lastModified: lastModified(
          published.map((post) => ({
            id: post.id,
            data: { lang: post.lang, pubDate: new Date(post.pubDate), updatedDate: post.updatedDate ? new Date(post.updatedDate) : undefined },
          })),
        ),
        alternates: new Map([
          ...published.flatMap((post) => {
            const versions = alternatesOf(post, published);
            return versions.length > 1 ? [[postUrl(post.id, post.lang), versions] as const] : [];
          }),
          ...pageVersions.flatMap((group) => group.map((version) => [version.path, group] as const)),
          ...sitePages.flatMap((page) => {
            const versions = sitePageVersions(page, sitePages);
            return versions.length > 1 ? [[sitePageUrl(page.id), versions] as const] : [];
          }),
        ]),
      };
    }
    return value;
  };
}
