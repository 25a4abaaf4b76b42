import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin } from './src/integrations/citations.ts';
import contentGuard from './src/integrations/content-guard.ts';
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
  integrations: [contentGuard(site), mdx(), sitemap()],
  // Frontmatter autocompletion in VS Code (with "astro.content-intellisense" in .vscode/settings.json).
  experimental: { contentIntellisense: true },
  vite: {
    plugins: [tailwindcss()],
  },
});
