/**
 * Small pure helpers about posts: their id, whether they are published, how long they take to read.
 * They take `now` and `isDev` as arguments so tests never depend on the clock.
 */

export interface PublishableFields {
  draft: boolean;
  pubDate: Date;
}

export interface PublishContext {
  /** The build's clock. */
  now: Date;
  /** `astro dev` shows drafts and scheduled posts so editors can preview them. */
  isDev: boolean;
}

/** The one rule for "is this post on the public site". */
export function isPublished(post: PublishableFields, { now, isDev }: PublishContext): boolean {
  if (isDev) return true;
  return !post.draft && post.pubDate.getTime() <= now.getTime();
}

/** Why a post is left out of a production build, or undefined when it is published. */
export function whyUnpublished(post: PublishableFields, now: Date): 'draft' | 'scheduled' | undefined {
  if (post.draft) return 'draft';
  if (post.pubDate.getTime() > now.getTime()) return 'scheduled';
  return undefined;
}

/** Newest first; ties by slug so the order never depends on file-system order. */
export function compareNewestFirst(a: { id: string; pubDate: Date }, b: { id: string; pubDate: Date }): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id);
}

export const WORDS_PER_MINUTE = 225;

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return matches ? matches.length : 0;
}

/** Whole minutes to read a post's words (MarkdownFacts.plainText), at least one. */
export function readingTimeMinutes(plainText: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(plainText) / wordsPerMinute));
}
