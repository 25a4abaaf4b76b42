/**
 * The content checker: validates every post, author and topic in one pass and reports every
 * problem at once as `file:line  field  what is wrong - how to fix it`.
 * It works on the one reading of the files (src/lib/content-files.ts) that the collections also
 * store (src/loaders/content-pipeline.ts), so the check passes exactly when the build does.
 * Pure: callers hand in the read files and a file-exists function.
 */
import { z } from 'astro/zod';
import { formatIssues, knownKeysOf } from './issues.ts';
import { createAuthorSchema, createPostSchema, SEARCH_TITLE_MAX, TopicSchema, type PostData } from './schemas.ts';
import { whyUnpublished } from './posts.ts';
import { referenceAnchor, unknownCitationMessage } from './citations.ts';
import { findMethodDetail, findPhrases, reviewStatus, type LanguageRules } from './editorial-checks.ts';
import { DEFAULT_LANG, LANGS, languagesWithWords, type Lang } from '../i18n/locales.ts';
import { isoDay } from './format.ts';
import { checkLinks, parseCompilerError, type SiteMap } from './link-check.ts';
import { readMarkdown, type MarkdownFacts } from './markdown-facts.ts';
import type { ContentProblem, ParsedYaml, ReadEntry } from './content-files.ts';
import { authorUrl, blogPageNumbers, blogPageUrl, homeUrl, normaliseAlias, postUrl, searchUrl, topicsUrl, topicUrl } from './routes.ts';

export type { ContentProblem };

export interface CheckedPost {
  id: string;
  file: string;
  data: PostData;
  body: string;
  /** The line of the file the body starts on. */
  bodyFirstLine: number;
  /** Facts read from the body's syntax tree. */
  facts: MarkdownFacts;
  /** What the file says, before validation: the collections validate this same object. */
  raw: unknown;
  /** 'draft' or 'scheduled' when a production build leaves the post out. */
  skipped?: 'draft' | 'scheduled';
}

/** An author or topic that passed the check. */
export interface CheckedData {
  id: string;
  file: string;
  raw: unknown;
  /** The file's text, as read. */
  text: string;
}

export interface ContentCheckInput {
  /** Every content file, read once (readContent), and the problems found reading them. */
  entries: readonly ReadEntry[];
  readProblems?: readonly ContentProblem[];
  /** Whether a path relative to the project root exists (used for images). */
  fileExists: (path: string) => boolean;
  now: Date;
  /** Editorial rules (src/editorial.config.ts); leave out to skip those checks. */
  editorial?: EditorialRules;
  /** The site's pages and MDX setup; leave out to skip link and MDX checks. */
  site?: SiteRoutes;
  /** Characters of a text the preview card cannot draw (no font, no emoji picture); leave out to skip. */
  undrawableOnCard?: (text: string) => string[];
}

/** What the build will produce, for checking links and MDX without rendering anything. */
export interface SiteRoutes {
  /** Paths of the fixed pages in src/pages, e.g. `/`, `/about/`. */
  staticPages: readonly string[];
  /** Files in public/ as paths, e.g. `/favicon.svg`. */
  publicFiles: readonly string[];
  /** Components every MDX post may use without importing them. */
  providedComponents: readonly string[];
  /** Compiles MDX, throwing `line:column: message` on a syntax error. */
  compileMdx: (source: string) => void;
  /** Whether a package an MDX file imports is installed. */
  packageExists: (name: string) => boolean;
}

export interface EditorialRules {
  /** Claims, safe-messaging and method rules of each language; a post is read with its own. */
  languages: Record<Lang, LanguageRules>;
  /** Reviews older than this many months are listed as warnings. */
  reviewMaxAgeMonths: number;
  /** The site's name, which follows every page title in search results (" | name"). */
  siteName?: string;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  posts: CheckedPost[];
  authors: CheckedData[];
  topics: CheckedData[];
  /** Display names of the valid topics, by id (English). */
  topicNames: Map<string, string>;
  /** A topic's name in a language (its English name where it has none). */
  topicNameIn: (id: string, lang: Lang) => string | undefined;
  errorCount: number;
  warningCount: number;
}

