/**
 * How hard an article is to read, by the formulas health-literacy guidance uses: for English,
 * Flesch-Kincaid grade, Flesch Reading Ease and SMOG; for Spanish, Fernández-Huerta (with Law's
 * 2011 correction), Szigriszt-Pazos on the INFLESZ scale, and Crawford's grade. Pure: it is fed
 * the blocks of text readers read (paragraphs, headings, list items, each with its line) and
 * returns the figures and the hardest sentences, so the checker, the build summary and the
 * editor all show the same numbers.
 *
 * Tokens handled on purpose (each has a test):
 * - numbers (12, 0.5, 2019, 30%) are one word of one syllable: plain-language guidance asks for
 *   numerals, so a figure never makes a text look harder;
 * - abbreviations in capitals (FDA, PTSD) are read letter by letter, as people say them;
 * - units (mg, kg, ml) are read as their words, and `/` as "per" ("por");
 * - web and e-mail addresses are left out: nobody reads them as words.
 */
import { syllable as englishSyllables } from 'syllable';
import { spanishSyllables } from './syllables-es.ts';

export type ReadingLanguage = 'en' | 'es';

export interface TextBlock {
  /** The file line the block starts on. */
  line: number;
  /** The words readers read; may span several lines. */
  text: string;
}

export interface SentenceFigures {
  text: string;
  line: number;
  /** Which block it is in (its index in the blocks measured), and where in that block's text. */
  block: number;
  start: number;
  end: number;
  words: number;
  /** Words of three syllables or more. */
  longWords: number;
  /** The longest word (most syllables), for the "a shorter word for ..." hint. */
  longestWord: string;
}

export interface Counts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three syllables or more (SMOG's polysyllables). */
  longWords: number;
}

/** Letter names, in syllables, for reading an abbreviation aloud. */
const LETTER_SYLLABLES: Record<ReadingLanguage, Record<string, number>> = {
  // Every English letter name is one syllable except W (dou-ble-u).
  en: { W: 3 },
  // efe, ele, eme, ene, eñe, erre, ese, hache, jota, equis, zeta, uve: two; uve doble: three.
  es: { F: 2, L: 2, M: 2, N: 2, Ñ: 2, R: 2, S: 2, H: 2, J: 2, X: 2, Z: 2, V: 2, W: 3 },
};

/** Units as read aloud, with their syllables. */
const UNIT_SYLLABLES: Record<ReadingLanguage, Record<string, number>> = {
  // milligrams, kilograms, milliliters, micrograms
  en: { mg: 3, kg: 3, ml: 4, mcg: 3 },
  // miligramos, kilogramos, mililitros, microgramos
  es: { mg: 4, kg: 4, ml: 4, mcg: 4 },
};

/**
 * Words of this field that the English counter (syllable, which works by rules) gets wrong,
 * with their spoken syllables. Add a word here when a writer finds one miscounted.
 */
const ENGLISH_CORRECTIONS: Record<string, number> = {
  suicide: 3,
  suicides: 3,
  suicidal: 4,
  anesthesia: 4,
  anxiety: 4,
  science: 2,
  sciences: 3,
  area: 3,
  areas: 3,
};

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|\s)(?:dr|dra|drs|sr|sra|srta|mr|mrs|ms|prof|vs|etc|e\.g|i\.e|p\.\s?ej|núm|approx|aprox|fig|ej|et al)\.$/i;

/** A figure: 12, 0.5, 2019, 30%. */
const isFigure = (token: string) => /^[\d.,:%]+$/.test(token);
/** The letters of a token, without marks or digits. */
const lettersOf = (token: string) => token.replace(/[^\p{L}]/gu, '');
/** An abbreviation in capitals (FDA, PTSD, U.S.), given the token's letters. */
const isAbbreviation = (letters: string) => letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();

/**
 * The formulas were made for samples of 100 words or more; on fewer they say little, so a text
 * this short gets no verdict.
 */
export const MEASURABLE_WORDS = 100;

/** Counted words, by language: a site uses a few thousand words many times over (1,000 posts: 0.2 s instead of 3 s). */
const counted: Record<ReadingLanguage, Map<string, number>> = { en: new Map(), es: new Map() };

/** One word's syllables, by the rules above. */
export function syllablesOf(token: string, language: ReadingLanguage): number {
  const known = counted[language].get(token);
  if (known !== undefined) return known;
  const count = countSyllables(token, language);
  // An editor left open all day keeps counting: the memory stays bounded.
  if (counted[language].size > 50_000) counted[language].clear();
  counted[language].set(token, count);
  return count;
}

