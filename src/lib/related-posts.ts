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
  /**
   * How many inverted-index entries a post may read when it looks up its strongest terms in
   * other posts (as a "more like this" query does). Small sites stay under it and get exact
   * scores; large ones look up fewer terms.
   */
  postingBudget?: number;
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
// English and Spanish (accents folded, as the text is): posts are only compared within one language,
// so one list serves both.
const STOP_WORDS = new Set(
  (
    'los las del una unos unas por para con sin sobre son ser esta este estos estas esto como mas pero sus ' +
    'que ella ellos ellas usted ustedes nos muy tambien puede pueden hay entre cuando donde porque desde hasta ' +
    'fue han ha tiene tienen otro otra otros otras cada todo toda todos todas ese esa esos esas aun ni les ' +
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

/**
 * Lowercase text in which every character is a word character (a-z, 0-9, or a non-ASCII letter or
 * number) or a separator (anything else in ASCII). Accents are folded only when there are any:
 * the fast path is ASCII.
 */
function foldText(text: string): string {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower)
    ? lower
    : lower
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^\p{L}\p{N}\x00-\x7f]+/gu, ' ');
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code >= 128;

/**
 * Calls `visit` with the bounds and an FNV-1a hash of every word of three or more characters in
 * folded text. Reading character codes (no array of words, no substring per word) keeps this hot
 * path fast over millions of words.
 */
function scanWords(text: string, visit: (start: number, end: number, hash: number) => void): void {
  const end = text.length;
  let i = 0;
  while (i < end) {
    let code = text.charCodeAt(i);
    while (i < end && !isWordChar(code)) code = text.charCodeAt(++i);
    const start = i;
    let hash = 0x811c9dc5 | 0;
    while (i < end && isWordChar(code)) {
      hash = Math.imul(hash ^ code, 16777619);
      code = text.charCodeAt(++i);
    }
    if (i - start >= 3) visit(start, i, hash);
  }
}

/** The index term for a lowercase word, or undefined for stop words, short words and numbers. */
function normaliseWord(word: string): string | undefined {
  if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return undefined;
  return stem(word);
}

