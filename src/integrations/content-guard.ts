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
import { checkContent, formatProblem, type ContentCheckResult, type ContentFile } from '../lib/content-check.ts';
import { POST_FILE_PATTERNS } from '../lib/posts.ts';
import { findPlaceholders, type SiteConfig } from '../lib/site-config.ts';
import { claimRules, methodWords, safeMessagingRules } from '../editorial.config.ts';
import { site } from '../site.config.ts';

function readFiles(root: string, folder: string, patterns: readonly string[]): ContentFile[] {
  const base = join(root, folder);
  const found = new Set<string>();
  for (const pattern of patterns) for (const file of globSync(pattern, { cwd: base })) found.add(file);
  return [...found].sort().map((file) => {
    const absolute = join(base, file);
    return { path: relative(root, absolute).split('\\').join('/'), text: readFileSync(absolute, 'utf8') };
  });
}

/** Reads content/ under `root` and checks it with the site's editorial rules. */
export function checkContentFolder(root: string, now = new Date()): ContentCheckResult {
  return checkContent({
    editorial: {
      claims: claimRules,
      safeMessaging: safeMessagingRules,
      methodWords,
      reviewMaxAgeMonths: site.reviewMaxAgeMonths,
    },
    posts: readFiles(root, 'content/posts', POST_FILE_PATTERNS),
    authors: readFiles(root, 'content/authors', ['*.yaml', '*.yml']),
    topics: readFiles(root, 'content/topics', ['*.yaml', '*.yml']),
    fileExists: (path) => existsSync(join(root, path)),
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

export default function contentGuard(site: SiteConfig): AstroIntegration {
  return {
    name: 'sunshine:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        if (invalidateStaleContentCache(root, fileURLToPath(config.cacheDir))) {
          logger.info('content code changed since the last build: rendering every post again');
        }
        const result = checkContentFolder(root);
        const { errors, warnings, summary } = describeCheck(result);
        for (const line of warnings) logger.warn(line);
        if (errors.length > 0) {
          const report = `Content has ${errors.length} problem(s); nothing was built:\n${errors.map((line) => `  ${line}`).join('\n')}`;
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        if (command === 'build') {
          for (const line of summary) logger.info(line);
          for (const placeholder of findPlaceholders(site)) logger.warn(`placeholder in src/site.config.ts: ${placeholder}`);
        }
      },
    },
  };
}
