/**
 * The content checker: validates every post, author and topic file in one pass and reports
 * every problem at once as `file:line  field  what is wrong - how to fix it`.
 * It runs before Astro loads content (see src/integrations/content-guard.ts), so a mistake can
 * never silently drop a post, and as `npm run check:content` for editors.
 * Pure: callers hand in file texts and a file-exists function.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { formatIssues, knownKeysOf } from './issues.ts';
import { createAuthorSchema, createPostSchema, TopicSchema, type PostData } from './schemas.ts';
import { postIdFromPath, postUrl, whyUnpublished } from './posts.ts';
import { markerLines, referenceAnchor } from './citations.ts';
import { findMethodDetail, findPhrases, readableLines, reviewStatus, type PhraseRule } from './editorial-checks.ts';
import { isoDay } from './format.ts';
import { checkLinks, extractLinks, headingAnchors, mdxComponents, parseCompilerError, type SiteMap } from './link-check.ts';

export interface ContentFile {
  /** Path relative to the project root, with forward slashes, e.g. content/posts/a/index.md. */
  path: string;
  text: string;
}

export interface ContentProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  field: string;
  message: string;
}

export interface CheckedPost {
  id: string;
  file: string;
  data: PostData;
  body: string;
  /** 'draft' or 'scheduled' when a production build leaves the post out. */
  skipped?: 'draft' | 'scheduled';
}

export interface ContentCheckInput {
  posts: readonly ContentFile[];
  authors: readonly ContentFile[];
  topics: readonly ContentFile[];
  /** Whether a path relative to the project root exists (used for images). */
  fileExists: (path: string) => boolean;
  now: Date;
  /** Editorial rules (src/editorial.config.ts); leave out to skip those checks. */
  editorial?: EditorialRules;
  /** The site's pages and MDX setup; leave out to skip link and MDX checks. */
  site?: SiteRoutes;
}

/** What the build will produce, for checking links and MDX without rendering anything. */
export interface SiteRoutes {
  /** Paths of the fixed pages in src/pages, e.g. `/`, `/about/`. */
  staticPages: readonly string[];
  /** Files in public/ as paths, e.g. `/favicon.svg`. */
  publicFiles: readonly string[];
  /** Articles per page on /blog/ (pages 2, 3 ... exist beyond it). */
  pageSize: number;
  /** Components every MDX post may use without importing them. */
  providedComponents: readonly string[];
  /** Compiles MDX, throwing `line:column: message` on a syntax error. */
  compileMdx: (source: string) => void;
  /** Whether a package an MDX file imports is installed. */
  packageExists: (name: string) => boolean;
}

export interface EditorialRules {
  claims: readonly PhraseRule[];
  safeMessaging: readonly PhraseRule[];
  methodWords: readonly string[];
  /** Reviews older than this many months are listed as warnings. */
  reviewMaxAgeMonths: number;
}

export interface ContentCheckResult {
  problems: ContentProblem[];
  posts: CheckedPost[];
  /** Display names of the valid topics, by id. */
  topicNames: Map<string, string>;
  errorCount: number;
  warningCount: number;
}

// Images and references are checked by hand below, with messages that name the missing thing.
const textStandIn = () => z.string({ error: 'must be text' });
const PostCheckSchema = createPostSchema({ image: textStandIn, authorReference: textStandIn, topicReference: textStandIn });
const AuthorCheckSchema = createAuthorSchema({ image: textStandIn });

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

