/**
 * Editorial checks on the words of a post: crisis-notice trigger, safe-messaging wording,
 * risky marketing claims and review freshness. Pure functions; the rules themselves are
 * configured in src/editorial.config.ts and passed in.
 */

export interface PhraseRule {
  /** What the editor sees as the phrase, e.g. "committed suicide". */
  phrase: string;
  /** Matched case-insensitively against each line; word boundaries are the rule's own job. */
  pattern: RegExp;
  severity: 'error' | 'warning';
  /** Why it matters and what to write instead. */
  why: string;
}

import type { TextLine } from './markdown-facts.ts';

export type { TextLine };

export interface PhraseHit {
  line: number;
  phrase: string;
  /** The exact words found. */
  found: string;
  severity: 'error' | 'warning';
  why: string;
}

/** Words that mean an English text discusses suicide or self-harm. */
export const SUICIDE_OR_SELF_HARM =
  /\b(suicid\w*|self[- ]harm\w*|self[- ]injur\w*|kill(?:ing)? (?:my|your|him|her|them)sel(?:f|ves)|end(?:ing)? (?:my|your|his|her|their) (?:own )?li(?:fe|ves))\b/i;

/** What a language's editorial checks need (src/editorial.config.ts). */
export interface LanguageRules {
  claims: readonly PhraseRule[];
  safeMessaging: readonly PhraseRule[];
  methodWords: readonly string[];
  /** Words that mean the text discusses suicide or self-harm. */
  crisisTrigger: RegExp;
  /** One term per concept across the interface and the articles: a second term is a warning. */
  glossary?: readonly PhraseRule[];
}

/** The site's one term for a concept, and the other terms that would name it a second way. */
export interface GlossaryTerm {
  concept: string;
  use: string;
  instead: readonly string[];
}

/** A glossary as phrase rules: each other term is a warning that names the one to use. */
export const glossaryRules = (glossary: readonly GlossaryTerm[], boundaries: (source: string) => RegExp): PhraseRule[] =>
  glossary.flatMap((term) =>
    term.instead.map((other) => ({
      phrase: other,
      pattern: boundaries(`⟨${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}⟩`),
      severity: 'warning' as const,
      why: `the site calls ${term.concept} "${term.use}" everywhere - use that term`,
    })),
  );

/** Whether the text discusses suicide or self-harm (the crisis notice's automatic trigger). */
export function mentionsSuicideOrSelfHarm(lines: readonly TextLine[], trigger: RegExp = SUICIDE_OR_SELF_HARM): boolean {
  return lines.some(({ text }) => trigger.test(text));
}

export function findPhrases(lines: readonly TextLine[], rules: readonly PhraseRule[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  // matchAll needs global patterns; compile them once, not once per line.
  const patterns = rules.map((rule) => (rule.pattern.global ? rule.pattern : new RegExp(rule.pattern.source, `${rule.pattern.flags}g`)));
  // Most rules match nowhere in a post: one test over the whole text skips them.
  const whole = lines.map(({ text }) => text).join('\n');
  for (const [index, rule] of rules.entries()) {
    const pattern = patterns[index]!;
    // test() and matchAll() both start from lastIndex, which a global pattern carries over.
    pattern.lastIndex = 0;
    const anywhere = pattern.test(whole);
    pattern.lastIndex = 0;
    if (!anywhere) continue;
    for (const { line, text } of lines) {
      for (const match of text.matchAll(pattern)) {
        hits.push({ line, phrase: rule.phrase, found: match[0], severity: rule.severity, why: rule.why });
      }
    }
  }
  return hits.sort((a, b) => a.line - b.line);
}

/**
 * Method words are only a problem next to suicide or self-harm: each sentence that mentions
 * both is reported once per method word.
 */
export function findMethodDetail(lines: readonly TextLine[], methodWords: readonly string[], trigger: RegExp = SUICIDE_OR_SELF_HARM): PhraseHit[] {
  if (methodWords.length === 0) return [];
  // Letter-aware word edges: \b would cut Spanish words at á, é, ó, ñ.
  const method = new RegExp(
    `(?<![\\p{L}\\p{N}])(${methodWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const hits: PhraseHit[] = [];
  for (const { line, text } of lines) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!trigger.test(sentence)) continue;
      for (const match of sentence.matchAll(method)) {
        hits.push({
          line,
          phrase: match[0].toLowerCase(),
          found: match[0],
          severity: 'warning',
          why: 'names a method next to suicide or self-harm - safe-messaging guidance advises leaving method details out',
        });
      }
    }
  }
  return hits;
}

export type ReviewStatus =
  { state: 'current' } | { state: 'no-reviewer' } | { state: 'no-review-date' } | { state: 'stale'; reviewedDate: Date; months: number };

/** Whether a post's medical review is current on `now`, given the allowed age in months. */
export function reviewStatus(post: { reviewer?: unknown; reviewedDate?: Date }, now: Date, maxAgeMonths: number): ReviewStatus {
  if (!post.reviewer) return { state: 'no-reviewer' };
  if (!post.reviewedDate) return { state: 'no-review-date' };
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - maxAgeMonths);
  if (post.reviewedDate.getTime() >= limit.getTime()) return { state: 'current' };
  const months = (now.getUTCFullYear() - post.reviewedDate.getUTCFullYear()) * 12 + (now.getUTCMonth() - post.reviewedDate.getUTCMonth());
  return { state: 'stale', reviewedDate: post.reviewedDate, months };
}

/** Frontmatter `crisisNotice`: true forces it on; `{ automatic: false, reason }` turns the trigger off. */
export type CrisisNoticeSetting = true | { automatic: false; reason: string } | undefined;

/** Whether an article shows the crisis notice before its body. */
export function shouldShowCrisisNotice(setting: CrisisNoticeSetting, lines: readonly TextLine[], trigger?: RegExp): boolean {
  if (setting === true) return true;
  if (setting && setting.automatic === false) return false;
  return mentionsSuicideOrSelfHarm(lines, trigger);
}
