import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin } from './src/integrations/citations.ts';
import contentGuard, { publishedPosts } from './src/integrations/content-guard.ts';
import { includeInSitemap, lastModified } from './src/lib/feed.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
  // One URL per page: every path ends in a slash, like the folders Astro writes.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri is Astro's default (native) Markdown engine; .mdx files inherit this configuration.
  markdown: {
    processor: satteri({ hastPlugins: [citationsPlugin] }),
  },
  integrations: [
    contentGuard(site),
    mdx(),
    sitemap({
      filter: (page) => includeInSitemap(new URL(page).pathname, new Set(publishedPosts().flatMap((post) => post.data.aliases))),
      serialize: (item) => {
        const changed = lastModified(publishedPosts()).get(new URL(item.url).pathname);
        return changed ? { ...item, lastmod: changed.toISOString() } : item;
      },
    }),
  ],
  // Frontmatter autocompletion in VS Code (with "astro.content-intellisense" in .vscode/settings.json).
  experimental: { contentIntellisense: true },
  vite: {
    plugins: [tailwindcss()],
  },
});