function countSyllables(token: string, language: ReadingLanguage): number {
  if (isFigure(token)) return 1;
  const units = UNIT_SYLLABLES[language];
  if (token.includes('/') && token.split('/').every((part) => part.toLowerCase() in units)) {
    const parts = token.split('/');
    // "per" and "por" are one syllable each.
    return parts.reduce((sum, part) => sum + units[part.toLowerCase()]!, 0) + (parts.length - 1);
  }
  if (token.toLowerCase() in units && token === token.toLowerCase()) return units[token.toLowerCase()]!;
  const letters = lettersOf(token);
  if (isAbbreviation(letters)) {
    return [...letters].reduce((sum, letter) => sum + (LETTER_SYLLABLES[language][letter] ?? 1), 0);
  }
  if (letters === '') return 0;
  if (language === 'es') return spanishSyllables(letters);
  return ENGLISH_CORRECTIONS[letters.toLowerCase()] ?? Math.max(englishSyllables(letters), 1);
}

const ADDRESS = /^(?:https?:\/\/|www\.)|@[\w-]+\.\w/i;

const WORD_GAP = /[\s\u2013\u2014]+/;
const PLAIN_WORD = /^[a-z]+$/i;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The words of a sentence, as tokens (addresses and bare punctuation left out). */
export function wordsOf(sentence: string): string[] {
  const words: string[] = [];
  for (const token of sentence.split(WORD_GAP)) {
    // Most tokens are plain words: they skip the Unicode regular expressions.
    if (PLAIN_WORD.test(token)) words.push(token);
    else if (token !== '' && !ADDRESS.test(token)) {
      const word = token.replace(EDGE_MARKS, '');
      if (HAS_WORD.test(word)) words.push(word);
    }
  }
  return words;
}

interface Sentence {
  text: string;
  line: number;
  /** Where it is in the block's text, without the spaces around it. */
  start: number;
  end: number;
  words: string[];
}

/**
 * Sentences of one block, each with the line it starts on. As Flesch counted them, a full stop,
 * question or exclamation mark, colon or semicolon ends one; a block is at least one sentence
 * (a heading or list item without a full stop counts as one).
 */
