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
  /** How many posts each term's inverted list keeps (those where the term weighs most). */
  maxPostings?: number;
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

/** Lowercase words of a text; accents are folded only when there are any (the fast path is ASCII). */
function splitWords(text: string): string[] {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower)
    ? lower.split(/[^a-z0-9]+/)
    : lower
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^\p{L}\p{N}]+/u);
}

/** The index term for a lowercase word, or undefined for stop words, short words and numbers. */
function normaliseWord(word: string): string | undefined {
  if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return undefined;
  return stem(word);
}

/** Lowercase words without accents, stop words or plain numbers, with plurals folded. */
export function tokenize(text: string): string[] {
  return splitWords(text).flatMap((word) => normaliseWord(word) ?? []);
}

/** A deliberately light stemmer: folds plurals so "infusions" matches "infusion". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

interface TermVector {
  /** Term ids into the shared dictionary. */
  terms: Int32Array;
  /** L2-normalised BM25 weights, parallel to `terms`. */
  weights: Float64Array;
}

interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
  length: number;
}

/** Field-weighted term counts of every post, with terms interned as numbers to keep memory flat. */
function countTerms(posts: readonly RelatedInput[]): { counts: TermCounts[]; vocabularySize: number } {
  const dictionary = new Map<string, number>();
  // Raw word -> term id (-1 for stop words): each distinct word is filtered and stemmed once.
  const wordIds = new Map<string, number>();
  const termId = (word: string): number => {
    let id = wordIds.get(word);
    if (id !== undefined) return id;
    const token = normaliseWord(word);
    if (token === undefined) id = -1;
    else {
      id = dictionary.get(token);
      if (id === undefined) dictionary.set(token, (id = dictionary.size));
    }
    wordIds.set(word, id);
    return id;
  };
  // One scratch array indexed by term id, reset after each post, instead of a Map per post.
  let scratch = new Float64Array(4096);
  const counts = posts.map((post) => {
    const seen: number[] = [];
    let length = 0;
    const add = (text: string, weight: number) => {
      for (const word of splitWords(text)) {
        if (word.length < 3) continue;
        const id = termId(word);
        if (id < 0) continue;
        if (id >= scratch.length) {
          const grown = new Float64Array(scratch.length * 2);
          grown.set(scratch);
          scratch = grown;
        }
        if (scratch[id] === 0) seen.push(id);
        scratch[id]! += weight;
        length += weight;
      }
    };
    add(post.title, FIELD_WEIGHTS.title);
    add(post.description, FIELD_WEIGHTS.description);
    add(post.headings.join(' '), FIELD_WEIGHTS.headings);
    add(post.body, FIELD_WEIGHTS.body);
    seen.sort((a, b) => a - b);
    const entry = { ids: Int32Array.from(seen), counts: Float64Array.from(seen, (id) => scratch[id]!), length };
    for (const id of seen) scratch[id] = 0;
    return entry;
  });
  return { counts, vocabularySize: dictionary.size };
}

/**
 * BM25 weights of each post's strongest terms, L2-normalised. Document frequencies come from
 * the published posts only, so drafts never change anyone else's related posts.
 */
function buildTermVectors(
  counts: readonly TermCounts[],
  published: readonly boolean[],
  vocabularySize: number,
  termsPerPost: number,
): TermVector[] {
  const documentFrequency = new Int32Array(vocabularySize);
  let totalLength = 0;
  let publishedCount = 0;
  counts.forEach((entry, index) => {
    if (!published[index]) return;
    publishedCount += 1;
    totalLength += entry.length;
    for (const id of entry.ids) documentFrequency[id]! += 1;
  });
  const averageLength = totalLength / Math.max(1, publishedCount) || 1;
  // BM25 idf: common terms weigh little; a term no published post uses weighs nothing.
  const idf = Float64Array.from(documentFrequency, (df) =>
    df === 0 ? 0 : Math.log(1 + (publishedCount - df + 0.5) / (df + 0.5)),
  );

  const weights = new Float64Array(Math.max(1, ...counts.map((entry) => entry.ids.length)));
  return counts.map(({ ids, counts: frequencies, length }) => {
    let n = 0;
    const kept = new Int32Array(ids.length);
    const lengthNorm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (idf[id] === 0) continue;
      const frequency = frequencies[i]!;
      weights[n] = (idf[id]! * (frequency * (BM25_K1 + 1))) / (frequency + lengthNorm);
      kept[n] = id;
      n += 1;
    }
    // The strongest terms: weight first, term id to break ties (deterministic, no full object sort).
    const order = Array.from({ length: n }, (_, i) => i);
    if (n > termsPerPost) {
      const threshold = Float64Array.from(weights.subarray(0, n)).sort()[n - termsPerPost]!;
      const above = order.filter((i) => weights[i]! >= threshold);
      above.sort((a, b) => weights[b]! - weights[a]! || kept[a]! - kept[b]!);
      order.length = 0;
      order.push(...above.slice(0, termsPerPost));
    } else {
      order.sort((a, b) => weights[b]! - weights[a]! || kept[a]! - kept[b]!);
    }
    // Normalise by the whole vector, not just the kept terms, so dropping weak terms can only
    // lower a similarity (never inflate it) and scores stay comparable between posts.
    let squares = 0;
    for (let i = 0; i < n; i++) squares += weights[i]! * weights[i]!;
    const norm = Math.sqrt(squares) || 1;
    return { terms: Int32Array.from(order, (i) => kept[i]!), weights: Float64Array.from(order, (i) => weights[i]! / norm) };
  });
}

