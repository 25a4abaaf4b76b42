/** Translations: each names an original that exists, in another language, once per language. */
import { isoDay } from '../format.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost } from './types.ts';

/**
 * Translations: each names an original that exists (`translationOf`), written in another language,
 * with at most one translation per language; an original changed after its translation is listed.
 */
export function checkTranslations(posts: readonly CheckedPost[], lineFinders: Map<string, ParsedYaml['lineOf']>, problems: ContentProblem[]) {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const seen = new Map<string, CheckedPost>();
  const lastChange = (post: CheckedPost) => post.data.updatedDate ?? post.data.pubDate;
  for (const post of posts) {
    const originalId = post.data.translationOf;
    if (!originalId) continue;
    const line = lineFinders.get(post.file)?.(['translationOf']);
    const error = (message: string) => problems.push(problemAt('error', post.file, line, 'translationOf', message));
    const original = byId.get(originalId);
    if (!original) {
      error(`no post "${originalId}" to translate - use the folder name of the original in content/posts, or remove translationOf`);
      continue;
    }
    if (original.data.translationOf) {
      error(`"${originalId}" is itself a translation (of "${original.data.translationOf}") - name the original: translationOf: ${original.data.translationOf}`);
      continue;
    }
    if (original.data.lang === post.data.lang) {
      error(`"${originalId}" is written in the same language (${post.data.lang}) - a translation needs another lang, or remove translationOf`);
      continue;
    }
    const key = `${originalId} ${post.data.lang}`;
    const first = seen.get(key);
    if (first) {
      error(`${first.file} already translates "${originalId}" into ${post.data.lang} - keep one translation per language and delete or merge the other`);
      continue;
    }
    seen.set(key, post);
    // A translation's review is a review of its own words: never dated before them.
    const reviewed = post.data.reviewedDate;
    if (reviewed && isoDay(reviewed) < isoDay(lastChange(post))) {
      problems.push(
        problemAt(
          'error',
          post.file,
          lineFinders.get(post.file)?.(['reviewedDate']) ?? line,
          'reviewedDate',
          `reviewed ${isoDay(reviewed)}, before this translation was ${post.data.updatedDate ? 'last updated' : 'published'} (${isoDay(lastChange(post))}) - a bilingual clinician reviews the translation itself and sets its own reviewedDate; until then remove reviewer and reviewedDate (the page shows the original's review as such)`,
        ),
      );
    }
    if (lastChange(original) > lastChange(post)) {
      problems.push(
        problemAt(
          'warning',
          post.file,
          line,
          'translationOf',
          `${original.file} was updated on ${isoDay(lastChange(original))}, after this translation (${isoDay(lastChange(post))}) - bring the translation up to date and set its updatedDate`,
        ),
      );
    }
  }
}
