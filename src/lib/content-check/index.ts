/**
 * The content checker: validates every post, author and topic in one pass and reports every
 * problem at once as `file:line  field  what is wrong - how to fix it`.
 * It works on the one reading of the files (src/lib/content-files.ts) that the collections also
 * store (src/loaders/content-pipeline.ts), so the check passes exactly when the build does.
 * Pure: callers hand in the read files and a file-exists function. Each rule is a module of this
 * folder; every problem is built by problemAt() (problem.ts).
 */
import { z } from 'astro/zod';
import { formatIssues, knownKeysOf } from '../issues.ts';
import { createAuthorSchema, createPostSchema, SitePageSchema, TopicSchema } from '../schemas.ts';
import { whyUnpublished } from '../posts.ts';
import { LANGS, languagesWithWords, type Lang } from '../../i18n/locales.ts';
import { parseCompilerError } from '../link-check.ts';
import { readMarkdown, type MarkdownFacts } from '../markdown-facts.ts';
import type { ContentProblem, ParsedYaml, ReadEntry } from '../content-files.ts';
import { problemAt } from './problem.ts';
import type { CheckedData, CheckedPost, CheckedSitePage, ContentCheckInput, ContentCheckResult } from './types.ts';
import { checkSitePageTranslations, checkSitePageWording } from './site-pages.ts';
import { checkAddresses, fixedPagesOf } from './addresses.ts';
import { checkImage } from './images.ts';
import { checkCitations } from './citations.ts';
import { checkWording } from './wording.ts';
import { checkReadingLevel } from './reading-level.ts';
import { checkBodies } from './bodies.ts';
import { checkTranslations } from './translations.ts';
import { checkPeopleAndTopicsInLanguage } from './languages.ts';

export type { ContentProblem };
export type * from './types.ts';

const textStandIn = () => z.string({ error: 'must be text' });
const PostCheckSchema = createPostSchema({ image: textStandIn, authorReference: textStandIn, topicReference: textStandIn });
const AuthorCheckSchema = createAuthorSchema({ image: textStandIn });

function validate<T>(schema: z.ZodType<T>, parsed: ParsedYaml, file: string, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const problem of formatIssues(result.error.issues, parsed.data, knownKeysOf(schema))) {
    const path = problem.field ? problem.field.split('.') : [];
    problems.push(problemAt('error', file, parsed.lineOf(path), problem.field || '(frontmatter)', problem.message));
  }
  return undefined;
}

/**
 * Facts of a body. MDX that does not parse (the compile step reports it with its line) is read
 * up to that line, so the problems before it are reported in the same run.
 */
function readFacts(body: string, mdx: boolean, firstLine: number): MarkdownFacts {
  try {
    return readMarkdown(body, { mdx, firstLine });
  } catch (error) {
    if (!mdx) throw error;
    const line = parseCompilerError(error instanceof Error ? error.message : String(error)).line;
    if (!line || line <= 1) return EMPTY_FACTS;
    return readFacts(
      body
        .split('\n')
        .slice(0, line - 1)
        .join('\n'),
      mdx,
      firstLine,
    );
  }
}

const EMPTY_FACTS: MarkdownFacts = { links: [], headings: [], citations: [], lines: [], plainText: '', blocks: [], components: [], imports: [] };

