/**
 * The content pipeline: one reading of content/ that both `npm run check:content` and the
 * collections use. The loaders read every file once, check everything together, stop the build
 * with every problem listed (an Astro error with a hint, no stack trace), and store exactly the
 * data the check validated. They also write a small report of the published posts that the
 * preview-card, redirect and sitemap steps read after the content is loaded.
 */
import { existsSync, globSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { mdxToJs } from 'satteri';
import {
  checkContent,
  formatProblem,
  type CheckedData,
  type CheckedPost,
  type CheckedSitePage,
  type ContentCheckResult,
  type SiteRoutes,
} from '../lib/content-check/index.ts';
import { readContent, type RawContentFile } from '../lib/content-files.ts';
import { contentRoot } from '../lib/content-root.ts';
import { readingSummary } from '../lib/content-check/reading-level.ts';
import { buildFingerprint } from '../lib/build-fingerprint.ts';
import { isoDay } from '../lib/format.ts';
import { editorialRules, readingTargets } from '../editorial.config.ts';
import { site } from '../site.config.ts';
import { cardGlyphChecker } from '../lib/preview-card-fonts.ts';
import { authorUrl, pageUrlFromFile, topicUrl, type ContentKind } from '../lib/routes.ts';
import { languagesWithWords, type Lang } from '../i18n/locales.ts';
import { CONTENT_REPORT_FILE, type ContentReport } from '../lib/content-report.ts';

/** Components every MDX post can use without an import (passed to <Content components>). */
export const MDX_COMPONENTS = ['ContactCta'];

/** Paths of the fixed pages and public files, read from src/pages and public/. */
function siteRoutes(root: string): SiteRoutes {
  const staticPages = globSync('**/*.{astro,md,mdx,ts}', { cwd: join(root, 'src/pages') })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.includes('[') && !/^404\./.test(file))
    .map(pageUrlFromFile);
  const publicFiles = existsSync(join(root, 'public')) ? globSync('**/*', { cwd: join(root, 'public') }).map((file) => `/${file.split('\\').join('/')}`) : [];
  return {
    staticPages,
    publicFiles,
    providedComponents: MDX_COMPONENTS,
    compileMdx: (source) => void mdxToJs(source),
    packageExists: (name) => {
      const parts = name.split('/');
      const pkg = name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      return existsSync(join(root, 'node_modules', pkg, 'package.json'));
    },
  };
}