/** Lowercase words without accents, stop words or plain numbers, with plurals folded. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const tokens: string[] = [];
  scanWords(folded, (start, end) => {
    const token = normaliseWord(folded.slice(start, end));
    if (token !== undefined) tokens.push(token);
  });
  return tokens;
}

/** A deliberately light stemmer: folds plurals so "infusions" matches "infusion". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

interface TermCounts {
  ids: Int32Array;
  counts: Float64Array;
  length: number;
}

/** Distinct raw words -> term ids, keyed by an FNV-1a hash of their character codes. */
class WordTable {
  private readonly words: string[] = [];
  private readonly termIds: number[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: slot -> 1 + index into `words`, 0 when empty. */
  private slots = new Int32Array(1 << 14);
  readonly dictionary = new Map<string, number>();

  /** The term id of `text[start, end)`, or -1 for stop words, numbers and short words. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return this.learn(text.slice(start, end), hash, slot);
      if (this.hashes[entry] === hash) {
        const known = this.words[entry]!;
        if (known.length === end - start && text.startsWith(known, start)) return this.termIds[entry]!;
      }
    }
  }

  private learn(word: string, hash: number, slot: number): number {
    const token = normaliseWord(word);
    let id = -1;
    if (token !== undefined) {
      id = this.dictionary.get(token) ?? this.dictionary.size;
      this.dictionary.set(token, id);
    }
    this.words.push(word);
    this.termIds.push(id);
    this.hashes.push(hash);
    this.slots[slot] = this.words.length;
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      this.hashes.forEach((known, entry) => {
        let at = known & mask;
        while (this.slots[at] !== 0) at = (at + 1) & mask;
        this.slots[at] = entry + 1;
      });
    }
    return id;
  }
}

/**
 * Field-weighted term counts of every post: a substring is made only once per distinct word
 * (see scanWords and WordTable). Each post's terms come in order of first use, which is
 * deterministic for a given canonical post order.
 */
function countTerms(posts: readonly RelatedInput[]): { counts: TermCounts[]; vocabularySize: number } {
  const table = new WordTable();
  // One scratch array indexed by term id, reset after each post, instead of a Map per post.
  let scratch = new Float64Array(4096);
  const seen: number[] = [];
  const counts: TermCounts[] = [];
  for (const post of posts) {
    seen.length = 0;
    let length = 0;
    const fields: Array<[string, number]> = [
      [post.title, FIELD_WEIGHTS.title],
      [post.description, FIELD_WEIGHTS.description],
      [post.headings.join('\n'), FIELD_WEIGHTS.headings],
      [post.body, FIELD_WEIGHTS.body],
    ];
    for (const [raw, weight] of fields) {
      const text = foldText(raw);
      scanWords(text, (start, end, hash) => {
        const id = table.idOf(text, start, end, hash);
        if (id < 0) return;
        if (id >= scratch.length) {
          const grown = new Float64Array(scratch.length * 2);
          grown.set(scratch);
          scratch = grown;
        }
        if (scratch[id] === 0) seen.push(id);
        scratch[id]! += weight;
        length += weight;
      });
    }
    const ids = Int32Array.from(seen);
    const termCounts = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      termCounts[k] = scratch[ids[k]!]!;
      scratch[ids[k]!] = 0;
    }
    counts.push({ ids, counts: termCounts, length });
  }
  return { counts, vocabularySize: table.dictionary.size };
}

interface TermVectors {
  /** Per post: its strongest terms (ids into the dictionary), in order of first use. */
  terms: Int32Array[];
  /** Per post: BM25 weights parallel to `terms`, divided by the norm of the whole vector. */
  weights: Float64Array[];
}

/**
 * BM25 weights of each post's strongest terms, L2-normalised. Document frequencies come from
 * the published posts only, so drafts never change anyone else's related posts.
 */
function buildTermVectors(counts: readonly TermCounts[], published: readonly boolean[], vocabularySize: number, termsPerPost: number): TermVectors {
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
  const idf = Float64Array.from(documentFrequency, (df) => (df === 0 ? 0 : Math.log(1 + (publishedCount - df + 0.5) / (df + 0.5))));

  const longest = counts.reduce((max, entry) => Math.max(max, entry.ids.length), 1);
  const weights = new Float64Array(longest);
  const kept = new Int32Array(longest);
  const vectors: TermVectors = { terms: [], weights: [] };
  for (const { ids, counts: frequencies, length } of counts) {
    let n = 0;
    let squares = 0;
    const lengthNorm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (idf[id] === 0) continue;
      const frequency = frequencies[i]!;
      const weight = (idf[id]! * (frequency * (BM25_K1 + 1))) / (frequency + lengthNorm);
      weights[n] = weight;
      kept[n] = id;
      squares += weight * weight;
      n += 1;
    }
    // Normalise by the whole vector, not just the kept terms, so dropping weak terms can only
    // lower a similarity (never inflate it) and scores stay comparable between posts.
    const norm = Math.sqrt(squares) || 1;
    const strongest = strongestPositions(weights.subarray(0, n), termsPerPost);
    const terms = new Int32Array(strongest.length);
    const termWeights = new Float64Array(strongest.length);
    for (let i = 0; i < strongest.length; i++) {
      terms[i] = kept[strongest[i]!]!;
      termWeights[i] = weights[strongest[i]!]! / norm;
    }
    vectors.terms.push(terms);
    vectors.weights.push(termWeights);
  }
  return vectors;
}

/**
 * Positions of the `limit` largest values, ascending. Ties at the cut keep the lower positions,
 * so the choice is deterministic without sorting objects.
 */
function strongestPositions(values: Float64Array, limit: number): Int32Array {
  const n = values.length;
  if (n <= limit) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  const threshold = kthLargest(values, limit);
  let tiesAllowed = limit;
  for (let i = 0; i < n; i++) if (values[i]! > threshold) tiesAllowed -= 1;
  const picked = new Int32Array(limit);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    if (value > threshold || (value === threshold && tiesAllowed-- > 0)) picked[count++] = i;
  }
  return picked;
}

