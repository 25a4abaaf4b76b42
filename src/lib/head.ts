/**
 * Head tags as plain data, rendered by one component (components/seo/Head.astro):
 * title, description, canonical URL, Open Graph and X cards.
 */
import { previewImageUrl } from './routes.ts';
export interface HeadInput {
  /** Page title without the brand; undefined for the home page. */
  title?: string;
  description: string;
  /** Path of the page, e.g. /blog/my-post/. */
  path: string;
  siteName: string;
  siteUrl: string;
  locale?: string;
  /**
   * The page in every language it exists in (itself included), as `hreflang` tag and path:
   * written as alternate links, `og:locale:alternate`, and x-default for the default language.
   */
  alternates?: ReadonlyArray<{ hreflang: string; path: string; isDefault?: boolean }>;
  noindex?: boolean;
  /** Preview image path on this site (1200x630 PNG), e.g. /og/my-post.png. */
  image?: { path: string; alt: string };
  /** Present on articles: turns the page into an `og:type` article. */
  article?: { publishedTime: Date; modifiedTime?: Date; section?: string; tags: readonly string[] };
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export interface HeadData {
  title: string;
  /** Absent on pages that must not be indexed (such as the 404 page, whose URL varies). */
  canonical?: string;
  meta: MetaTag[];
  /** `<link rel="alternate" hreflang>` of each language version, plus x-default. */
  alternates: { hreflang: string; href: string }[];
}

/** Absolute URL on this site with the site's trailing-slash policy (folders end in "/"). */
export function absoluteUrl(path: string, siteUrl: string): string {
  const url = new URL(path, siteUrl);
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

export function buildHead(input: HeadInput): HeadData {
  const title = input.title ? `${input.title} | ${input.siteName}` : input.siteName;
  const canonical = input.noindex ? undefined : absoluteUrl(input.path, input.siteUrl);
  const meta: MetaTag[] = [{ name: 'description', content: input.description }];
  if (input.noindex) meta.push({ name: 'robots', content: 'noindex' });

  const versions = input.noindex ? [] : (input.alternates ?? []);
  const others = versions.filter((version) => version.hreflang !== (input.locale ?? 'en-US'));
  const byDefault = versions.find((version) => version.isDefault);
  const alternates =
    versions.length > 1
      ? [
          ...versions.map((version) => ({ hreflang: version.hreflang, href: absoluteUrl(version.path, input.siteUrl) })),
          ...(byDefault ? [{ hreflang: 'x-default', href: absoluteUrl(byDefault.path, input.siteUrl) }] : []),
        ]
      : [];

  const image = input.image ?? { path: previewImageUrl(), alt: `${input.siteName}: ${input.description}` };
  const imageUrl = absoluteUrl(image.path, input.siteUrl);
  meta.push(
    { property: 'og:type', content: input.article ? 'article' : 'website' },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: (input.locale ?? 'en-US').replace('-', '_') },
    ...others.map((other) => ({ property: 'og:locale:alternate', content: other.hreflang.replace('-', '_') })),
    { property: 'og:title', content: input.title ?? input.siteName },
    { property: 'og:description', content: input.description },
    ...(canonical ? [{ property: 'og:url', content: canonical }] : []),
    { property: 'og:image', content: imageUrl },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: input.title ?? input.siteName },
    { name: 'twitter:description', content: input.description },
    { name: 'twitter:image', content: imageUrl },
    { name: 'twitter:image:alt', content: image.alt },
  );
  if (input.article) {
    const day = (date: Date) => date.toISOString();
    meta.push(
      { property: 'article:published_time', content: day(input.article.publishedTime) },
      { property: 'article:modified_time', content: day(input.article.modifiedTime ?? input.article.publishedTime) },
      ...(input.article.section ? [{ property: 'article:section', content: input.article.section }] : []),
      ...input.article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  return { title, canonical, meta, alternates };
}
