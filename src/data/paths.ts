/**
 * The pages each language has, for the thin route files in src/pages (English) and
 * src/pages/<lang>/ (other languages): one function per page type, called with the language.
 */
import type { PaginateFunction } from 'astro';
import { getCollection } from 'astro:content';
import { buildTime, getAlternates, getPostsById, getRelatedMap, getVisiblePosts } from './posts.ts';
import { recentCorrection } from '../lib/changes.ts';
import { hasPageIn } from './taxonomy.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { POSTS_PER_PAGE } from '../lib/routes.ts';
import { site } from '../site.config.ts';
import type { Lang } from '../i18n/locales.ts';

/** Article pages of one language. */
export async function articlePaths(lang: Lang) {
  const [posts, related, postsById, authors, topics, alternates] = await Promise.all([
    getVisiblePosts(lang),
    getRelatedMap(),
    getPostsById(),
    getCollection('authors'),
    getCollection('topics'),
    getAlternates(),
  ]);
  const year = new Date().getUTCFullYear();
  return posts.map((post, index) => {
    const relatedHere = related.get(post.id) ?? [];
    return {
      params: { slug: post.id },
      props: { post },
      // Incremental builds reuse this page only if nothing it shows has changed: the code that
      // renders it (the build's fingerprint covers all of it, Markdown plugins included), the post, the
      // posts it links to, its translations, the people and topics it names, the site settings and
      // the footer year. Related posts count by what the page shows (which posts, and why), not by
      // their scores, which shift a little whenever any article's wording changes.
      cacheKey: pageCacheKey([
        import.meta.env.BUILD_FINGERPRINT,
        post,
        relatedHere.map(({ id, reason, fallback }) => [postsById.get(id), reason, fallback]),
        posts[index - 1],
        posts[index + 1],
        alternates.get(post.id),
        // A recent correction is noted at the top until CORRECTION_NOTICE_DAYS have passed.
        recentCorrection(post.data.changes, buildTime),
        // A translation shows its original's review until it has its own.
        post.data.translationOf ? postsById.get(post.data.translationOf) : undefined,
        authors.filter((person) => person.id === post.data.author.id || person.id === post.data.reviewer?.id),
        topics,
        site,
        year,
      ]),
    };
  });
}

/** The article list of one language, POSTS_PER_PAGE to a page. */
export async function articleListPaths(lang: Lang, paginate: PaginateFunction) {
  return paginate(await getVisiblePosts(lang), { pageSize: POSTS_PER_PAGE });
}

/** Topic pages of one language: every topic that has words in it. */
export async function topicPaths(lang: Lang) {
  const topics = await getCollection('topics');
  return topics.filter((topic) => hasPageIn(topic, lang)).map((topic) => ({ params: { topic: topic.id }, props: { topic } }));
}

/** Author pages of one language: everyone whose role and bio are written in it. */
export async function authorPaths(lang: Lang) {
  const authors = await getCollection('authors');
  return authors.filter((author) => hasPageIn(author, lang)).map((author) => ({ params: { author: author.id }, props: { author } }));
}
