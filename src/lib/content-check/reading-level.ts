/** Plain language: an article above its language's reading-level target is listed, with where to start. */
import { hintFor, plainLabel, readingLevel, type ReadingLevel, type ReadingTargets } from '../reading-level/index.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost } from './types.ts';

/** The headline figure, in the words of the check and the build summary. */
export function describeLevel({ language, scores }: ReadingLevel): string {
  return language === 'en'
    ? `grade ${scores.fleschKincaidGrade} (Flesch-Kincaid; SMOG ${scores.smogGrade})`
    : `${scores.inflesz} on the INFLESZ scale ("${scores.infleszBand}")`;
}

/** How the level compares with the target, in the words of the warning. */
function aboveTarget(level: ReadingLevel, targets: ReadingTargets): string {
  return level.language === 'en'
    ? `reads at ${describeLevel(level)}, above the target of grade ${targets.en.maxFleschKincaidGrade} or lower`
    : `scores ${describeLevel(level)}, below the target of ${targets.es.minInflesz} or more`;
}

export function checkReadingLevel(post: CheckedPost, parsed: ParsedYaml, targets: ReadingTargets, problems: ContentProblem[]) {
  const level = readingLevel(post.facts.blocks, post.data.lang);
  const label = plainLabel(level, targets);
  post.reading = { level, label };
  if (label !== 'hard') return;
  const above = aboveTarget(level, targets);
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

const LANGUAGE_NAMES: Record<ReadingLevel['language'], string> = { en: 'English', es: 'Spanish' };

/** One line per language for the build summary: the spread of the published articles' levels. */
export function readingSummary(posts: readonly CheckedPost[]): string[] {
  return (['en', 'es'] as const).flatMap((language) => {
    const measured = posts.filter((post) => post.reading?.label && post.reading.level.language === language);
    if (!measured.length) return [];
    const figure = (post: CheckedPost) => post.reading!.level.scores[language === 'en' ? 'fleschKincaidGrade' : 'inflesz']!;
    // Hardest first: the highest grade, the lowest INFLESZ.
    const sorted = [...measured].sort((a, b) => (language === 'en' ? figure(b) - figure(a) : figure(a) - figure(b)));
    const median = Math.round(((figure(sorted[Math.floor((sorted.length - 1) / 2)]!) + figure(sorted[Math.ceil((sorted.length - 1) / 2)]!)) / 2) * 10) / 10;
    const above = measured.filter((post) => post.reading!.label === 'hard').length;
    const scale = language === 'en' ? 'Flesch-Kincaid grade' : 'INFLESZ';
    return [
      `reading level, ${LANGUAGE_NAMES[language]}: ${measured.length} article(s) measured, ${scale} ${figure(sorted.at(-1)!)} (easiest) to ${figure(sorted[0]!)} (hardest: ${sorted[0]!.file}), median ${median}; ${above} above target`,
    ];
  });
}
