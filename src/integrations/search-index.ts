/** The Pagefind search index of a built site: article bodies only (data-pagefind-body). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(distDir: string, language: string): Promise<{ articles: number; pages: number; seconds: number }> {
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error('Pagefind could not start, so the search index was not built');
  try {
    // Only article pages carry data-pagefind-body; skip parsing the rest.
    const indexed = await index.addDirectory({ path: distDir, glob: 'blog/*/index.html' });
    if (indexed.errors.length) throw new Error(`Search index: ${indexed.errors.join('; ')}`);
    await index.writeFiles({ outputPath: join(distDir, 'pagefind') });
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const articles = Object.values(entry.languages).reduce((sum, entryLanguage) => sum + entryLanguage.page_count, 0);
    return { articles, pages: indexed.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
