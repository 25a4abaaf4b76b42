/** The Pagefind search index of a built site: article bodies only (data-pagefind-body). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { POST_PAGES_GLOBS, SEARCH_INDEX_FOLDER } from '../lib/routes.ts';

export async function buildSearchIndex(distDir: string): Promise<{ articles: number; pages: number; seconds: number }> {
  const started = performance.now();
  // One index per language, from each page's <html lang>: the search page loads its own language's.
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start, so the search index was not built');
  try {
    // Only article pages carry data-pagefind-body; skip parsing the rest.
    const indexed = await index.addDirectory({ path: distDir, glob: `{${POST_PAGES_GLOBS.join(',')}}` });
    if (indexed.errors.length) throw new Error(`Search index: ${indexed.errors.join('; ')}`);
    await index.writeFiles({ outputPath: join(distDir, SEARCH_INDEX_FOLDER) });
    const entry = JSON.parse(readFileSync(join(distDir, SEARCH_INDEX_FOLDER, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const articles = Object.values(entry.languages).reduce((sum, entryLanguage) => sum + entryLanguage.page_count, 0);
    return { articles, pages: indexed.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** Indexes the built articles for the search page, after every page is written. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'sunshine:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const search = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${search.articles} article(s) from ${search.pages} page(s) in ${search.seconds.toFixed(2)} s`);
      },
    },
  };
}