/** Every file under the content folder, each read when needed: the only place content is read from disk. */
export function listContentFiles(contentDir: string): RawContentFile[] {
  if (!existsSync(contentDir)) return [];
  return globSync('**/*', { cwd: contentDir, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => {
      const absolute = join(dirent.parentPath, dirent.name);
      return { entry: relative(contentDir, absolute).split('\\').join('/'), bytes: () => readFileSync(absolute) };
    });
}

export interface CheckOptions {
  /** The build's clock (tests pass a fixed one). */
  now?: Date;
  env?: Record<string, string | undefined>;
  /**
   * Files about to be written (the WordPress import): checked as if they were on disk, so a dry
   * run reports exactly what the build would. `files` replace or add text files; `paths` are other
   * files (images) that will exist, relative to the content root.
   */
  planned?: { files: readonly RawContentFile[]; paths: ReadonlySet<string> };
}

/** Reads content/ under `root` (or CONTENT_ROOT) once and checks it with the site's rules. */
export function checkContentFolder(root: string, { now = new Date(), env = process.env, planned }: CheckOptions = {}): ContentCheckResult {
  const contentDir = contentRoot(root, env);
  const plannedEntries = new Set(planned?.files.map((file) => file.entry));
  const onDisk = listContentFiles(contentDir).filter((file) => !plannedEntries.has(file.entry));
  const { entries, problems } = readContent([...onDisk, ...(planned?.files ?? [])]);
  const result = checkContent({
    entries,
    readProblems: problems,
    site: siteRoutes(root),
    editorial: { languages: editorialRules, reviewMaxAgeMonths: site.reviewMaxAgeMonths, siteName: site.name, readingTargets },
    undrawableOnCard: cardGlyphChecker(),
    fileExists: (path) =>
      path.startsWith('content/') && (planned?.paths.has(path.slice('content/'.length)) || plannedEntries.has(path.slice('content/'.length)))
        ? true
        : existsSync(path.startsWith('content/') ? join(contentDir, path.slice('content/'.length)) : join(root, path)),
    now,
  });
  if (result.posts.length === 0 && result.errorCount === 0) {
    const folder = relative(root, join(contentDir, 'posts')) || 'content/posts';
    result.problems.push({
      severity: 'error',
      file: folder,
      field: '(folder)',
      message: 'no posts found - check the folder (or CONTENT_ROOT) before publishing an empty blog',
    });
    result.errorCount += 1;
  }
  return result;
}

/** The report printed by the build and by `npm run check:content`. */
export function describeCheck(result: ContentCheckResult): { errors: string[]; warnings: string[]; summary: string[] } {
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  const warnings = result.problems.filter((p) => p.severity === 'warning').map(formatProblem);
  const published = result.posts.filter((post) => !post.skipped);
  const summary = [
    `${published.length} post(s) published`,
    ...(result.pages.length ? [`${result.pages.filter((page) => !page.skipped).length} site page(s) published (content/pages)`] : []),
    ...result.pages.filter((page) => page.skipped).map((page) => `skipped ${page.file}: draft: true (set draft: false to publish)`),
    ...result.posts.filter((post) => post.skipped === 'draft').map((post) => `skipped ${post.file}: draft: true (set draft: false to publish)`),
    ...result.posts
      .filter((post) => post.skipped === 'scheduled')
      .map((post) => `skipped ${post.file}: scheduled for ${isoDay(post.data.pubDate)} (pubDate is in the future)`),
    ...published
      .filter((post) => post.data.translationOf && !post.data.reviewer)
      .map((post) => `translation waiting for its own medical review: ${post.file} (the page shows the original's review as the original's)`),
    ...published
      .filter((post) => post.data.imported && !post.data.reviewer)
      .map((post) => `needs medical review and sources: ${post.file} (imported from WordPress; add references, reviewer and reviewedDate)`),
    ...readingSummary(published),
  ];
  return { errors, warnings, summary };
}

/** A content mistake as Astro shows it: the list first, then what to do; no stack trace. */
export function contentError(errors: readonly string[]): Error {
  const error = new AstroError(
    `Content has ${errors.length} problem(s); nothing was built:\n${errors.map((line) => `  ${line}`).join('\n')}`,
    'Each line is file:line  field  what is wrong - how to fix it. Fix them all, then build again (npm run check:content lists them without building).',
  );
  error.name = 'ContentError';
  error.stack = '';
  return error;
}

/** The language versions of each topic or author page that exists in more than one language. */
function versionsOf(entries: readonly CheckedData[], urlOf: (id: string, lang: Lang) => string): { lang: Lang; path: string }[][] {
  return entries.flatMap((entry) => {
    const translations = ((entry.raw ?? {}) as { translations?: Partial<Record<Lang, unknown>> }).translations ?? {};
    const langs = languagesWithWords(translations);
    return langs.length > 1 ? [langs.map((lang) => ({ lang, path: urlOf(entry.id, lang) }))] : [];
  });
}

/** What the later build steps need to know about the published posts. */
function reportOf(result: ContentCheckResult, summary: string[], warnings: string[]): ContentReport {
  return {
    published: result.posts
      .filter((post) => !post.skipped)
      .map((post) => ({
        id: post.id,
        file: post.file,
        title: post.data.title,
        topicName: result.topicNameIn(String(post.data.topics[0]), post.data.lang) ?? '',
        lang: post.data.lang,
        translationOf: post.data.translationOf,
        aliases: post.data.aliases,
        pubDate: post.data.pubDate.toISOString(),
        updatedDate: post.data.updatedDate?.toISOString(),
      })),
    signers: result.authors.flatMap((person) => {
      const { name, github } = (person.raw ?? {}) as { name?: unknown; github?: unknown };
      return typeof github === 'string' && github ? [{ id: person.id, name: String(name ?? person.id), github }] : [];
    }),
    sitePages: result.pages
      .filter((page) => !page.skipped)
      .map((page) => ({ id: page.id, redirect: page.data.redirect, translationOf: page.data.translationOf })),
    summary,
    warnings,
    placeholderPeople: [...placeholderPeople(result.authors), ...placeholderPages(result.pages)],
    pageVersions: [...versionsOf(result.topics, topicUrl), ...versionsOf(result.authors, authorUrl)],
  };
}

/** Sample site pages that say they are placeholders: the clinic replaces their words before launch. */
function placeholderPages(pages: readonly CheckedSitePage[]): string[] {
  return pages.flatMap((page) => {
    const line = page.facts.lines.find((entry) => /\b(?:placeholder|provisional)\b/i.test(entry.text));
    return line && !page.skipped ? [`${page.file}:${line.line}: ${line.text.trim()}`] : [];
  });
}

/** Sample people marked "(placeholder)" in content/authors: they must become real, named people. */
function placeholderPeople(authors: readonly CheckedData[]): string[] {
  return authors.flatMap((author) =>
    author.text
      .split('\n')
      .flatMap((line, index) => (/^\s*(name|credentials):.*placeholder|to be added/i.test(line) ? [`${author.file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

interface PipelineRun {
  errors: string[];
  byKind: { posts: CheckedPost[]; pages: CheckedSitePage[]; authors: CheckedData[]; topics: CheckedData[] };
}

/**
 * The collections' loaders. All three share one reading per change of the content folder, so
 * the check sees posts, authors and topics together and each file is read once.
 */
export function contentPipeline(root: string, env: Record<string, string | undefined> = process.env) {
  const contentDir = contentRoot(root, env);
  // A stored entry is reused only while the code that shapes it (schemas, Markdown plugins, this
  // pipeline, the config, the dependencies) is the code that stored it.
  const codeFingerprint = buildFingerprint(root);
  let last: { fingerprint: string; run: PipelineRun } | undefined;

  // Names, sizes and times of the files: reading again only when something changed.
  const fingerprint = () =>
    existsSync(contentDir)
      ? globSync('**/*', { cwd: contentDir })
          .sort()
          .map((entry) => {
            const stat = statSync(join(contentDir, entry));
            return `${entry}:${stat.size}:${stat.mtimeMs}`;
          })
          .join('\n')
      : '';

  function run({ logger, config, watcher }: Pick<LoaderContext, 'logger' | 'config' | 'watcher'>): PipelineRun {
    // A build reads once; the dev server reads again whenever a content file changed.
    const print = watcher ? fingerprint() : 'build';
    if (last?.fingerprint !== print) last = { fingerprint: print, run: check(logger, fileURLToPath(config.cacheDir), !!watcher) };
    // `astro dev` keeps serving the valid posts so editors can preview while they fix the rest.
    if (last.run.errors.length > 0 && !watcher) throw contentError(last.run.errors);
    return last.run;
  }

  /** One reading and check of the whole content folder, reported once. */
  function check(logger: LoaderContext['logger'], cacheDir: string, dev: boolean): PipelineRun {
    const result = checkContentFolder(root, { env });
    const { errors, warnings, summary } = describeCheck(result);
    for (const line of warnings) logger.warn(line);
    // A build stops with the list (see run); the dev server lists the problems and goes on.
    if (errors.length > 0 && dev) {
      logger.error(`Content has ${errors.length} problem(s); the posts with errors are left out:\n${errors.map((line) => `  ${line}`).join('\n')}`);
    }
    mkdirSync(cacheDir, { recursive: true });
    const report = reportOf(result, summary, warnings);
    writeFileSync(join(cacheDir, CONTENT_REPORT_FILE), JSON.stringify(report));
    return { errors, byKind: { posts: result.posts, pages: result.pages, authors: result.authors, topics: result.topics } };
  }

  async function sync(kind: ContentKind, context: LoaderContext) {
    const { store, parseData, generateDigest, renderMarkdown, config } = context;
    const { byKind } = run(context);
    const seen = new Set<string>();
    for (const entry of byKind[kind]) {
      const filePath = join(contentDir, entry.file.slice('content/'.length));
      const storedPath = relative(fileURLToPath(config.root), filePath).split('\\').join('/');
      // Articles and site pages have a Markdown body; authors and topics are data.
      const post = kind === 'posts' || kind === 'pages' ? (entry as CheckedPost | CheckedSitePage) : undefined;
      const digest = generateDigest(JSON.stringify([codeFingerprint, entry.raw, post?.body ?? '']));
      seen.add(entry.id);
      const existing = store.get(entry.id);
      if (existing?.digest === digest && existing.filePath === storedPath) {
        // Stored again as it was, so an entry kept from the cache still brings its pictures (and
        // an MDX post its module) into this build, as glob() does.
        store.delete(entry.id);
        store.set(existing);
        continue;
      }
      const data = await parseData({ id: entry.id, data: entry.raw as Record<string, unknown>, filePath });
      if (!post) {
        store.set({ id: entry.id, data, filePath: storedPath, digest });
      } else if (post.file.endsWith('.mdx')) {
        // MDX compiles to a module that Astro imports when the page renders.
        store.set({ id: entry.id, data, body: post.body, filePath: storedPath, digest, deferredRender: true });
      } else {
        // Astro's renderer with the site's Markdown plugins. It reads frontmatter from the text it
        // is given (the citation plugin needs the references): the checked data goes in as JSON,
        // which YAML reads back unchanged, on one line, so the body is never mistaken for it.
        const rendered = await renderMarkdown(`---\n${JSON.stringify(entry.raw)}\n---\n${post.body}`, { fileURL: pathToFileURL(filePath) });
        store.set({ id: entry.id, data, body: post.body, filePath: storedPath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
      }
    }
    for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  }

  return {
    /** The loader of one collection. */
    loader(kind: ContentKind): Loader {
      return {
        name: `sunshine-content-${kind}`,
        load: async (context) => {
          await sync(kind, context);
          const { watcher, logger } = context;
          if (!watcher) return;
          watcher.add(contentDir);
          let timer: ReturnType<typeof setTimeout> | undefined;
          watcher.on('all', (_event, path) => {
            if (!path.startsWith(contentDir)) return;
            clearTimeout(timer);
            timer = setTimeout(() => {
              sync(kind, context).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
            }, 50);
          });
        },
      };
    },
  };
}