let selectScratch = new Float64Array(1024);
/** The k-th largest value (k >= 1), by quickselect on a scratch copy: linear time, no sort. */
function kthLargest(values: Float64Array, k: number): number {
  if (selectScratch.length < values.length) selectScratch = new Float64Array(values.length * 2);
  const a = selectScratch;
  a.set(values);
  let low = 0;
  let high = values.length - 1;
  const target = values.length - k; // position in ascending order
  while (low < high) {
    // Median of three as the pivot keeps sorted or constant input from going quadratic.
    const middle = (low + high) >> 1;
    const x = a[low]!;
    const y = a[middle]!;
    const z = a[high]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i++] = a[j]!;
        a[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return a[target]!;
  }
  return a[target]!;
}

interface Postings {
  /** List of term t: `posts`/`weights` from `start[t]` to `end[t]`, ascending by post. */
  start: Int32Array;
  end: Int32Array;
  posts: Int32Array;
  weights: Float64Array;
}

/**
 * Inverted index: term -> published posts that count it among their strongest terms. Each list
 * keeps only the `maxPostings` posts where the term weighs most, so a common term never drags
 * in every post. Flat typed arrays: millions of entries at scale, no object per entry.
 */
function buildPostings(vectors: TermVectors, published: readonly boolean[], vocabularySize: number, maxPostings: number): Postings {
  const start = new Int32Array(vocabularySize + 1);
  vectors.terms.forEach((terms, post) => {
    if (published[post]) for (const term of terms) start[term + 1]! += 1;
  });
  for (let term = 0; term < vocabularySize; term++) start[term + 1]! += start[term]!;
  const total = start[vocabularySize]!;
  const posts = new Int32Array(total);
  const weights = new Float64Array(total);
  const end = start.slice(0, vocabularySize);
  vectors.terms.forEach((terms, post) => {
    if (!published[post]) return;
    const termWeights = vectors.weights[post]!;
    terms.forEach((term, i) => {
      const at = end[term]!++;
      posts[at] = post;
      weights[at] = termWeights[i]!;
    });
  });
  for (let term = 0; term < vocabularySize; term++) {
    const from = start[term]!;
    if (end[term]! - from <= maxPostings) continue;
    const keep = strongestPositions(weights.subarray(from, end[term]), maxPostings);
    keep.forEach((at, i) => {
      posts[from + i] = posts[from + at]!;
      weights[from + i] = weights[from + at]!;
    });
    end[term] = from + maxPostings;
  }
  return { start, end, posts, weights };
}

/**
 * Positions (in a post's `terms`) of the strongest terms it looks up in other posts. Only terms
 * another post also holds count, since at small scale a post's strongest terms are often its own.
 * A small site looks up all of them (exact scores); a large one as many of the strongest as fit,
 * on average, in `postingBudget` index entries, which bounds the work per post.
 */
