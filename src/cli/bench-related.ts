/**
 * `npm run bench:related -- [N]`: times related-posts scoring for N synthetic posts (default 10,000).
 * Prints figures; never asserts them (budgets live in the benchmark, not in tests).
 */
import { computeRelatedPosts, type RelatedInput } from '../lib/related-posts.ts';
import { random } from './synthetic-content.ts';

const TOPICS = ['depression', 'bipolar-disorder', 'ptsd', 'anxiety', 'safety', 'treatment', 'science', 'research'];
// A vocabulary with a long tail, like real prose: a few common words, many rare ones.
const VOCABULARY = Array.from({ length: 6000 }, (_, i) => `term${i.toString(36)}`);

export function syntheticPosts(count: number, seed = 42): RelatedInput[] {
  const next = random(seed);
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * Math.pow(next(), 2.2))]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `post-${i}`,
    title: words(7),
    description: words(20),
    headings: Array.from({ length: 5 }, () => words(4)),
    body: words(800 + Math.floor(next() * 400)),
    topics: [...new Set([TOPICS[Math.floor(next() * TOPICS.length)]!, TOPICS[Math.floor(next() * TOPICS.length)]!])],
    pubDate: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000),
    draft: next() < 0.02,
  }));
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 10_000);
  const posts = syntheticPosts(count);
  const started = performance.now();
  const related = computeRelatedPosts(posts, { now: new Date('2026-11-27T00:00:00Z') });
  const elapsed = performance.now() - started;
  const fallbacks = [...related.values()].flat().filter((item) => item.fallback).length;
  console.log(`related posts: ${count} posts scored in ${(elapsed / 1000).toFixed(2)} s (${((elapsed / count) * 1000).toFixed(0)} µs per post)`);
  console.log(`fallback slots: ${fallbacks} of ${[...related.values()].flat().length}; peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}