export function checkContent(input: ContentCheckInput): ContentCheckResult {
  const problems: ContentProblem[] = [...(input.readProblems ?? [])];
  const ofKind = (kind: ReadEntry['file']['kind']) => input.entries.filter((entry) => entry.file.kind === kind);

  const authorIds = new Set<string>();
  const authors: CheckedData[] = [];
  // Who and what has words in each language: a post in Spanish needs its people and topics in Spanish.
  const translated = { authors: new Map<string, Set<Lang>>(), topics: new Map<string, Set<Lang>>() };
  const languagesOf = (data: { translations: Partial<Record<Lang, unknown>> }) => new Set<Lang>(languagesWithWords(data.translations));
  const dataLines = new Map<string, ParsedYaml['lineOf']>();
  for (const { file, parsed } of ofKind('authors')) {
    authorIds.add(file.id);
    const data = validate(AuthorCheckSchema, parsed, file.path, problems);
    if (data) translated.authors.set(file.id, languagesOf(data));
    dataLines.set(file.path, parsed.lineOf);
    if (data?.photo) checkImage(data.photo, file.path, 'photo', parsed, input.fileExists, problems);
    if (data) authors.push({ id: file.id, file: file.path, raw: parsed.data, text: file.text });
  }
  const topicIds = new Set<string>();
  const topicNames = new Map<string, string>();
  const localTopicNames = new Map<string, string>();
  const topics: CheckedData[] = [];
  for (const { file, parsed } of ofKind('topics')) {
    topicIds.add(file.id);
    const topic = validate(TopicSchema, parsed, file.path, problems);
    dataLines.set(file.path, parsed.lineOf);
    if (topic) {
      translated.topics.set(file.id, languagesOf(topic));
      topicNames.set(file.id, topic.name);
      for (const [lang, words] of Object.entries(topic.translations)) if (words) localTopicNames.set(`${lang} ${file.id}`, words.name);
      topics.push({ id: file.id, file: file.path, raw: parsed.data, text: file.text });
    }
  }

  const posts: CheckedPost[] = [];
  const lineFinders = new Map<string, ParsedYaml['lineOf']>();
  for (const { file, parsed, body = '', bodyFirstLine = 1 } of ofKind('posts')) {
    const data = validate(PostCheckSchema, parsed, file.path, problems);
    // References and images are checked on what the editor wrote, even when other fields are
    // invalid, so one run reports every problem of the file.
    const raw = (parsed.data ?? {}) as Record<string, unknown>;
    const unknownRef = (field: string, id: unknown, known: Set<string>, folder: string) => {
      if (typeof id === 'string' && !known.has(id)) {
        const sorted = [...known].sort();
        problems.push(
          problemAt(
            'error',
            file.path,
            parsed.lineOf(field.split('.')),
            field,
            `unknown ${folder === 'authors' ? 'author' : 'topic'} "${id}" - use one of: ${sorted.join(', ') || '(none yet)'}, or add content/${folder}/${id}.yaml`,
          ),
        );
      }
    };
    unknownRef('author', raw.author, authorIds, 'authors');
    unknownRef('reviewer', raw.reviewer, authorIds, 'authors');
    if (Array.isArray(raw.topics)) raw.topics.forEach((topic, index) => unknownRef(`topics.${index}`, topic, topicIds, 'topics'));
    const hero = raw.hero as { image?: unknown } | undefined;
    if (hero && typeof hero === 'object') checkImage(hero.image, file.path, 'hero.image', parsed, input.fileExists, problems);
    const mdx = file.path.endsWith('.mdx');
    const facts = readFacts(body, mdx, bodyFirstLine);
    checkCitations(facts, raw.references, file.path, parsed, problems);
    lineFinders.set(file.path, parsed.lineOf);
    if (!data) continue;
    const post: CheckedPost = { id: file.id, file: file.path, data, body, bodyFirstLine, facts, raw: parsed.data, skipped: whyUnpublished(data, input.now) };
    if (input.editorial) checkWording(post, parsed, input.editorial, input.now, problems);
    if (input.editorial?.readingTargets) checkReadingLevel(post, parsed, input.editorial.readingTargets, problems);
    const undrawable = input.undrawableOnCard?.(data.title) ?? [];
    if (undrawable.length > 0) {
      problems.push(
        problemAt(
          'warning',
          file.path,
          parsed.lineOf(['title']),
          'title',
          `the preview card for shared links has no font for ${undrawable.map((char) => `"${char}"`).join(', ')} and would draw an empty box - use other characters in the title, or accept the gap on the card`,
        ),
      );
    }
    posts.push(post);
  }

  const pages: CheckedSitePage[] = [];
  for (const { file, parsed, body = '', bodyFirstLine = 1 } of ofKind('pages')) {
    const data = validate(SitePageSchema, parsed, file.path, problems);
    lineFinders.set(file.path, parsed.lineOf);
    if (!data) continue;
    const page: CheckedSitePage = { id: file.id, file: file.path, data, body, facts: readFacts(body, false, bodyFirstLine), raw: parsed.data };
    if (data.draft) page.skipped = 'draft';
    if (input.editorial) checkSitePageWording(page, parsed, input.editorial, problems);
    pages.push(page);
  }

  // Two posts with one title share a <title>, a preview image, and recommend each other by name.
  const byTitle = new Map<string, CheckedPost[]>();
  for (const post of posts) {
    const key = post.data.title.trim().toLowerCase().replace(/\s+/g, ' ');
    byTitle.set(key, [...(byTitle.get(key) ?? []), post]);
  }
  for (const same of byTitle.values()) {
    if (same.length < 2) continue;
    for (const post of same) {
      const others = same.filter((other) => other !== post).map((other) => other.file);
      const named = others.length > 3 ? `${others.slice(0, 3).join(', ')} and ${others.length - 3} more` : others.join(' and ');
      problems.push(
        problemAt(
          'warning',
          post.file,
          lineFinders.get(post.file)?.(['title']),
          'title',
          `the same title as ${named} - readers and search engines cannot tell them apart; give each post its own title`,
        ),
      );
    }
  }

  checkTranslations(posts, lineFinders, problems);
  checkPeopleAndTopicsInLanguage(posts, translated, lineFinders, problems);

  const inLanguage = (known: Map<string, Set<Lang>>) =>
    new Map(LANGS.map((lang) => [lang, new Set([...known].filter(([, langs]) => langs.has(lang)).map(([id]) => id))]));
  const fixedPages = input.site && fixedPagesOf(posts, inLanguage(translated.topics), inLanguage(translated.authors), input.site);
  checkAddresses(posts, pages, fixedPages, lineFinders, problems);
  checkSitePageTranslations(pages, lineFinders, problems);
  if (input.site && fixedPages) checkBodies(posts, pages, fixedPages, input, input.site, lineFinders, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const topicNameIn = (id: string, lang: Lang) => localTopicNames.get(`${lang} ${id}`) ?? topicNames.get(id);
  return { problems, posts, pages, authors, topics, topicNames, topicNameIn, errorCount, warningCount: problems.length - errorCount };
}

/** One line per problem: `content/posts/a/index.md:7  hero.alt  required - describe the image`. */
/**
 * The problem as a GitHub Actions annotation: shown on the pull request, on the file and line,
 * where staff who publish from the browser editor see it.
 */
export function formatAnnotation(problem: ContentProblem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeProperty(problem.field)}`];
  return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(problem.message)}`;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${problem.severity === 'warning' ? 'warning ' : ''}${where}  ${problem.field}  ${problem.message}`;
}
