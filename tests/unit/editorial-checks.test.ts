import { describe, expect, it } from 'vitest';
import { findMethodDetail, findPhrases, mentionsSuicideOrSelfHarm, reviewStatus } from '../../src/lib/editorial-checks.ts';
import { readMarkdown } from '../../src/lib/markdown-facts.ts';
import { claimRules, methodWords, safeMessagingRules } from '../../src/editorial.config.ts';

const lines = (text: string) => readMarkdown(text).lines;
const phrases = (text: string, rules = claimRules) => findPhrases(lines(text), rules).map((hit) => `${hit.severity}: ${hit.phrase}`);

describe('crisis notice trigger', () => {
  it.each([
    'Ketamine eased suicidal thoughts within a day.',
    'People at risk of suicide need support.',
    'Self-harm is a sign to seek help now.',
    'Some people think about self harm.',
    'If you feel like ending your life, call 988.',
  ])('fires on: %s', (text) => expect(mentionsSuicideOrSelfHarm(lines(text))).toBe(true));

  it.each([
    'Ketamine may ease depression within hours.',
    'Blood pressure rose, then returned to baseline.',
    '```\nsuicide inside a code block is not reader text\n```',
    'A sentence that cites a source [@suicide2020].',
  ])('stays quiet on: %s', (text) => expect(mentionsSuicideOrSelfHarm(lines(text))).toBe(false));
});

describe('claims rules', () => {
  it.each([
    ['Ketamine can cure depression.', 'error: cure'],
    ['A miracle treatment.', 'error: miracle'],
    ['Results guaranteed.', 'error: guaranteed'],
    ['It is 100% effective.', 'error: 100% effective'],
    ['FDA-approved ketamine infusions for depression.', 'error: FDA-approved (ketamine for a psychiatric use)'],
    ['Ketamine is now FDA approved to treat PTSD.', 'error: FDA-approved (ketamine for a psychiatric use)'],
    ['A breakthrough in care.', 'warning: breakthrough'],
    ['Completely safe for everyone.', 'error: no side effects'],
  ])('flags "%s"', (text, expected) => expect(phrases(text)).toEqual([expected]));

  it.each([
    'Ketamine is not a cure, and it does not work for everyone.',
    'Ketamine is FDA-approved as an anesthetic; its use for depression is off-label.',
    'Esketamine nasal spray is FDA-approved for treatment-resistant depression.',
    'Keep your insurance card secure.',
    'Results are not guaranteed.',
  ])('passes "%s"', (text) => expect(phrases(text)).toEqual([]));
});

describe('safe-messaging rules', () => {
  it.each([
    ['He committed suicide.', 'warning: committed suicide'],
    ['It was a successful suicide.', 'warning: successful suicide'],
    ['After a failed attempt she got help.', 'warning: failed attempt'],
    ['Headlines spoke of a suicide epidemic.', 'warning: suicide epidemic'],
  ])('flags "%s"', (text, expected) => expect(phrases(text, safeMessagingRules)).toEqual([expected]));

  it('passes the recommended wording', () => {
    expect(phrases('He died by suicide. She survived a suicide attempt and got help.', safeMessagingRules)).toEqual([]);
  });

  it('flags method words only in a sentence about suicide or self-harm', () => {
    const hits = findMethodDetail(lines('She died by suicide after an overdose. An overdose of any medicine is an emergency.'), methodWords);
    expect(hits.map((hit) => hit.phrase)).toEqual(['overdose']);
  });
});

describe('review freshness', () => {
  const now = new Date('2026-11-27T00:00:00Z');
  it.each([
    [{ reviewer: 'a', reviewedDate: new Date('2026-01-01') }, 12, 'current'],
    [{ reviewer: 'a', reviewedDate: new Date('2025-11-27') }, 12, 'current'],
    [{ reviewer: 'a', reviewedDate: new Date('2025-11-26') }, 12, 'stale'],
    [{ reviewer: 'a', reviewedDate: new Date('2026-03-01') }, 6, 'stale'],
    [{ reviewer: 'a' }, 12, 'no-review-date'],
    [{ reviewedDate: new Date('2026-01-01') }, 12, 'no-reviewer'],
  ])('%o with a %i-month limit is %s', (post, months, state) => {
    expect(reviewStatus(post, now, months).state).toBe(state);
  });

  it('says how old a stale review is', () => {
    expect(reviewStatus({ reviewer: 'a', reviewedDate: new Date('2024-06-01') }, now, 12)).toEqual({
      state: 'stale',
      reviewedDate: new Date('2024-06-01'),
      months: 29,
    });
  });
});