// Images and references are checked by hand below, with messages that name the missing thing.
const textStandIn = () => z.string({ error: 'must be text' });
const PostCheckSchema = createPostSchema({ image: textStandIn, authorReference: textStandIn, topicReference: textStandIn });
const AuthorCheckSchema = createAuthorSchema({ image: textStandIn });

function validate<T>(schema: z.ZodType<T>, parsed: ParsedYaml, file: string, problems: ContentProblem[]): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const problem of formatIssues(result.error.issues, parsed.data, knownKeysOf(schema))) {
    const path = problem.field ? problem.field.split('.') : [];
    problems.push({ severity: 'error', file, line: parsed.lineOf(path), field: problem.field || '(frontmatter)', message: problem.message });
  }
  return undefined;
}

function dirname(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** Resolves `./hero.jpg` relative to the file that mentions it. */
function resolveRelative(fromFile: string, target: string): string {
  const parts = dirname(fromFile).split('/');
  for (const segment of target.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

function checkImage(value: unknown, file: string, field: string, parsed: ParsedYaml, fileExists: ContentCheckInput['fileExists'], problems: ContentProblem[]) {
  if (typeof value !== 'string') return;
  if (/^(https?:)?\/\//.test(value)) {
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(field.split('.')),
      field,
      message: `"${value}" is a web address - save the image next to the post and write ./file-name.jpg`,
    });
    return;
  }
  const resolved = value.startsWith('/') ? `public${value}` : resolveRelative(file, value);
  if (!fileExists(resolved)) {
    problems.push({
      severity: 'error',
      file,
      line: parsed.lineOf(field.split('.')),
      field,
      message: `image "${value}" not found (looked for ${resolved}) - put the file there or fix the name`,
    });
  }
}

/** Every marker must match a reference (error); every reference should be cited (warning). */
function checkCitations(facts: MarkdownFacts, references: unknown, file: string, parsed: ParsedYaml, problems: ContentProblem[]) {
  const entries = Array.isArray(references) ? references : [];
  const ids = entries.map((ref) => (ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : undefined));
  const cited = new Set<string>();
  for (const citation of facts.citations) {
    for (const id of citation.ids) {
      cited.add(id);
      if (ids.includes(id)) continue;
      problems.push({
        severity: 'error',
        file,
        line: citation.line,
        field: `[@${id}]`,
        message: unknownCitationMessage(id),
      });
    }
  }
  ids.forEach((id, index) => {
    if (typeof id === 'string' && !cited.has(id)) {
      problems.push({
        severity: 'warning',
        file,
        line: parsed.lineOf(['references', index, 'id']),
        field: `references.${index}`,
        message: `"${id}" is never cited - cite it in the text with [@${id}] or remove it`,
      });
    }
  });
}

/** Claims, safe-messaging wording and review freshness: what readers of health content rely on. */
function checkWording(post: CheckedPost, parsed: ParsedYaml, rules: EditorialRules, now: Date, problems: ContentProblem[]) {
  const { data, file } = post;
  const fieldLine = (field: 'title' | 'description') => ({ line: parsed.lineOf([field]) ?? 1, text: data[field], field });
  const headerLines = [fieldLine('title'), fieldLine('description')];
  const fieldOf = (line: number) => headerLines.find((entry) => entry.line === line)?.field ?? 'text';
  const lines = [...headerLines, ...post.facts.lines];
  const language = rules.languages[data.lang];
  // Search results show about 60 characters of a title: a longer one gets a short title for them.
  if (rules.siteName) {
    const shown = `${data.shortTitle ?? data.title} | ${rules.siteName}`;
    if (shown.length > SEARCH_TITLE_MAX) {
      problems.push({
        severity: 'warning',
        file,
        line: parsed.lineOf([data.shortTitle ? 'shortTitle' : 'title']),
        field: data.shortTitle ? 'shortTitle' : 'title',
        message: `search results show "${shown}" (${shown.length} characters) and cut it after about ${SEARCH_TITLE_MAX} - ${data.shortTitle ? 'shorten shortTitle' : 'add shortTitle:'} (at most ${SEARCH_TITLE_MAX - 3 - rules.siteName.length} characters) for search results and shared links`,
      });
    }
  }
  for (const hit of [
    ...findPhrases(lines, language.claims),
    ...findPhrases(lines, language.safeMessaging),
    ...findPhrases(lines, language.glossary ?? []),
    ...findMethodDetail(lines, language.methodWords, language.crisisTrigger),
  ]) {
    problems.push({ severity: hit.severity, file, line: hit.line, field: fieldOf(hit.line), message: `"${hit.found}": ${hit.why}` });
  }

  if (post.skipped === 'draft') return;
  // Scaffolded posts are full of TODO notes: fine in a draft, never on the public site.
  for (const todo of lines.filter((entry) => /\bTODO\b/.test(entry.text))) {
    problems.push({
      severity: 'error',
      file,
      line: todo.line,
      field: fieldOf(todo.line),
      message: 'still has a TODO note - finish it, or set draft: true until the post is ready',
    });
  }
  const status = reviewStatus(data, now, rules.reviewMaxAgeMonths);
  const reviewLine = parsed.lineOf(['reviewedDate']) ?? parsed.lineOf(['reviewer']);
  // A translation without its own review shows its original's review as the original's, honestly,
  // and the build summary lists it as waiting for review (src/loaders/content-pipeline.ts).
  if (status.state === 'no-reviewer' && !data.translationOf) {
    problems.push({
      severity: 'warning',
      file,
      line: parsed.lineOf(['author']),
      field: 'reviewer',
      message: 'no medical reviewer - add reviewer: (an author id) and reviewedDate: once a clinician has checked the post',
    });
  } else if (status.state === 'no-review-date') {
    problems.push({
      severity: 'warning',
      file,
      line: reviewLine,
      field: 'reviewedDate',
      message: 'reviewer without a review date - add reviewedDate: with the day of the review',
    });
  } else if (status.state === 'stale') {
    problems.push({
      severity: 'warning',
      file,
      line: reviewLine,
      field: 'reviewedDate',
      message: `last reviewed ${isoDay(status.reviewedDate)}, ${status.months} months ago (limit ${rules.reviewMaxAgeMonths}) - ask a clinician to review the post and update reviewedDate`,
    });
  }
}

/** Links in every post and, for MDX, syntax and components. */
function checkBodies(
  posts: readonly CheckedPost[],
  topicIds: Map<Lang, Set<string>>,
  authorIds: Map<Lang, Set<string>>,
  input: ContentCheckInput,
  routes: SiteRoutes,
  lineFinders: Map<string, ParsedYaml['lineOf']>,
  problems: ContentProblem[],
) {
  const published = posts.filter((post) => !post.skipped);
  const pages = new Set<string>(routes.staticPages);
  for (const lang of LANGS) {
    for (const page of [homeUrl(lang), topicsUrl(lang), searchUrl(lang)]) pages.add(page);
    for (const page of blogPageNumbers(published.filter((post) => post.data.lang === lang).length)) pages.add(blogPageUrl(page, lang));
    for (const id of topicIds.get(lang) ?? []) pages.add(topicUrl(id, lang));
    for (const id of authorIds.get(lang) ?? []) pages.add(authorUrl(id, lang));
  }
  const anchors = new Map<string, Set<string>>();
  const fixedPages = new Set(pages);
  for (const post of posts) {
    post.data.aliases.forEach((alias, index) => {
      if (fixedPages.has(normaliseAlias(alias))) {
        problems.push({
          severity: 'error',
          file: post.file,
          line: lineFinders.get(post.file)?.(['aliases', index]),
          field: `aliases.${index}`,
          message: `"${alias}" is a page of the site itself - an alias must be an old address that no longer exists`,
        });
      }
    });
  }
  const anchorsOf = (post: CheckedPost) =>
    new Set([...post.facts.headings.map((heading) => heading.slug), ...post.data.references.map((ref) => referenceAnchor(ref.id)), 'main', 'sources-heading']);
  for (const post of published) {
    pages.add(postUrl(post.id, post.data.lang));
    for (const alias of post.data.aliases) pages.add(normaliseAlias(alias));
    anchors.set(postUrl(post.id, post.data.lang), anchorsOf(post));
  }
  const site: SiteMap = {
    pages,
    files: new Set(routes.publicFiles),
    anchors,
    unpublished: new Map(
      posts
        .filter((post) => post.skipped)
        .map((post) => [postUrl(post.id, post.data.lang), post.skipped === 'draft' ? 'it is a draft' : `it is scheduled for ${isoDay(post.data.pubDate)}`]),
    ),
  };

  for (const post of posts) {
    const ownPath = postUrl(post.id, post.data.lang);
    // A draft may link to other drafts: both are previewed together.
    const siteForPost: SiteMap = post.skipped
      ? { ...site, pages: new Set([...pages, ...site.unpublished.keys()]), anchors: new Map([...anchors, [ownPath, anchorsOf(post)]]) }
      : site;
    for (const problem of checkLinks(post.facts.links, ownPath, siteForPost, (relative) => input.fileExists(resolveRelative(post.file, relative)))) {
      problems.push({ severity: 'error', file: post.file, line: problem.line, field: 'link', message: `${problem.url}: ${problem.message}` });
    }
    if (!post.file.endsWith('.mdx')) continue;
    try {
      routes.compileMdx(post.body);
    } catch (error) {
      const parsed = parseCompilerError(error instanceof Error ? error.message : String(error));
      problems.push({
        severity: 'error',
        file: post.file,
        line: parsed.line ? post.bodyFirstLine + parsed.line - 1 : undefined,
        field: '(mdx)',
        message: `${parsed.message} - MDX treats < and { as code: write &lt; and &#123; in text, and close every component tag`,
      });
    }
    const imported = new Set(post.facts.imports.flatMap((entry) => entry.names));
    for (const entry of post.facts.imports) {
      const exists = entry.from.startsWith('.') ? input.fileExists(resolveRelative(post.file, entry.from)) : routes.packageExists(entry.from);
      if (!exists)
        problems.push({
          severity: 'error',
          file: post.file,
          line: entry.line,
          field: 'import',
          message: `imports "${entry.from}", which does not exist - fix the path or remove the import`,
        });
    }
    for (const component of post.facts.components) {
      if (imported.has(component.name) || routes.providedComponents.includes(component.name)) continue;
      problems.push({
        severity: 'error',
        file: post.file,
        line: component.line,
        field: `<${component.name}>`,
        message: `no component called ${component.name} - use one of: ${routes.providedComponents.join(', ')}, or import it`,
      });
    }
  }
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

const EMPTY_FACTS: MarkdownFacts = { links: [], headings: [], citations: [], lines: [], plainText: '', components: [], imports: [] };

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
        problems.push({
          severity: 'error',
          file: file.path,
          line: parsed.lineOf(field.split('.')),
          field,
          message: `unknown ${folder === 'authors' ? 'author' : 'topic'} "${id}" - use one of: ${sorted.join(', ') || '(none yet)'}, or add content/${folder}/${id}.yaml`,
        });
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
    const undrawable = input.undrawableOnCard?.(data.title) ?? [];
    if (undrawable.length > 0) {
      problems.push({
        severity: 'warning',
        file: file.path,
        line: parsed.lineOf(['title']),
        field: 'title',
        message: `the preview card for shared links has no font for ${undrawable.map((char) => `"${char}"`).join(', ')} and would draw an empty box - use other characters in the title, or accept the gap on the card`,
      });
    }
    posts.push(post);
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
      problems.push({
        severity: 'warning',
        file: post.file,
        line: lineFinders.get(post.file)?.(['title']),
        field: 'title',
        message: `the same title as ${named} - readers and search engines cannot tell them apart; give each post its own title`,
      });
    }
  }

  // Each alias must be a free path: not another post's URL and not another post's alias.
  const urlOwners = new Map<string, string>();
  for (const post of posts) urlOwners.set(postUrl(post.id, post.data.lang), post.file);
  for (const post of posts) {
    post.data.aliases.forEach((alias, index) => {
      const normalised = normaliseAlias(alias);
      const owner = urlOwners.get(normalised);
      if (owner && owner !== post.file) {
        problems.push({
          severity: 'error',
          file: post.file,
          line: lineFinders.get(post.file)?.(['aliases', index]),
          field: `aliases.${index}`,
          message: `"${alias}" is already used by ${owner} - choose another path or remove it`,
        });
      } else {
        urlOwners.set(normalised, post.file);
      }
    });
  }

  checkTranslations(posts, lineFinders, problems);
  checkPeopleAndTopicsInLanguage(posts, translated, lineFinders, problems);

  const inLanguage = (known: Map<string, Set<Lang>>) =>
    new Map(LANGS.map((lang) => [lang, new Set([...known].filter(([, langs]) => langs.has(lang)).map(([id]) => id))]));
  if (input.site) checkBodies(posts, inLanguage(translated.topics), inLanguage(translated.authors), input, input.site, lineFinders, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  const topicNameIn = (id: string, lang: Lang) => localTopicNames.get(`${lang} ${id}`) ?? topicNames.get(id);
  return { problems, posts, authors, topics, topicNames, topicNameIn, errorCount, warningCount: problems.length - errorCount };
}

