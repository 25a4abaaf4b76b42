/**
 * After the pages: `_redirects` (static hosts answer every alias with a real 301 from it), then
 * the publishing summary staff read at the end of every build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentReport } from '../lib/content-report.ts';
import { isWordpressIdPath, normaliseAlias, redirectLine, sitePageUrl, WORDPRESS_QUERY_REDIRECT } from '../lib/routes.ts';
import { findPlaceholders, type SiteConfig } from '../lib/site-config.ts';

export default function redirectsAndSummary(site: SiteConfig): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'sunshine:publishing',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const report = readContentReport(cacheDir);
        const redirects = [
          ...report.published.flatMap((post) => post.aliases.map((alias) => redirectLine(alias, post.id, post.lang))),
          ...report.sitePages.flatMap((page) => (page.redirect ? [`${sitePageUrl(page.id)} ${normaliseAlias(page.redirect)} 301`] : [])),
        ];
        // First, so WordPress's `/?p=123` links reach /wp/123/ before the home page answers them.
        if (report.published.some((post) => post.aliases.some(isWordpressIdPath))) redirects.unshift(WORDPRESS_QUERY_REDIRECT);
        writeFileSync(join(fileURLToPath(dir), '_redirects'), redirects.length ? `${redirects.join('\n')}\n` : '');
        const placeholders = [...findPlaceholders(site), ...report.placeholderPeople];
        logger.info('Publishing summary');
        for (const line of report.summary) logger.info(`  ${line}`);
        logger.info(`  ${report.warnings.length} content warning(s)${report.warnings.length ? ' (listed above; run npm run check:content)' : ''}`);
        if (placeholders.length) {
          logger.warn(`  ${placeholders.length} demo placeholder(s) to replace before launch:`);
          for (const placeholder of placeholders) logger.warn(`    ${placeholder}`);
        }
      },
    },
  };
}
