/** Wording readers of health content rely on: claims, safe messaging, search-result titles, review freshness. */
import { SEARCH_TITLE_MAX } from '../schemas.ts';
import { findMethodDetail, findPhrases, reviewStatus, type LanguageRules } from '../editorial-checks.ts';
import type { TextLine } from '../markdown-facts.ts';
import { isoDay } from '../format.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost, EditorialRules } from './types.ts';

/** Claims, safe-messaging wording and review freshness: what readers of health content rely on. */
export function checkWording(post: CheckedPost, parsed: ParsedYaml, rules: EditorialRules, now: Date, problems: ContentProblem[]) {
  const { data, file } = post;
  // Search results show about 60 characters of a title: a longer one gets a short title for them.
  if (rules.siteName) {
    const shown = `${data.shortTitle ?? data.title} | ${rules.siteName}`;
    if (shown.length > SEARCH_TITLE_MAX) {
      problems.push(
        problemAt(
          'warning',
          file,
          parsed.lineOf([data.shortTitle ? 'shortTitle' : 'title']),
          data.shortTitle ? 'shortTitle' : 'title',
          `search results show "${shown}" (${shown.length} characters) and cut it after about ${SEARCH_TITLE_MAX} - ${data.shortTitle ? 'shorten shortTitle' : 'add shortTitle:'} (at most ${SEARCH_TITLE_MAX - 3 - rules.siteName.length} characters) for search results and shared links`,
        ),
      );
    }
  }
  checkReadersWords({ ...post, lines: post.facts.lines }, parsed, rules.languages[data.lang], 'post', problems);

  if (post.skipped === 'draft') return;
  const status = reviewStatus(data, now, rules.reviewMaxAgeMonths);
  const reviewLine = parsed.lineOf(['reviewedDate']) ?? parsed.lineOf(['reviewer']);
  // A translation without its own review shows its original's review as the original's, honestly,
  // and the build summary lists it as waiting for review (src/loaders/content-pipeline.ts).
  if (status.state === 'no-reviewer' && !data.translationOf) {
    problems.push(
      problemAt(
        'warning',
        file,
        parsed.lineOf(['author']),
        'reviewer',
        'no medical reviewer - add reviewer: (an author id) and reviewedDate: once a clinician has checked the post',
      ),
    );
  } else if (status.state === 'no-review-date') {
    problems.push(problemAt('warning', file, reviewLine, 'reviewedDate', 'reviewer without a review date - add reviewedDate: with the day of the review'));
  } else if (status.state === 'stale') {
    problems.push(
      problemAt(
        'warning',
        file,
        reviewLine,
        'reviewedDate',
        `last reviewed ${isoDay(status.reviewedDate)}, ${status.months} months ago (limit ${rules.reviewMaxAgeMonths}) - ask a clinician to review the post and update reviewedDate`,
      ),
    );
  }
}

/**
 * The words readers read of an article or a site page (its title, description and text): claims,
 * safe-messaging wording, the glossary and method detail, and TODO notes. In a draft, what would
 * stop publishing is listed, not the build, and TODOs are allowed.
 */
export function checkReadersWords(
  { file, data, lines, skipped }: { file: string; data: { title: string; description: string }; lines: readonly TextLine[]; skipped?: string },
  parsed: ParsedYaml,
  language: LanguageRules,
  what: 'post' | 'page',
  problems: ContentProblem[],
) {
  const fields = (['title', 'description'] as const).map((field) => ({ line: parsed.lineOf([field]) ?? 1, text: data[field], field }));
  const fieldOf = (line: number) => fields.find((entry) => entry.line === line)?.field ?? 'text';
  const read = [...fields, ...lines];
  const draft = skipped === 'draft';
  for (const hit of [
    ...findPhrases(read, language.claims),
    ...findPhrases(read, language.safeMessaging),
    ...findPhrases(read, language.glossary ?? []),
    ...findMethodDetail(read, language.methodWords, language.crisisTrigger),
  ]) {
    const held = draft && hit.severity === 'error';
    problems.push(
      problemAt(
        held ? 'warning' : hit.severity,
        file,
        hit.line,
        fieldOf(hit.line),
        `"${hit.found}": ${hit.why}${held ? ' (allowed while it is a draft; it stops publishing)' : ''}`,
      ),
    );
  }
  if (draft) return;
  // Scaffolded files are full of TODO notes: fine in a draft, never on the public site.
  for (const todo of read.filter((entry) => /\bTODO\b/.test(entry.text))) {
    problems.push(problemAt('error', file, todo.line, fieldOf(todo.line), `still has a TODO note - finish it, or set draft: true until the ${what} is ready`));
  }
}