/**
 * Translations: each names an original that exists (`translationOf`), written in another language,
 * with at most one translation per language; an original changed after its translation is listed.
 */
function checkTranslations(posts: readonly CheckedPost[], lineFinders: Map<string, ParsedYaml['lineOf']>, problems: ContentProblem[]) {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const seen = new Map<string, CheckedPost>();
  const lastChange = (post: CheckedPost) => post.data.updatedDate ?? post.data.pubDate;
  for (const post of posts) {
    const originalId = post.data.translationOf;
    if (!originalId) continue;
    const line = lineFinders.get(post.file)?.(['translationOf']);
    const error = (message: string) => problems.push({ severity: 'error', file: post.file, line, field: 'translationOf', message });
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
      problems.push({
        severity: 'error',
        file: post.file,
        line: lineFinders.get(post.file)?.(['reviewedDate']) ?? line,
        field: 'reviewedDate',
        message: `reviewed ${isoDay(reviewed)}, before this translation was ${post.data.updatedDate ? 'last updated' : 'published'} (${isoDay(lastChange(post))}) - a bilingual clinician reviews the translation itself and sets its own reviewedDate; until then remove reviewer and reviewedDate (the page shows the original's review as such)`,
      });
    }
    if (lastChange(original) > lastChange(post)) {
      problems.push({
        severity: 'warning',
        file: post.file,
        line,
        field: 'translationOf',
        message: `${original.file} was updated on ${isoDay(lastChange(original))}, after this translation (${isoDay(lastChange(post))}) - bring the translation up to date and set its updatedDate`,
      });
    }
  }
}

/** A post in Spanish shows its author, reviewer and topics in Spanish: their files need those words. */
function checkPeopleAndTopicsInLanguage(
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
      problems.push({
        severity: 'error',
        file: post.file,
        line: lineFinders.get(post.file)?.(field.split('.')),
        field,
        message: `content/${folder}/${id}.yaml has no ${lang} words for this ${lang} post - add translations: ${lang}: { ${words} } to that file`,
      });
    };
    need('author', post.data.author, translated.authors, 'authors', 'role, bio');
    need('reviewer', post.data.reviewer, translated.authors, 'authors', 'role, bio');
    post.data.topics.forEach((topic, index) => need(`topics.${index}`, topic, translated.topics, 'topics', 'name, description'));
  }
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
