/** A post in another language needs its people and topics in that language too. */
import { DEFAULT_LANG, type Lang } from '../../i18n/locales.ts';
import type { ContentProblem, ParsedYaml } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedPost } from './types.ts';

/** A post in Spanish shows its author, reviewer and topics in Spanish: their files need those words. */
export function checkPeopleAndTopicsInLanguage(
  posts: readonly CheckedPost[],
  translated: { authors: Map<string, Set<Lang>>; topics: Map<string, Set<Lang>> },
  lineFinders: Map<string, ParsedYaml['lineOf']>,
  problems: ContentProblem[],
) {
  for (const post of posts) {
    const lang = post.data.lang;
    if (lang === DEFAULT_LANG) continue;
    const need = (field: string, id: string | undefined, known: Map<string, Set<Lang>>, folder: 'authors' | 'topics', words: string) => {
      if (!id || !known.has(id) || known.get(id)!.has(lang)) return;
      problems.push(
        problemAt(
          'error',
          post.file,
          lineFinders.get(post.file)?.(field.split('.')),
          field,
          `content/${folder}/${id}.yaml has no ${lang} words for this ${lang} post - add translations: ${lang}: { ${words} } to that file`,
        ),
      );
    };
    need('author', post.data.author, translated.authors, 'authors', 'role, bio');
    need('reviewer', post.data.reviewer, translated.authors, 'authors', 'role, bio');
    post.data.topics.forEach((topic, index) => need(`topics.${index}`, topic, translated.topics, 'topics', 'name, description'));
  }
}