/** Scores are compared after rounding so tiny floating-point noise never reorders ties. */
const round = (value: number) => Math.round(value * 1e9) / 1e9;

interface Scored {
  post: RelatedInput;
  score: number;
  sharedTopics: string[];
}

/** Best first: higher score, then newer, then slug. */
const compareScored = (a: Scored, b: Scored) => b.score - a.score || compareNewestFirst(a.post, b.post);

/**
 * Related posts for every post in `posts` (drafts included, so previews work), choosing
 * only among published posts. Returns a map from post id to its ordered related posts.
 */
export function computeRelatedPosts(
  posts: readonly RelatedInput[],
  options: RelatedOptions,
): Map<string, RelatedPost[]> {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? 0.06;
  const termsPerPost = options.termsPerPost ?? 200;
  const maxPostings = options.maxPostings ?? 64;

  // Canonical order makes every sum and tie-break independent of the caller's order.
  const all = [...posts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const published = all.map((post) => isPublished(post, { now: options.now, isDev: false }));
  const { counts, vocabularySize } = countTerms(all);
  const vectors = buildTermVectors(counts, published, vocabularySize, termsPerPost);

  // Inverted index: term -> published posts that count it among their strongest terms. Each list
  // keeps only the posts where the term weighs most, so a common term never drags in every post.
  const postings = new Map<number, Array<{ post: number; weight: number }>>();
  vectors.forEach((vector, post) => {
    if (!published[post]) return;
    vector.terms.forEach((term, i) => {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ post, weight: vector.weights[i]! });
    });
  });
  const postingArrays = new Map<number, { posts: Int32Array; weights: Float64Array }>();
  for (const [term, list] of postings) {
    if (list.length > maxPostings) {
      list.sort((a, b) => b.weight - a.weight || a.post - b.post);
      list.length = maxPostings;
    }
    postingArrays.set(term, { posts: Int32Array.from(list, (p) => p.post), weights: Float64Array.from(list, (p) => p.weight) });
  }
  postings.clear();

  // Topic index. Posts with the same set of topics get the same topic score, so within such a
  // group only the newest few can ever win a slot on topics alone: keep just those as candidates.
  const postsByTopic = new Map<string, number>();
  const groups = new Map<string, { topics: readonly string[]; newest: number[] }>();
  const newestFirst = all.map((_, index) => index).filter((index) => published[index]);
  newestFirst.sort((a, b) => compareNewestFirst(all[a]!, all[b]!));
  const shortlist = 2 * limit + 1;
  for (const index of newestFirst) {
    const topics = [...new Set(all[index]!.topics)].sort();
    for (const topic of topics) postsByTopic.set(topic, (postsByTopic.get(topic) ?? 0) + 1);
    const key = topics.join('\u0000');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { topics, newest: [] }));
    if (group.newest.length < shortlist) group.newest.push(index);
  }
  const publishedCount = newestFirst.length;
  const rarity = new Map([...postsByTopic].map(([topic, count]) => [topic, Math.log(1 + publishedCount / count)]));
  const topicRarity = (topic: string) => rarity.get(topic) ?? Math.log(1 + publishedCount);
  const newestTime = newestFirst.length ? all[newestFirst[0]!]!.pubDate.getTime() : 0;
  const recencyOf = Float64Array.from(all, (post) =>
    Math.pow(0.5, Math.max(0, newestTime - post.pubDate.getTime()) / DAY_MS / RECENCY_HALF_LIFE_DAYS),
  );
  const groupList = [...groups.values()];

  // Topics as small integers, so the hot loop compares numbers instead of strings.
  const topicIndex = new Map<string, number>();
  const topicIndexes = all.map((post) =>
    Int32Array.from(new Set(post.topics), (topic) => {
      let index = topicIndex.get(topic);
      if (index === undefined) topicIndex.set(topic, (index = topicIndex.size));
      return index;
    }),
  );
  const rarityByIndex = Float64Array.from(topicIndex.keys(), topicRarity);
  const ownTopicFlags = new Uint8Array(topicIndex.size);
  const textScores = new Float64Array(all.length);
  const result = new Map<string, RelatedPost[]>();
  all.forEach((post, self) => {
    const touched: number[] = [];
    const vector = vectors[self]!;
    for (let i = 0; i < vector.terms.length; i++) {
      const list = postingArrays.get(vector.terms[i]!);
      if (!list) continue;
      const own = vector.weights[i]!;
      for (let j = 0; j < list.posts.length; j++) {
        const other = list.posts[j]!;
        if (other === self) continue;
        if (textScores[other] === 0) touched.push(other);
        textScores[other]! += list.weights[j]! * own;
      }
    }
    const ownTopics = new Set(post.topics);
    const ownTopicWeight = [...ownTopics].reduce((sum, topic) => sum + topicRarity(topic), 0) || 1;
    for (const t of topicIndexes[self]!) ownTopicFlags[t] = 1;
    const sameTopic: number[] = [];
    for (const group of groupList) {
      if (!group.topics.some((topic) => ownTopics.has(topic))) continue;
      for (const index of group.newest) if (index !== self) sameTopic.push(index);
    }

    const score = (index: number): Scored => {
      const other = all[index]!;
      const sharedTopics = other.topics.filter((topic) => ownTopics.has(topic));
      return { post: other, sharedTopics, score: combinedScore(index) };
    };
    const combinedScore = (index: number) => {
      let topicWeight = 0;
      const topics = topicIndexes[index]!;
      for (let t = 0; t < topics.length; t++) if (ownTopicFlags[topics[t]!]) topicWeight += rarityByIndex[topics[t]!]!;
      return round(
        RELATED_WEIGHTS.text * textScores[index]! +
          (RELATED_WEIGHTS.topics * topicWeight) / ownTopicWeight +
          RELATED_WEIGHTS.recency * recencyOf[index]!,
      );
    };
    // Keep only the best `limit` candidates: a short insertion list instead of a full sort, and a
    // cheap upper bound skips candidates whose text score cannot reach the current last place.
    const best: Scored[] = [];
    const consider = (index: number) => {
      const floor = best.length === limit ? best[limit - 1]!.score : minScore;
      if (combinedScore(index) < floor) return;
      const item = score(index);
      if (best.length === limit && compareScored(item, best[limit - 1]!) >= 0) return;
      let at = best.length;
      while (at > 0 && compareScored(item, best[at - 1]!) < 0) at -= 1;
      best.splice(at, 0, item);
      if (best.length > limit) best.pop();
    };
    // Hot loop: a cheap text-only bound first; full scoring only for candidates that could place.
    const topicFactor = RELATED_WEIGHTS.topics / ownTopicWeight;
    for (let c = 0; c < touched.length; c++) {
      const index = touched[c]!;
      const floor = best.length === limit ? best[limit - 1]!.score : minScore;
      let topicWeight = 0;
      const topics = topicIndexes[index]!;
      for (let t = 0; t < topics.length; t++) if (ownTopicFlags[topics[t]!]) topicWeight += rarityByIndex[topics[t]!]!;
      const estimate =
        RELATED_WEIGHTS.text * textScores[index]! + topicFactor * topicWeight + RELATED_WEIGHTS.recency * recencyOf[index]!;
      if (estimate < floor - 1e-6) continue;
      consider(index);
    }
    // Same-topic posts with no shared strong term (those sharing one were considered above).
    for (const index of sameTopic) if (textScores[index] === 0) consider(index);

    const chosen: RelatedPost[] = [];
    const taken = new Set<string>([post.id]);
    const take = (item: RelatedPost) => {
      chosen.push({ ...item, score: Math.round(item.score * 1e4) / 1e4 });
      taken.add(item.id);
    };
    for (const item of best) take({ id: item.post.id, score: item.score, reason: 'similar', fallback: false, sharedTopics: item.sharedTopics });
    // Too few truly related posts: fill from the same topics, then from the newest posts.
    if (chosen.length < limit) {
      sameTopic.sort((a, b) => compareNewestFirst(all[a]!, all[b]!));
      for (const index of sameTopic) {
        if (chosen.length >= limit) break;
        const other = all[index]!;
        if (taken.has(other.id)) continue;
        const item = score(index);
        take({ id: other.id, score: item.score, reason: 'same-topic', fallback: true, sharedTopics: item.sharedTopics });
      }
    }
    for (const index of newestFirst) {
      if (chosen.length >= limit) break;
      const other = all[index]!;
      if (taken.has(other.id)) continue;
      take({ id: other.id, score: 0, reason: 'recent', fallback: true, sharedTopics: [] });
    }
    for (const index of touched) textScores[index] = 0;
    for (const t of topicIndexes[self]!) ownTopicFlags[t] = 0;
    result.set(post.id, chosen);
  });
  return result;
}