function queryPositions(terms: Int32Array, weights: Float64Array, postings: Postings, shortestUsefulList: number, postingBudget: number): Int32Array {
  const matchable: number[] = [];
  let entries = 0;
  for (let i = 0; i < terms.length; i++) {
    const listLength = postings.end[terms[i]!]! - postings.start[terms[i]!]!;
    if (listLength < shortestUsefulList) continue;
    matchable.push(i);
    entries += listLength;
  }
  if (entries <= postingBudget) return Int32Array.from(matchable);
  const fit = Math.max(1, Math.floor((postingBudget * matchable.length) / entries));
  const matchableWeights = new Float64Array(matchable.length);
  for (let i = 0; i < matchable.length; i++) matchableWeights[i] = weights[matchable[i]!]!;
  const picked = strongestPositions(matchableWeights, fit);
  for (let i = 0; i < picked.length; i++) picked[i] = matchable[picked[i]!]!;
  return picked;
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
export function computeRelatedPosts(posts: readonly RelatedInput[], options: RelatedOptions): Map<string, RelatedPost[]> {
  const limit = options.limit ?? 3;
  const minScore = options.minScore ?? 0.06;
  const termsPerPost = options.termsPerPost ?? 200;
  const maxPostings = options.maxPostings ?? 64;
  const postingBudget = options.postingBudget ?? 2048;

  // Canonical order makes every sum and tie-break independent of the caller's order.
  const all = [...posts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const published = all.map((post) => isPublished(post, { now: options.now, isDev: false }));
  const { counts, vocabularySize } = countTerms(all);
  const vectors = buildTermVectors(counts, published, vocabularySize, termsPerPost);
  const postings = buildPostings(vectors, published, vocabularySize, maxPostings);

  // Posts with the same set of topics get the same topic score: number the distinct sets, so a
  // post scores each set once, and the hot loop reads one number per candidate.
  const setIds = new Map<string, number>();
  const topicSets: string[][] = [];
  const topicSetOf = Int32Array.from(all, (post) => {
    const topics = [...new Set(post.topics)].sort();
    const key = topics.join('\u0000');
    let id = setIds.get(key);
    if (id === undefined) {
      setIds.set(key, (id = topicSets.length));
      topicSets.push(topics);
    }
    return id;
  });
  // Within a set only the newest few can ever win a slot on topics alone: keep just those.
  const shortlist = 2 * limit + 1;
  const newestOfSet: number[][] = topicSets.map(() => []);
  const postsByTopic = new Map<string, number>();
  const newestFirst = all.map((_, index) => index).filter((index) => published[index]);
  newestFirst.sort((a, b) => compareNewestFirst(all[a]!, all[b]!));
  for (const index of newestFirst) {
    const set = topicSetOf[index]!;
    for (const topic of topicSets[set]!) postsByTopic.set(topic, (postsByTopic.get(topic) ?? 0) + 1);
    if (newestOfSet[set]!.length < shortlist) newestOfSet[set]!.push(index);
  }
  const publishedCount = newestFirst.length;
  const rarity = new Map([...postsByTopic].map(([topic, count]) => [topic, Math.log(1 + publishedCount / count)]));
  const topicRarity = (topic: string) => rarity.get(topic) ?? Math.log(1 + publishedCount);
  const newestTime = newestFirst.length ? all[newestFirst[0]!]!.pubDate.getTime() : 0;
  const recencyScore = Float64Array.from(
    all,
    (post) => RELATED_WEIGHTS.recency * Math.pow(0.5, Math.max(0, newestTime - post.pubDate.getTime()) / DAY_MS / RECENCY_HALF_LIFE_DAYS),
  );

  const topicScoreOfSet = new Float64Array(topicSets.length);
  const textScores = new Float64Array(all.length);
  const result = new Map<string, RelatedPost[]>();
  all.forEach((post, self) => {
    const touched: number[] = [];
    const terms = vectors.terms[self]!;
    const weights = vectors.weights[self]!;
    for (const at of queryPositions(terms, weights, postings, published[self] ? 2 : 1, postingBudget)) {
      const term = terms[at]!;
      const own = weights[at]!;
      for (let j = postings.start[term]!, end = postings.end[term]!; j < end; j++) {
        const other = postings.posts[j]!;
        if (other === self) continue;
        if (textScores[other] === 0) touched.push(other);
        textScores[other]! += postings.weights[j]! * own;
      }
    }
    const ownTopics = new Set(post.topics);
    const ownTopicWeight = [...ownTopics].reduce((sum, topic) => sum + topicRarity(topic), 0) || 1;
    const sameTopic: number[] = [];
    topicSets.forEach((topics, set) => {
      let shared = 0;
      for (const topic of topics) if (ownTopics.has(topic)) shared += topicRarity(topic);
      topicScoreOfSet[set] = (RELATED_WEIGHTS.topics * shared) / ownTopicWeight;
      if (shared > 0) for (const index of newestOfSet[set]!) if (index !== self) sameTopic.push(index);
    });
    const combinedScore = (index: number) => round(RELATED_WEIGHTS.text * textScores[index]! + topicScoreOfSet[topicSetOf[index]!]! + recencyScore[index]!);
    const score = (index: number): Scored => {
      const other = all[index]!;
      const sharedTopics = other.topics.filter((topic) => ownTopics.has(topic));
      return { post: other, sharedTopics, score: combinedScore(index) };
    };
    // Keep only the best `limit` candidates: a short insertion list instead of a full sort.
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
    // Hot loop: an unrounded score first; full scoring only for candidates that could place.
    for (let c = 0; c < touched.length; c++) {
      const index = touched[c]!;
      const floor = best.length === limit ? best[limit - 1]!.score : minScore;
      const estimate = RELATED_WEIGHTS.text * textScores[index]! + topicScoreOfSet[topicSetOf[index]!]! + recencyScore[index]!;
      if (estimate >= floor - 1e-6) consider(index);
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
    result.set(post.id, chosen);
  });
  return result;
}
