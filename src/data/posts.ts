/**
 * The one place pages get posts from: applies the publish rule and computes related posts once
 * per build. Astro-specific glue; the logic itself lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst, isPublished } from '../lib/posts.ts';
import { readMarkdown, type MarkdownFacts } from '../lib/markdown-facts.ts';
import { computeRelatedPosts, type RelatedPost } from '../lib/related-posts.ts';
import { site } from '../site.config.ts';
import { alternatesOf, type Alternate } from '../lib/translations.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/locales.ts';

export type Post = CollectionEntry<'posts'>;

/** The build's clock: which posts are published, and which corrections are still recent. */
export const buildTime = new Date();
const context = { now: buildTime, isDev: import.meta.env.DEV };

let cachedPosts: Promise<Post[]> | undefined;
/** Posts of every language visible on this build (drafts and scheduled posts only under `astro dev`), newest first. */
export function getAllVisiblePosts(): Promise<Post[]> {
  cachedPosts ??= getCollection('posts', (entry) => isPublished(entry.data, context)).then((posts) =>
    posts.sort((a, b) => compareNewestFirst({ id: a.id, pubDate: a.data.pubDate }, { id: b.id, pubDate: b.data.pubDate })),
  );
  return cachedPosts;
}

const byLanguage = new Map<Lang, Promise<Post[]>>();
/** Visible posts written in `lang`, newest first: what that language's lists, feeds and neighbours show. */
export function getVisiblePosts(lang: Lang = DEFAULT_LANG): Promise<Post[]> {
  let found = byLanguage.get(lang);
  if (!found) byLanguage.set(lang, (found = getAllVisiblePosts().then((posts) => posts.filter((post) => post.data.lang === lang))));
  return found;
}

let cachedAlternates: Promise<Map<string, Alternate[]>> | undefined;
/** The language versions of each visible post that has any (itself included), by post id. */
export function getAlternates(): Promise<Map<string, Alternate[]>> {
  cachedAlternates ??= getAllVisiblePosts().then((posts) => {
    const versions = posts.map((post) => ({ id: post.id, lang: post.data.lang, translationOf: post.data.translationOf }));
    return new Map(
      versions.flatMap((version) => {
        const found = alternatesOf(version, versions);
        return found.length > 1 ? [[version.id, found] as const] : [];
      }),
    );
  });
  return cachedAlternates;
}

const factsById = new Map<string, MarkdownFacts>();
/** What the page shows from a post's Markdown (words, headings, citations), read once per build. */
export function getPostFacts(post: Post): MarkdownFacts {
  let facts = factsById.get(post.id);
  if (!facts) factsById.set(post.id, (facts = readMarkdown(post.body ?? '', { mdx: post.filePath?.endsWith('.mdx') })));
  return facts;
}

let cachedRelated: Promise<Map<string, RelatedPost[]>> | undefined;
/** Related posts for every visible post, among posts of its own language, computed once. */
export function getRelatedMap(): Promise<Map<string, RelatedPost[]>> {
  cachedRelated ??= Promise.all(LANGS.map((lang) => getVisiblePosts(lang).then(relatedAmong))).then((maps) => new Map(maps.flatMap((map) => [...map])));
  return cachedRelated;
}

function relatedAmong(posts: Post[]): Map<string, RelatedPost[]> {
  return computeRelatedPosts(
    posts.map((post) => ({
      id: post.id,
      title: post.data.title,
      description: post.data.description,
      // Section headings (## and ###) weigh more than body text.
      headings: getPostFacts(post)
        .headings.filter((heading) => heading.depth === 2 || heading.depth === 3)
        .map((heading) => heading.text),
      body: getPostFacts(post).plainText,
      topics: post.data.topics.map((topic) => topic.id),
      pubDate: post.data.pubDate,
      draft: post.data.draft,
    })),
    { now: buildTime, limit: site.relatedPostsCount },
  );
}

let cachedById: Promise<Map<string, Post>> | undefined;
/** Visible posts by id, built once per build rather than once per page. */
export function getPostsById(): Promise<Map<string, Post>> {
  cachedById ??= getAllVisiblePosts().then((posts) => new Map(posts.map((post) => [post.id, post])));
  return cachedById;
}
