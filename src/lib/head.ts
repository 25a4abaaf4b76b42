/**
 * Head tags as plain data, rendered by one component (components/seo/Head.astro).
 * The sharing issue extends this with Open Graph, X cards and JSON-LD.
 */
export interface HeadInput {
  /** Page title without the brand; undefined for the home page. */
  title?: string;
  description: string;
  /** Path of the page, e.g. /blog/my-post/. */
  path: string;
  siteName: string;
  siteUrl: string;
  noindex?: boolean;
}

export interface HeadData {
  title: string;
  /** Absent on pages that must not be indexed (such as the 404 page, whose URL varies). */
  canonical?: string;
  meta: Array<{ name: string; content: string }>;
}

/** Absolute URL on this site with the site's trailing-slash policy (folders end in "/"). */
export function absoluteUrl(path: string, siteUrl: string): string {
  const url = new URL(path, siteUrl);
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

export function buildHead(input: HeadInput): HeadData {
  const meta = [{ name: 'description', content: input.description }];
  if (input.noindex) meta.push({ name: 'robots', content: 'noindex' });
  return {
    title: input.title ? `${input.title} | ${input.siteName}` : input.siteName,
    canonical: input.noindex ? undefined : absoluteUrl(input.path, input.siteUrl),
    meta,
  };
}
