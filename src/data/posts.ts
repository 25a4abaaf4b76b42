/**
 * The one place pages get posts from: applies the publish rule and computes related posts once
 * per build. Astro-specific glue; the logic itself lives in src/lib.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst, isPublished } from '../lib/posts.ts';
import { readMarkdown, type MarkdownFacts } from '../lib/markdown-facts.ts';
import { computeRelatedPosts, type RelatedPost } from '../lib/related-posts.ts';
import { site } from '../site.config.ts';

export type Post = CollectionEntry<'posts'>;

const buildTime = new Date();
const context = { now: buildTime, isDev: import.meta.env.DEV };

let cachedPosts: Promise<Post[]> | undefined;
/** Posts visible on this build (drafts and scheduled posts only under `astro dev`), newest first. */
export function getVisiblePosts(): Promise<Post[]> {
  cachedPosts ??= getCollection('posts', (entry) => isPublished(entry.data, context)).then((posts) =>
    posts.sort((a, b) => compareNewestFirst({ id: a.id, pubDate: a.data.pubDate }, { id: b.id, pubDate: b.data.pubDate })),
  );
  return cachedPosts;
}

const factsById = new Map<string, MarkdownFacts>();
/** What the page shows from a post's Markdown (words, headings, citations), read once per build. */
export function getPostFacts(post: Post): MarkdownFacts {
  let facts = factsById.get(post.id);
  if (!facts) factsById.set(post.id, (facts = readMarkdown(post.body ?? '', { mdx: post.filePath?.endsWith('.mdx') })));
  return facts;
}

let cachedRelated: Promise<Map<string, RelatedPost[]>> | undefined;
/** Related posts for every visible post, computed once. */
export function getRelatedMap(): Promise<Map<string, RelatedPost[]>> {
  cachedRelated ??= getVisiblePosts().then((posts) =>
    computeRelatedPosts(
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
    ),
  );
  return cachedRelated;
}

let cachedById: Promise<Map<string, Post>> | undefined;
/** Visible posts by id, built once per build rather than once per page. */
export function getPostsById(): Promise<Map<string, Post>> {
  cachedById ??= getVisiblePosts().then((posts) => new Map(posts.map((post) => [post.id, post])));
  return cachedById;
}
