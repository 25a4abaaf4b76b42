/**
 * Runs the content checker before Astro loads any content.
 * `astro build` stops with every problem listed (file, line, field, fix); `astro dev` only
 * reports, so an editor can keep previewing while fixing. Also prints which posts a production
 * build leaves out and why, and warns while the site config still has demo placeholders.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem, type CheckedPost, type ContentCheckResult, type ContentFile, type SiteRoutes } from '../lib/content-check.ts';
import { POST_FILE_PATTERNS, POSTS_PER_PAGE, postUrl } from '../lib/posts.ts';
import { contentRoot } from '../lib/content-root.ts';
import { findPlaceholders, type SiteConfig } from '../lib/site-config.ts';
import { claimRules, methodWords, safeMessagingRules } from '../editorial.config.ts';
import { site } from '../site.config.ts';
import { mdxToJs } from 'satteri';
import { startOgImages, type OgBatch, type OgJob } from './og-images.ts';
import { buildSearchIndex } from './search-index.ts';

/** Files of a content folder (`content/posts` ...), with paths as editors see them. */
function readFiles(root: string, folder: string, patterns: readonly string[]): ContentFile[] {
  const content = contentRoot(root, process.env);
  const base = join(content, folder.replace(/^content\/?/, ''));
  const found = new Set<string>();
  for (const pattern of patterns) for (const file of globSync(pattern, { cwd: base })) found.add(file);
  return [...found].sort().map((file) => {
    const absolute = join(base, file);
    return { path: `content/${relative(content, absolute).split('\\').join('/')}`, text: readFileSync(absolute, 'utf8') };
  });
}

/** Components every MDX post can use without an import (passed to <Content components>). */
export const MDX_COMPONENTS = ['ContactCta'];

/** Paths of the fixed pages and public files, read from src/pages and public/. */
function siteRoutes(root: string): SiteRoutes {
  const staticPages = globSync('**/*.{astro,md,mdx,ts}', { cwd: join(root, 'src/pages') })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !file.includes('[') && !/^404\./.test(file))
    .map((file) => {
      const route = file.replace(/\.(astro|mdx?|ts)$/, '');
      if (/\.[a-z0-9]+$/i.test(route)) return `/${route}`; // endpoints such as rss.xml
      return route === 'index' ? '/' : `/${route.replace(/\/index$/, '')}/`;
    });
  const publicFiles = existsSync(join(root, 'public')) ? globSync('**/*', { cwd: join(root, 'public') }).map((file) => `/${file.split('\\').join('/')}`) : [];
  return {
    staticPages,
    publicFiles,
    pageSize: POSTS_PER_PAGE,
    providedComponents: MDX_COMPONENTS,
    compileMdx: (source) => void mdxToJs(source),
    packageExists: (name) => {
      const parts = name.split('/');
      const pkg = name.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      return existsSync(join(root, 'node_modules', pkg, 'package.json'));
    },
  };
}

/** Reads content/ under `root` and checks it with the site's editorial rules. */
export function checkContentFolder(root: string, now = new Date()): ContentCheckResult {
  return checkContent({
    site: siteRoutes(root),
    editorial: {
      claims: claimRules,
      safeMessaging: safeMessagingRules,
      methodWords,
      reviewMaxAgeMonths: site.reviewMaxAgeMonths,
    },
    posts: readFiles(root, 'content/posts', POST_FILE_PATTERNS),
    authors: readFiles(root, 'content/authors', ['*.yaml', '*.yml']),
    topics: readFiles(root, 'content/topics', ['*.yaml', '*.yml']),
    fileExists: (path) => existsSync(path.startsWith('content/') ? join(contentRoot(root, process.env), path.slice('content/'.length)) : join(root, path)),
    now,
  });
}

/** The report printed by the build and by `npm run check:content`. */
export function describeCheck(result: ContentCheckResult): { errors: string[]; warnings: string[]; summary: string[] } {
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  const warnings = result.problems.filter((p) => p.severity === 'warning').map(formatProblem);
  const published = result.posts.filter((post) => !post.skipped);
  const drafts = result.posts.filter((post) => post.skipped === 'draft');
  const scheduled = result.posts.filter((post) => post.skipped === 'scheduled');
  const summary = [
    `${published.length} post(s) published`,
    ...drafts.map((post) => `skipped ${post.file}: draft: true (set draft: false to publish)`),
    ...scheduled.map(
      (post) => `skipped ${post.file}: scheduled for ${post.data.pubDate.toISOString().slice(0, 10)} (pubDate is in the future)`,
    ),
  ];
  return { errors, warnings, summary };
}

/**
 * Astro caches parsed and rendered content by each file's own text, so it misses changes to our
 * schemas or Markdown plugins. When the code that shapes content changes, drop that cache.
 */
const CONTENT_SHAPING_CODE = [
  'src/content.config.ts',
  'src/lib/schemas.ts',
  'src/lib/citations.ts',
  'src/integrations/citations.ts',
  'src/integrations/external-links.ts',
  'astro.config.ts',
];

