/** Plain language: an article above its language's reading-level target is listed, with where to start. */
import { hintFor, MEASURABLE_WORDS, readingLevel, type ReadingLevel } from '../reading-level/index.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost, ReadingTargets } from './types.ts';

/** How the level compares with the target, in the words of the warning; undefined when within it. */
export function aboveTarget(level: ReadingLevel, targets: ReadingTargets): string | undefined {
  const { fleschKincaidGrade, smogGrade, inflesz, infleszBand } = level.scores;
  if (level.language === 'en' && fleschKincaidGrade !== undefined && fleschKincaidGrade > targets.en.maxFleschKincaidGrade) {
    return `reads at grade ${fleschKincaidGrade} (Flesch-Kincaid; SMOG ${smogGrade}), above the target of grade ${targets.en.maxFleschKincaidGrade} or lower`;
  }
  if (level.language === 'es' && inflesz !== undefined && inflesz < targets.es.minInflesz) {
    return `scores ${inflesz} on the INFLESZ scale ("${infleszBand}"), below the target of ${targets.es.minInflesz} or more`;
  }
  return undefined;
}

export function checkReadingLevel(post: CheckedPost, parsed: ParsedYaml, targets: ReadingTargets, problems: ContentProblem[]) {
  const level = readingLevel(post.facts.blocks, post.data.lang);
  if (level.counts.words < MEASURABLE_WORDS) return;
  const above = aboveTarget(level, targets);
  if (!above) return;
  const note = post.data.readingLevelNote;
  if (note) {
    problems.push(problemAt('warning', post.file, parsed.lineOf(['readingLevelNote']), 'readingLevelNote', `${above}, as the note says: "${note}"`));
    return;
  }
  // The checker speaks English (the editor shows its own words); the quoted words are the article's.
  const hardest = level.hardestSentences.map((sentence) => `line ${sentence.line} (${sentence.words} words: ${hintFor(sentence, 'en')})`);
  problems.push(
    problemAt(
      'warning',
      post.file,
      level.hardestSentences[0]?.line,
      'text',
      `${above} - start with the hardest sentences: ${hardest.join(', ')}; or add readingLevelNote: saying why it must read this way`,
    ),
  );
}
