/**
 * Editorial rules checked on every post by `npm run check:content` and the build.
 * Edit these lists to tune them: an `error` stops the build, a `warning` is listed.
 * Patterns are matched per line, case-insensitively.
 */
import type { PhraseRule } from './lib/editorial-checks.ts';

const PSYCHIATRIC_USES = '(?:depression|bipolar\\w*|ptsd|post-?traumatic|anxiety|ocd|mental health|psychiatric\\w*)';

/** Marketing claims that overstate what ketamine does. */
export const claimRules: PhraseRule[] = [
  // Honest negations ("ketamine is not a cure") are fine; claims are not.
  {
    phrase: 'cure',
    pattern: /(?<!\b(?:not an?|no|never an?|isn't an?) )\bcur(?:e|es|ed|ing)\b/i,
    severity: 'error',
    why: 'ketamine does not cure these conditions - describe what studies measured, such as response or remission',
  },
  { phrase: 'miracle', pattern: /\bmiracl\w*/i, severity: 'error', why: 'overstates the evidence - describe the results plainly' },
  {
    phrase: 'guaranteed',
    pattern: /(?<!\b(?:not|no|never|cannot be|can't be) )\bguarantee\w*/i,
    severity: 'error',
    why: 'no treatment works for everyone - say how many people responded in studies',
  },
  {
    phrase: '100% effective',
    pattern: /\b100\s?%\s*(?:effective|success\w*)|\balways works\b/i,
    severity: 'error',
    why: 'no treatment works for everyone - give the figures a source reports',
  },
  {
    phrase: 'FDA-approved (ketamine for a psychiatric use)',
    pattern: new RegExp(
      `\\bFDA[- ]approved (?:iv |intravenous )?ketamine(?: infusions?)? (?:for|to treat) ${PSYCHIATRIC_USES}|\\bketamine (?:is|has been|was) (?:now )?FDA[- ]approved (?:for|to treat) ${PSYCHIATRIC_USES}`,
      'i',
    ),
    severity: 'error',
    why: 'ketamine is FDA-approved only as an anesthetic; say the use is off-label (esketamine nasal spray is the approved product for treatment-resistant depression)',
  },
  { phrase: 'breakthrough', pattern: /\bbreakthrough\b/i, severity: 'warning', why: 'sounds like marketing - say what is new and how strong the evidence is' },
  { phrase: 'life-changing', pattern: /\blife[- ]changing\b/i, severity: 'warning', why: 'promises an outcome - describe what people in studies experienced' },
  {
    phrase: 'instant relief',
    pattern: /\binstant(?:ly)? (?:relief|reliev\w*|results?)\b/i,
    severity: 'warning',
    why: 'overstates speed - say "within hours" or "within a day" if a source reports it',
  },
  {
    phrase: 'permanent',
    pattern: /\bpermanent(?:ly)? (?:relief|results?|fix|recovery)\b/i,
    severity: 'warning',
    why: 'effects of ketamine often fade - say how long they lasted in studies',
  },
  {
    phrase: 'no side effects',
    pattern: /\bno side[- ]effects\b|\bcompletely safe\b|\brisk[- ]free\b/i,
    severity: 'error',
    why: 'every treatment has side effects - describe them and how they are monitored',
  },
];

/** Wording that safe-messaging guidance (reportingonsuicide.org) advises against. */
export const safeMessagingRules: PhraseRule[] = [
  { phrase: 'committed suicide', pattern: /\bcommit(?:s|ted|ting)? suicide\b/i, severity: 'warning', why: 'implies a crime - write "died by suicide"' },
  {
    phrase: 'successful suicide',
    pattern: /\bsuccessful (?:suicide|attempt)\b/i,
    severity: 'warning',
    why: 'frames death as success - write "died by suicide"',
  },
  {
    phrase: 'failed attempt',
    pattern: /\b(?:failed|unsuccessful) (?:suicide )?attempt\b/i,
    severity: 'warning',
    why: 'frames survival as failure - write "suicide attempt" or "survived an attempt"',
  },
  {
    phrase: 'suicide epidemic',
    pattern: /\bsuicide epidemic\b|\bepidemic of suicides?\b/i,
    severity: 'warning',
    why: 'sensational - give the figures and frame suicide as preventable',
  },
];

/** Method words that must not appear next to suicide or self-harm. */
export const methodWords: string[] = [
  'overdose',
  'overdosed',
  'hanging',
  'hanged',
  'firearm',
  'gun',
  'gunshot',
  'jumped',
  'jumping',
  'poison',
  'poisoning',
  'pills',
  'cutting',
  'razor',
  'bridge',
];
