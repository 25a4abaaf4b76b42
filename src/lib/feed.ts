import { isUtilityPage, postUrl } from './routes.ts';
import type { Lang } from '../i18n/locales.ts';

/**
 * Feed readers show articles away from the site: every link and image must carry the full
 * address. `pageUrl` is the article's own address (in-page anchors resolve against it).
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html
    .replace(/\b(href|src)="(?![a-z][a-z0-9+.-]*:)([^"]*)"/gi, (_, attribute: string, url: string) => `${attribute}="${new URL(url, pageUrl).href}"`)
    .replace(
      /\bsrcset="([^"]+)"/g,
      (_, set: string) =>
        `srcset="${set
          .split(',')
          .map((part) => {
            const [url, size] = part.trim().split(/\s+/);
            return [url?.startsWith('/') ? new URL(url, pageUrl).href : url, size].filter(Boolean).join(' ');
          })
          .join(', ')}"`,
    );
}

/** Pages that stay out of the sitemap: the 404 page, search, and alias redirects. */
export function includeInSitemap(path: string, aliasPaths: ReadonlySet<string>): boolean {
  if (isUtilityPage(path)) return false;
  return !aliasPaths.has(path);
}

/** When each article last changed: its update date, else its publication date. */
export function lastModified(posts: ReadonlyArray<{ id: string; data: { lang: Lang; pubDate: Date; updatedDate?: Date } }>): Map<string, Date> {
  return new Map(posts.map((post) => [postUrl(post.id, post.data.lang), post.data.updatedDate ?? post.data.pubDate]));
}
