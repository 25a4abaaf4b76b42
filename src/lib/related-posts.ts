/**
 * Related posts, computed once per build on plain data.
 *
 * Score = text similarity (BM25-weighted terms, cosine over each post's strongest terms)
 *       + shared topics weighted by how rare the topic is
 *       + a small bonus for recent posts.
 * Candidates come from inverted indexes (term -> posts, topic -> posts), so a post is only
 * compared with posts that share a strong term or a topic, never with every other post.
 */
import { compareNewestFirst, isPublished } from './posts.ts';

export interface RelatedInput {
  id: string;
  title: string;
  description: string;
  headings: readonly string[];
  /** Plain text of the body (see markdownToPlainText). */
  body: string;
  topics: readonly string[];
  pubDate: Date;
  draft: boolean;
}

export type RelatedReason = 'similar' | 'same-topic' | 'recent';

export interface RelatedPost {
  id: string;
  /** Combined score, 0..1 (0 for fallbacks that share nothing). */
  score: number;
  reason: RelatedReason;
  /** True when the post fills a slot because too few posts were truly related. */
  fallback: boolean;
  sharedTopics: string[];
}

export interface RelatedOptions {
  /** The build's clock: posts dated after it are scheduled, not published. */
  now: Date;
  /** How many related posts to return per post. */
  limit?: number;
  /** Below this combined score a candidate is not "truly related". */
  minScore?: number;
  /** How many of a post's strongest terms represent it. */
  termsPerPost?: number;
}

export const RELATED_WEIGHTS = { text: 0.65, topics: 0.3, recency: 0.05 } as const;
const FIELD_WEIGHTS = { title: 3, description: 2, headings: 2, body: 1 } as const;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const RECENCY_HALF_LIFE_DAYS = 365;
const DAY_MS = 86_400_000;

// Function words and words every article on this site uses; they say nothing about similarity.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each even ever every few for from further ' +
    'get gets got had has have having he her here hers herself him himself his how however i if in into is it ' +
    'its itself just like may me might more most much must my myself no nor not now of off often on once only ' +
    'or other our ours ourselves out over own per same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up upon us very was we were what ' +
    'when where which while who whom why will with within without would you your yours yourself yourselves ' +
    'one two three many people person someone something thing things way ways use used using make makes made ' +
    'says said say see seen know known new also well still yet already less least'
  ).split(' '),
);

/** Lowercase words without accents, stop words or plain numbers, with plurals folded. */
export function tokenize(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  const tokens: string[] = [];
  for (const word of words) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    tokens.push(stem(word));
  }
  return tokens;
}

