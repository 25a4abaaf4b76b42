import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin } from './src/integrations/citations.ts';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import contentGuard, { publishedPosts } from './src/integrations/content-guard.ts';
import { includeInSitemap, lastModified } from './src/lib/feed.ts';
import { site } from './src/site.config.ts';
import { THEME_BOOTSTRAP } from './src/lib/theme.ts';

/** The sitemap asks once per page: derive what it needs from the build's posts only once. */
function perBuild<T>(derive: (posts: ReturnType<typeof publishedPosts>) => T): () => T {
  let seen: ReturnType<typeof publishedPosts> | undefined;
  let value: T | undefined;
  return () => {
    const posts = publishedPosts();
    if (posts !== seen) [seen, value] = [posts, derive(posts)];
    return value!;
  };
}
const aliasPaths = perBuild((posts) => new Set(posts.flatMap((post) => post.data.aliases)));
const articleDates = perBuild(lastModified);

const formOrigin = site.contactForm?.endpoint.startsWith('http') ? ` ${new URL(site.contactForm.endpoint).origin}` : '';

export default defineConfig({
  site: site.url,
  // Benchmarks build into their own cache folder so every cold build is really cold.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // One URL per page: every path ends in a slash, like the folders Astro writes.
  trailingSlash: 'always',
  // Eight pages in flight: while one page's files are written the next renders (about 20% faster
  // page generation at 1,000 posts; more gains little).
  build: { format: 'directory', concurrency: 8 },
  // Sätteri is Astro's default (native) Markdown engine; .mdx files inherit this configuration.
  markdown: {
    processor: satteri({ hastPlugins: [citationsPlugin, externalLinksPlugin] }),
    // Articles have no code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    contentGuard(site),
    mdx(),
    sitemap({
      filter: (page) => includeInSitemap(new URL(page).pathname, aliasPaths()),
      serialize: (item) => {
        const changed = articleDates().get(new URL(item.url).pathname);
        return changed ? { ...item, lastmod: changed.toISOString() } : item;
      },
    }),
  ],
  // Hash-based Content Security Policy in a <meta> on every page: only the site's own scripts and
  // styles run. Pagefind (search) compiles WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src 'self'${formOrigin}`,
        "object-src 'none'",
        "base-uri 'self'",
        // The contact form may post to (and be sent by script to) its configured endpoint.
        `form-action 'self'${formOrigin}`,
        'upgrade-insecure-requests',
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro hashes the scripts it bundles; this inline one is ours, so we list its hash.
        hashes: [`sha256-${createHash('sha256').update(THEME_BOOTSTRAP).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Frontmatter autocompletion in VS Code (with "astro.content-intellisense" in .vscode/settings.json).
  // Incremental builds: article pages whose inputs are unchanged are reused from the last build.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  vite: {
    plugins: [tailwindcss()],
  },
});