interface ParsedYaml {
  data: unknown;
  /** Line of a field path in the file, when it can be located. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

function parseYaml(
  source: string,
  lineOffset: number,
  file: string,
  problems: ContentProblem[],
): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const position = lineCounter.linePos(error.pos[0]);
      problems.push({
        severity: 'error',
        file,
        line: position.line + lineOffset,
        field: '(yaml)',
        message: `${error.message.split('\n')[0]} - check indentation, colons and quotes on this line`,
      });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const partial = path.slice(0, depth);
      const parentPath = partial.slice(0, -1);
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      const last = partial[partial.length - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
        const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line + lineOffset;
      }
      const node = doc.getIn(partial, true) as { range?: [number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

function validate<T>(
  schema: z.ZodType<T>,
  parsed: ParsedYaml,
  file: string,
  problems: ContentProblem[],
): T | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const problem of formatIssues(result.error.issues, parsed.data, knownKeysOf(schema))) {
    const path = problem.field ? problem.field.split('.') : [];
    problems.push({ severity: 'error', file, line: parsed.lineOf(path), field: problem.field || '(frontmatter)', message: problem.message });
  }
  return undefined;
}

const idOfDataFile = (path: string) => path.replace(/^.*\//, '').replace(/\.ya?ml$/i, '');

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

function checkImage(
  value: unknown,
  file: string,
  field: string,
  parsed: ParsedYaml,
  fileExists: ContentCheckInput['fileExists'],
  problems: ContentProblem[],
) {
  if (typeof value !== 'string') return;
  if (/^(https?:)?\/\//.test(value)) {
    problems.push({ severity: 'error', file, line: parsed.lineOf(field.split('.')), field, message: `"${value}" is a web address - save the image next to the post and write ./file-name.jpg` });
    return;
  }
  const resolved = value.startsWith('/') ? `public${value}` : resolveRelative(file, value);
  if (!fileExists(resolved)) {
    problems.push({ severity: 'error', file, line: parsed.lineOf(field.split('.')), field, message: `image "${value}" not found (looked for ${resolved}) - put the file there or fix the name` });
  }
}

/** Every marker must match a reference (error); every reference should be cited (warning). */
function checkCitations(
  body: string,
  bodyFirstLine: number,
  references: unknown,
  file: string,
  parsed: ParsedYaml,
  problems: ContentProblem[],
) {
  const entries = Array.isArray(references) ? references : [];
  const ids = entries.map((ref) => (ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : undefined));
  const cited = markerLines(body);
  for (const [id, lines] of cited) {
    if (ids.includes(id)) continue;
    for (const line of lines) {
      problems.push({
        severity: 'error',
        file,
        line: bodyFirstLine + line - 1,
        field: `[@${id}]`,
        message: `no reference with id "${id}" - add it under references: in the frontmatter, or fix the id in the text`,
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
function checkWording(
  data: PostData,
  body: string,
  bodyFirstLine: number,
  file: string,
  parsed: ParsedYaml,
  rules: EditorialRules,
  now: Date,
  problems: ContentProblem[],
) {
  const fieldLine = (field: 'title' | 'description') => ({ line: parsed.lineOf([field]) ?? 1, text: data[field], field });
  const headerLines = [fieldLine('title'), fieldLine('description')];
  const bodyLines = readableLines(body, bodyFirstLine);
  const fieldOf = (line: number) => headerLines.find((entry) => entry.line === line)?.field ?? 'text';
  const lines = [...headerLines, ...bodyLines];
  for (const hit of [...findPhrases(lines, rules.claims), ...findPhrases(lines, rules.safeMessaging), ...findMethodDetail(lines, rules.methodWords)]) {
    problems.push({ severity: hit.severity, file, line: hit.line, field: fieldOf(hit.line), message: `"${hit.found}": ${hit.why}` });
  }

  if (whyUnpublished(data, now) === 'draft') return;
  // Scaffolded posts are full of TODO notes: fine in a draft, never on the public site.
  for (const todo of lines.filter((entry) => /\bTODO\b/.test(entry.text))) {
    problems.push({ severity: 'error', file, line: todo.line, field: fieldOf(todo.line), message: 'still has a TODO note - finish it, or set draft: true until the post is ready' });
  }
  const status = reviewStatus(data, now, rules.reviewMaxAgeMonths);
  const reviewLine = parsed.lineOf(['reviewedDate']) ?? parsed.lineOf(['reviewer']);
  if (status.state === 'no-reviewer') {
    problems.push({ severity: 'warning', file, line: parsed.lineOf(['author']), field: 'reviewer', message: 'no medical reviewer - add reviewer: (an author id) and reviewedDate: once a clinician has checked the post' });
  } else if (status.state === 'no-review-date') {
    problems.push({ severity: 'warning', file, line: reviewLine, field: 'reviewedDate', message: 'reviewer without a review date - add reviewedDate: with the day of the review' });
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
  bodies: Map<string, { firstLine: number; mdx: boolean }>,
  topicIds: Set<string>,
  authorIds: Set<string>,
  input: ContentCheckInput,
  routes: SiteRoutes,
  problems: ContentProblem[],
) {
  const published = posts.filter((post) => !post.skipped);
  const pages = new Set<string>(['/', '/blog/', '/topics/', ...routes.staticPages]);
  for (let page = 2; page <= Math.ceil(published.length / routes.pageSize); page++) pages.add(`/blog/${page}/`);
  for (const id of topicIds) pages.add(`/topics/${id}/`);
  for (const id of authorIds) pages.add(`/authors/${id}/`);
  const anchors = new Map<string, Set<string>>();
  const fixedPages = new Set(pages);
  for (const post of posts) {
    post.data.aliases.forEach((alias, index) => {
      if (fixedPages.has(alias.endsWith('/') ? alias : `${alias}/`)) {
        problems.push({ severity: 'error', file: post.file, field: `aliases.${index}`, message: `"${alias}" is a page of the site itself - an alias must be an old address that no longer exists` });
      }
    });
  }
  for (const post of published) {
    const path = postUrl(post.id);
    pages.add(path);
    for (const alias of post.data.aliases) pages.add(alias.endsWith('/') ? alias : `${alias}/`);
    anchors.set(path, new Set([...headingAnchors(post.body), ...post.data.references.map((ref) => referenceAnchor(ref.id)), 'main', 'sources-heading']));
  }
  const site: SiteMap = {
    pages,
    files: new Set(routes.publicFiles),
    anchors,
    unpublished: new Map(posts.filter((post) => post.skipped).map((post) => [postUrl(post.id), post.skipped === 'draft' ? 'it is a draft' : `it is scheduled for ${isoDay(post.data.pubDate)}`])),
  };

  for (const post of posts) {
    const { firstLine, mdx } = bodies.get(post.file)!;
    const at = (line: number) => firstLine + line - 1;
    const ownPath = postUrl(post.id);
    // A draft may link to other drafts: both are previewed together.
    const siteForPost: SiteMap = post.skipped
      ? { ...site, pages: new Set([...pages, ...site.unpublished.keys()]), anchors: new Map([...anchors, [ownPath, new Set([...headingAnchors(post.body), 'main'])]]) }
      : site;
    for (const problem of checkLinks(extractLinks(post.body), ownPath, siteForPost, (relative) => input.fileExists(resolveRelative(post.file, relative)))) {
      problems.push({ severity: 'error', file: post.file, line: at(problem.line), field: 'link', message: `${problem.url}: ${problem.message}` });
    }
    if (!mdx) continue;
    try {
      routes.compileMdx(post.body);
    } catch (error) {
      const parsed = parseCompilerError(error instanceof Error ? error.message : String(error));
      problems.push({ severity: 'error', file: post.file, line: parsed.line ? at(parsed.line) : undefined, field: '(mdx)', message: `${parsed.message} - MDX treats < and { as code: write &lt; and &#123; in text, and close every component tag` });
    }
    const { used, imports } = mdxComponents(post.body);
    const imported = new Set(imports.flatMap((entry) => entry.names));
    for (const entry of imports) {
      const exists = entry.from.startsWith('.') ? input.fileExists(resolveRelative(post.file, entry.from)) : routes.packageExists(entry.from);
      if (!exists) problems.push({ severity: 'error', file: post.file, line: at(entry.line), field: 'import', message: `imports "${entry.from}", which does not exist - fix the path or remove the import` });
    }
    for (const component of used) {
      if (imported.has(component.name) || routes.providedComponents.includes(component.name)) continue;
      problems.push({
        severity: 'error',
        file: post.file,
        line: at(component.line),
        field: `<${component.name}>`,
        message: `no component called ${component.name} - use one of: ${routes.providedComponents.join(', ')}, or import it`,
      });
    }
  }
}

export function checkContent(input: ContentCheckInput): ContentCheckResult {
  const problems: ContentProblem[] = [];

  const authorIds = new Set<string>();
  for (const file of input.authors) {
    authorIds.add(idOfDataFile(file.path));
    const parsed = parseYaml(file.text, 0, file.path, problems);
    if (!parsed) continue;
    const data = validate(AuthorCheckSchema, parsed, file.path, problems);
    if (data?.photo) checkImage(data.photo, file.path, 'photo', parsed, input.fileExists, problems);
  }
  const topicIds = new Set<string>();
  const topicNames = new Map<string, string>();
  for (const file of input.topics) {
    topicIds.add(idOfDataFile(file.path));
    const parsed = parseYaml(file.text, 0, file.path, problems);
    const topic = parsed && validate(TopicSchema, parsed, file.path, problems);
    if (topic) topicNames.set(idOfDataFile(file.path), topic.name);
  }

  const posts: CheckedPost[] = [];
  const bodies = new Map<string, { firstLine: number; mdx: boolean }>();
  const lineFinders = new Map<string, ParsedYaml['lineOf']>();
  const filesById = new Map<string, string[]>();
  for (const file of input.posts) {
    const id = postIdFromPath(file.path.replace(/^.*?content\/posts\//, ''));
    filesById.set(id, [...(filesById.get(id) ?? []), file.path]);

    const match = FRONTMATTER.exec(file.text);
    if (!match) {
      problems.push({ severity: 'error', file: file.path, line: 1, field: '(frontmatter)', message: 'no frontmatter - start the file with a --- line, the fields, and another --- line (see README)' });
      continue;
    }
    // Frontmatter starts on line 2 (line 1 is the opening ---).
    const parsed = parseYaml(match[1]!, 1, file.path, problems);
    if (!parsed) continue;
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
    const body = file.text.slice(match[0].length);
    const bodyFirstLine = match[0].split('\n').length;
    checkCitations(body, bodyFirstLine, raw.references, file.path, parsed, problems);
    if (!data) continue;
    if (input.editorial) checkWording(data, body, bodyFirstLine, file.path, parsed, input.editorial, input.now, problems);

    posts.push({ id, file: file.path, data, body, skipped: whyUnpublished(data, input.now) });
    bodies.set(file.path, { firstLine: bodyFirstLine, mdx: file.path.endsWith('.mdx') });
    lineFinders.set(file.path, parsed.lineOf);
  }

  for (const [id, files] of filesById) {
    if (files.length > 1) {
      for (const file of files) {
        problems.push({ severity: 'error', file, line: 1, field: '(file name)', message: `two posts have the slug "${id}" (${files.join(' and ')}) - rename or delete one` });
      }
    }
  }

  // Each alias must be a free path: not another post's URL and not another post's alias.
  const urlOwners = new Map<string, string>();
  for (const post of posts) urlOwners.set(postUrl(post.id), post.file);
  for (const post of posts) {
    post.data.aliases.forEach((alias, index) => {
      const normalised = alias.endsWith('/') ? alias : `${alias}/`;
      const owner = urlOwners.get(normalised);
      if (owner && owner !== post.file) {
        problems.push({ severity: 'error', file: post.file, line: lineFinders.get(post.file)?.(['aliases', index]), field: `aliases.${index}`, message: `"${alias}" is already used by ${owner} - choose another path or remove it` });
      } else {
        urlOwners.set(normalised, post.file);
      }
    });
  }

  if (input.site) checkBodies(posts, bodies, topicIds, authorIds, input, input.site, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const errorCount = problems.filter((p) => p.severity === 'error').length;
  return { problems, posts, topicNames, errorCount, warningCount: problems.length - errorCount };
}

/** One line per problem: `content/posts/a/index.md:7  hero.alt  required - describe the image`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${problem.severity === 'warning' ? 'warning ' : ''}${where}  ${problem.field}  ${problem.message}`;
}