/** A deliberately light stemmer: folds plurals so "infusions" matches "infusion". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

interface TermVector {
  terms: string[];
  weights: Float64Array;
}

function weightedTermFrequencies(post: RelatedInput): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  let length = 0;
  const add = (text: string, weight: number) => {
    for (const token of tokenize(text)) {
      tf.set(token, (tf.get(token) ?? 0) + weight);
      length += weight;
    }
  };
  add(post.title, FIELD_WEIGHTS.title);
  add(post.description, FIELD_WEIGHTS.description);
  add(post.headings.join(' '), FIELD_WEIGHTS.headings);
  add(post.body, FIELD_WEIGHTS.body);
  return { tf, length };
}

/** BM25 term weights per post, truncated to the strongest terms and L2-normalised. */
function buildTermVectors(posts: readonly RelatedInput[], termsPerPost: number): TermVector[] {
  const frequencies = posts.map(weightedTermFrequencies);
  const documentFrequency = new Map<string, number>();
  let totalLength = 0;
  for (const { tf, length } of frequencies) {
    totalLength += length;
    for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const count = posts.length;
  const averageLength = totalLength / Math.max(1, count) || 1;

  return frequencies.map(({ tf, length }) => {
    const scored: Array<[string, number]> = [];
    for (const [term, frequency] of tf) {
      const df = documentFrequency.get(term)!;
      // A term in half the posts or more cannot tell them apart.
      if (count > 2 && df * 2 > count) continue;
      const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      const saturation =
        (frequency * (BM25_K1 + 1)) / (frequency + BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength));
      scored.push([term, idf * saturation]);
    }
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = scored.slice(0, termsPerPost);
    const norm = Math.sqrt(top.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    return { terms: top.map(([term]) => term), weights: Float64Array.from(top, ([, weight]) => weight / norm) };
  });
}

/** Scores are compared after rounding so tiny floating-point noise never reorders ties. */
const round = (value: number) => Math.round(value * 1e9) / 1e9;

/**
 * Related posts for every post in `posts` (drafts included, so previews work), choosing
 * only among published posts. Returns a map from post id to its ordered related posts.
 */
export function computeRelatedPosts(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
): Map<string, RelatedPost[]> {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? 0.12;
  const termsPerPost = options.termsPerPost ?? 40;

  // Canonical order makes every sum and tie-break independent of the caller's order.
  const all = [...posts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const eligible = all.filter((post) => isPublished(post, { now: options.now, isDev: false }));
  const eligibleIndex = new Map(eligible.map((post, index) => [post.id, index]));
  const vectors = buildTermVectors(eligible, termsPerPost);

  // Inverted indexes over published posts only.
  const postingsByTerm = new Map<string, Array<{ post: number; weight: number }>>();
  vectors.forEach((vector, post) => {
    vector.terms.forEach((term, i) => {
      let postings = postingsByTerm.get(term);
      if (!postings) postingsByTerm.set(term, (postings = []));
      postings.push({ post, weight: vector.weights[i]! });
    });
  });
  const postsByTopic = new Map<string, number[]>();
  eligible.forEach((post, index) => {
    for (const topic of post.topics) {
      let list = postsByTopic.get(topic);
      if (!list) postsByTopic.set(topic, (list = []));
      list.push(index);
    }
  });
  const topicRarity = (topic: string) => Math.log(1 + eligible.length / (postsByTopic.get(topic)?.length ?? 1));
  const newest = eligible.reduce((max, post) => Math.max(max, post.pubDate.getTime()), 0);
  const recency = (post: RelatedInput) =>
    Math.pow(0.5, Math.max(0, newest - post.pubDate.getTime()) / DAY_MS / RECENCY_HALF_LIFE_DAYS);
  const newestFirst = [...eligible].sort(compareNewestFirst);

  // Vectors of unpublished posts (drafts being previewed) are built against the published corpus.
  const draftVectors = new Map<string, TermVector>();
  const unpublished = all.filter((post) => !eligibleIndex.has(post.id));
  if (unpublished.length) {
    const extended = buildTermVectors([...eligible, ...unpublished], termsPerPost);
    unpublished.forEach((post, i) => draftVectors.set(post.id, extended[eligible.length + i]!));
  }

  const result = new Map<string, RelatedPost[]>();
  for (const post of all) {
    const selfIndex = eligibleIndex.get(post.id);
    const vector = selfIndex === undefined ? draftVectors.get(post.id)! : vectors[selfIndex]!;
    const textScores = new Map<number, number>();
    vector.terms.forEach((term, i) => {
      for (const { post: other, weight } of postingsByTerm.get(term) ?? []) {
        if (other === selfIndex) continue;
        textScores.set(other, (textScores.get(other) ?? 0) + weight * vector.weights[i]!);
      }
    });
    const ownTopicWeight = post.topics.reduce((sum, topic) => sum + topicRarity(topic), 0) || 1;
    const candidates = new Set<number>(textScores.keys());
    for (const topic of post.topics) for (const other of postsByTopic.get(topic) ?? []) if (other !== selfIndex) candidates.add(other);

    const scored = [...candidates].map((index) => {
      const other = eligible[index]!;
      const sharedTopics = other.topics.filter((topic) => post.topics.includes(topic));
      const topicScore = sharedTopics.reduce((sum, topic) => sum + topicRarity(topic), 0) / ownTopicWeight;
      const score = round(
        RELATED_WEIGHTS.text * (textScores.get(index) ?? 0) +
          RELATED_WEIGHTS.topics * topicScore +
          RELATED_WEIGHTS.recency * recency(other),
      );
      return { post: other, score, sharedTopics };
    });
    scored.sort((a, b) => b.score - a.score || compareNewestFirst(a.post, b.post));

    const chosen: RelatedPost[] = [];
    const taken = new Set<string>([post.id]);
    const take = (item: Omit<RelatedPost, 'score'> & { score: number }) => {
      chosen.push({ ...item, score: Math.round(item.score * 1e4) / 1e4 });
      taken.add(item.id);
    };
    for (const item of scored) {
      if (chosen.length >= limit || item.score < minScore) break;
      take({ id: item.post.id, score: item.score, reason: 'similar', fallback: false, sharedTopics: item.sharedTopics });
    }
    // Too few truly related posts: fill from the same topics, then from the newest posts.
    for (const item of [...scored].filter((s) => s.sharedTopics.length > 0).sort((a, b) => compareNewestFirst(a.post, b.post))) {
      if (chosen.length >= limit) break;
      if (taken.has(item.post.id)) continue;
      take({ id: item.post.id, score: item.score, reason: 'same-topic', fallback: true, sharedTopics: item.sharedTopics });
    }
    for (const other of newestFirst) {
      if (chosen.length >= limit) break;
      if (taken.has(other.id)) continue;
      take({ id: other.id, score: 0, reason: 'recent', fallback: true, sharedTopics: [] });
    }
    result.set(post.id, chosen);
  }
  return result;
}