function invalidateStaleContentCache(root: string, cacheDir: string): boolean {
  const digest = createHash('sha256');
  for (const file of CONTENT_SHAPING_CODE) {
    const path = join(root, file);
    digest.update(file).update(existsSync(path) ? readFileSync(path) : '');
  }
  const current = digest.digest('hex');
  const stamp = join(cacheDir, 'content-code.sha256');
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : '';
  if (previous === current) return false;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, current);
  return previous !== '';
}

/** One preview card per published post, plus the site's default card. */
function ogJobs(posts: readonly CheckedPost[], topicNames: ReadonlyMap<string, string>, siteConfig: SiteConfig): OgJob[] {
  const domain = new URL(siteConfig.url).host;
  return [
    { name: 'default', card: { title: siteConfig.tagline, eyebrow: siteConfig.address.city, brand: siteConfig.name, domain } },
    ...posts.map((post) => ({
      name: post.id,
      card: { title: post.data.title, eyebrow: topicNames.get(String(post.data.topics[0])) ?? '', brand: siteConfig.name, domain },
    })),
  ];
}

/** Sample people marked "(placeholder)" in content/authors: they must become real, named people. */
function placeholderPeople(root: string): string[] {
  return readFiles(root, 'content/authors', ['*.yaml', '*.yml']).flatMap((file) =>
    file.text.split('\n').flatMap((line, index) =>
      /^\s*(name|credentials):.*placeholder|to be added/i.test(line) ? [`${file.path}:${index + 1}: ${line.trim()}`] : [],
    ),
  );
}

/** The published posts of the current build, for integrations that run later (sitemap). */
let publishedInThisBuild: CheckedPost[] = [];
export const publishedPosts = (): readonly CheckedPost[] => publishedInThisBuild;

export default function contentGuard(site: SiteConfig): AstroIntegration {
  let buildSummary: { summary: string[]; warnings: string[] } | undefined;
  let previewImages: OgBatch | undefined;
  let root = '';
  return {
    name: 'sunshine:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        if (invalidateStaleContentCache(root, fileURLToPath(config.cacheDir))) {
          logger.info('content code changed since the last build: rendering every post again');
        }
        const result = checkContentFolder(root);
        const { errors, warnings, summary } = describeCheck(result);
        if (result.posts.length === 0 && errors.length === 0) {
          errors.push(`${relative(root, join(contentRoot(root, process.env), 'posts')) || 'content/posts'}  (folder)  no posts found - check the folder (or CONTENT_ROOT) before publishing an empty blog`);
        }
        for (const line of warnings) logger.warn(line);
        if (errors.length > 0) {
          const report = `Content has ${errors.length} problem(s); nothing was built:\n${errors.map((line) => `  ${line}`).join('\n')}`;
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        publishedInThisBuild = result.posts.filter((post) => !post.skipped);
        if (command === 'build') {
          buildSummary = { summary, warnings };
          // Preview cards depend only on checked content: start drawing them now, beside Astro's work.
          previewImages = startOgImages(ogJobs(publishedInThisBuild, result.topicNames, site), root, fileURLToPath(config.cacheDir));
        }
      },
      // After the pages: the rest of the preview images, search index, redirects, then the publishing summary.
      'astro:build:done': async ({ dir, logger }) => {
        if (!buildSummary || !previewImages) return;
        const dist = fileURLToPath(dir);
        // The search indexer is a separate process: it runs while the last cards are drawn.
        const [og, search] = await Promise.all([previewImages.finish(join(dist, 'og')), buildSearchIndex(dist, site.locale.split('-')[0]!)]);
        logger.info(`Preview images: ${og.total} (${og.rendered} drawn, ${og.total - og.rendered} from cache); the build waited ${og.waitedSeconds.toFixed(2)} s for them`);
        logger.info(`Search index: ${search.articles} article(s) from ${search.pages} page(s) in ${search.seconds.toFixed(2)} s`);
        // Static hosts (Netlify, Cloudflare Pages) answer old addresses with a real 301 from this file.
        const redirects = publishedInThisBuild.flatMap((post) => post.data.aliases.map((alias) => `${alias} ${postUrl(post.id)} 301`));
        writeFileSync(join(dist, '_redirects'), redirects.length ? `${redirects.join('\n')}\n` : '');
        const placeholders = [...findPlaceholders(site), ...placeholderPeople(root)];
        logger.info('Publishing summary');
        for (const line of buildSummary.summary) logger.info(`  ${line}`);
        logger.info(`  ${buildSummary.warnings.length} content warning(s)${buildSummary.warnings.length ? ' (listed above; run npm run check:content)' : ''}`);
        if (placeholders.length) {
          logger.warn(`  ${placeholders.length} demo placeholder(s) to replace before launch:`);
          for (const placeholder of placeholders) logger.warn(`    ${placeholder}`);
        }
      },
    },
  };
}