export function sentencesOf(block: TextBlock): Sentence[] {
  const found: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = block.text.slice(start, end);
    const text = raw.trim().replace(/\s+/g, ' ');
    const words = wordsOf(text);
    if (words.length > 0) {
      const leading = raw.length - raw.trimStart().length;
      const line = block.line + (block.text.slice(0, start + leading).match(/\n/g)?.length ?? 0);
      found.push({ text, line, start: start + leading, end: start + raw.trimEnd().length, words });
    }
    start = end;
  };
  for (const match of block.text.matchAll(/[.!?…;:]+["'”’»)]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    if (match[0] === '.' && ABBREVIATIONS.test(block.text.slice(Math.max(0, start), end))) continue;
    push(end);
  }
  push(block.text.length);
  return found;
}

function figuresOf({ text, line, start, end, words }: Sentence, block: number, language: ReadingLanguage): SentenceFigures & { syllables: number } {
  let syllables = 0;
  let longWords = 0;
  let longestWord = '';
  let longest = 0;
  for (const word of words) {
    const count = syllablesOf(word, language);
    syllables += count;
    if (count >= 3) longWords += 1;
    // Names in capitals (NMDA) and figures have no shorter word: the hint names a real word.
    if (count > longest && !isFigure(word) && !isAbbreviation(lettersOf(word))) {
      longest = count;
      longestWord = word;
    }
  }
  return { text, line, block, start, end, words: words.length, longWords, longestWord, syllables };
}

export function countText(blocks: TextBlock[], language: ReadingLanguage): { counts: Counts; sentences: SentenceFigures[] } {
  const counts: Counts = { sentences: 0, words: 0, syllables: 0, longWords: 0 };
  const sentences: SentenceFigures[] = [];
  for (const [index, block] of blocks.entries()) {
    for (const sentence of sentencesOf(block)) {
      const { syllables, ...figures } = figuresOf(sentence, index, language);
      counts.sentences += 1;
      counts.words += figures.words;
      counts.syllables += syllables;
      counts.longWords += figures.longWords;
      sentences.push(figures);
    }
  }
  return { counts, sentences };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Flesch-Kincaid grade (Kincaid et al., 1975). */
export const fleschKincaidGrade = ({ words, sentences, syllables }: Counts) => 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
/** Flesch Reading Ease (Flesch, 1948): 0-100, higher is easier. */
export const fleschReadingEase = ({ words, sentences, syllables }: Counts) => 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
/** SMOG grade (McLaughlin, 1969), the continuous form, scaled to 30 sentences. */
export const smogGrade = ({ sentences, longWords }: Counts) => 1.043 * Math.sqrt(longWords * (30 / sentences)) + 3.1291;
/**
 * Fernández-Huerta (1959) with Law's (2011) correction: the published form subtracts sentences
 * per 100 words, which makes shorter sentences score harder; the corrected form subtracts words
 * per sentence, as Flesch does.
 */
export const fernandezHuerta = ({ words, sentences, syllables }: Counts) => 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
/** Szigriszt-Pazos perspicuity (1993), read on Barrio-Cantalejo's INFLESZ scale. */
export const szigrisztPazos = ({ words, sentences, syllables }: Counts) => 206.835 - 62.3 * (syllables / words) - words / sentences;
/** Crawford (1984): school years needed, from sentences and syllables per 100 words. */
export const crawfordGrade = ({ words, sentences, syllables }: Counts) => -0.205 * ((100 * sentences) / words) + 0.049 * ((100 * syllables) / words) - 3.407;

export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** The INFLESZ scale (Barrio-Cantalejo et al., 2008). */
export function infleszBand(score: number): InfleszBand {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score <= 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

export type PlainLabel = 'easy' | 'fairly easy' | 'hard';

export interface ReadingLevel {
  language: ReadingLanguage;
  counts: Counts;
  /** The headline figure: English Flesch-Kincaid grade, Spanish INFLESZ score. */
  scores: {
    fleschKincaidGrade?: number;
    fleschReadingEase?: number;
    smogGrade?: number;
    fernandezHuerta?: number;
    inflesz?: number;
    infleszBand?: InfleszBand;
    crawfordGrade?: number;
  };
  /** The hardest sentences, hardest first (most words, then most long words). */
  hardestSentences: SentenceFigures[];
}

/** The hardest sentences: the most words, then the most long words. */
export function hardestSentences(sentences: SentenceFigures[], count = 3): SentenceFigures[] {
  return [...sentences].sort((a, b) => b.words + 2 * b.longWords - (a.words + 2 * a.longWords) || a.line - b.line).slice(0, count);
}

export function readingLevel(blocks: TextBlock[], language: ReadingLanguage): ReadingLevel {
  const { counts, sentences } = countText(blocks, language);
  const hardest = hardestSentences(sentences);
  if (counts.words === 0) return { language, counts, scores: {}, hardestSentences: [] };
  if (language === 'en') {
    return {
      language,
      counts,
      scores: {
        fleschKincaidGrade: round1(fleschKincaidGrade(counts)),
        fleschReadingEase: round1(fleschReadingEase(counts)),
        smogGrade: round1(smogGrade(counts)),
      },
      hardestSentences: hardest,
    };
  }
  const inflesz = round1(szigrisztPazos(counts));
  return {
    language,
    counts,
    scores: { fernandezHuerta: round1(fernandezHuerta(counts)), inflesz, infleszBand: infleszBand(inflesz), crawfordGrade: round1(crawfordGrade(counts)) },
    hardestSentences: hardest,
  };
}

/** The site's targets (set in src/editorial.config.ts). */
export interface ReadingTargets {
  /** English: the highest Flesch-Kincaid grade. */
  en: { maxFleschKincaidGrade: number };
  /** Spanish: the lowest Szigriszt-Pazos score (the INFLESZ scale). */
  es: { minInflesz: number };
}

/**
 * A plain-words label for the writer, against the site's targets, so it never contradicts the
 * check: "hard" is above target (the check warns), "fairly easy" within it, "easy" comfortably
 * within it (two grades under, or ten INFLESZ points over: with the default targets, Flesch's own
 * "easy" of grade 6 and the INFLESZ band "bastante fácil" above 65). Undefined under
 * MEASURABLE_WORDS words, where the formulas say nothing.
 */
export function plainLabel(level: ReadingLevel, targets: ReadingTargets): PlainLabel | undefined {
  if (level.counts.words < MEASURABLE_WORDS) return undefined;
  const { fleschKincaidGrade: grade, inflesz } = level.scores;
  if (grade !== undefined) {
    const target = targets.en.maxFleschKincaidGrade;
    return grade <= target - 2 ? 'easy' : grade <= target ? 'fairly easy' : 'hard';
  }
  if (inflesz !== undefined) {
    const target = targets.es.minInflesz;
    return inflesz >= target + 10 ? 'easy' : inflesz >= target ? 'fairly easy' : 'hard';
  }
  return undefined;
}

/** A hint for one hard sentence, in the language of the message (not of the article). */
export function hintFor(sentence: SentenceFigures, messageLanguage: ReadingLanguage): string {
  if (sentence.words > 20 || !sentence.longestWord) return messageLanguage === 'es' ? 'divida esta frase' : 'split this sentence';
  return messageLanguage === 'es' ? `una palabra más corta para «${sentence.longestWord}»` : `a shorter word for "${sentence.longestWord}"`;
}
