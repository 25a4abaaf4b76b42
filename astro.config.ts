import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { brandTokens } from './src/integrations/brand-tokens.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { citationsPlugin, headingAnchorsPlugin } from './src/markdown/citations.ts';
import { externalLinksPlugin } from './src/markdown/external-links.ts';
import { articleImageSizesPlugin } from './src/markdown/image-sizes.ts';
import buildFingerprint from './src/integrations/build-fingerprint.ts';
import previewCards from './src/integrations/preview-cards.ts';
import searchIndex from './src/integrations/search-index.ts';
import redirectsAndSummary from './src/integrations/redirects.ts';
import editor from './src/integrations/editor.ts';
import { contentReportReader } from './src/lib/content-report.ts';
import { includeInSitemap } from './src/lib/feed.ts';
import { site } from './src/site.config.ts';
import { THEME_BOOTSTRAP } from './src/lib/theme.ts';
import { DEFAULT_LANG, LANGS, LOCALES } from './src/i18n/locales.ts';
import { pageAlternatesByPath, WORDPRESS_ID_SCRIPT } from './src/lib/routes.ts';

// Benchmarks and the test site build into their own cache folder so every cold build is really cold.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
// The sitemap asks once per page: what it needs comes from the content pipeline's report, read once per build.
const contentReport = contentReportReader(new URL(`${cacheDir.replace(/\/?$/, '/')}`, import.meta.url));

const formOrigin = site.contactForm?.endpoint.startsWith('http') ? ` ${new URL(site.contactForm.endpoint).origin}` : '';

export default defineConfig({
  site: site.url,
  cacheDir,
  // One URL per page: every path ends in a slash, like the folders Astro writes.
  trailingSlash: 'always',
  // English keeps its addresses; other languages live under /<code>/ (src/lib/routes.ts names their pages).
  i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // Eight pages in flight: while one page's files are written the next renders (about 20% faster
  // page generation at 1,000 posts; more gains little).
  build: { format: 'directory', concurrency: 8 },
  // Pictures in an article's Markdown (imported WordPress posts have many) get a srcset, so a
  // phone loads a copy near its width instead of the full-size original.
  image: { layout: 'constrained' },
  // Sätteri is Astro's default (native) Markdown engine; .mdx files inherit this configuration.
  markdown: {
    processor: satteri({ hastPlugins: [citationsPlugin, headingAnchorsPlugin, externalLinksPlugin, articleImageSizesPlugin] }),
    // Articles have no code; Shiki's inline styles would also need 'unsafe-inline' under the CSP.
    syntaxHighlight: false,
  },
  integrations: [
    // First: every page Astro may reuse from the last build keys it by this fingerprint of the code.
    buildFingerprint(),
    mdx(),
    sitemap({
      filter: (page) => includeInSitemap(new URL(page).pathname, contentReport().aliasPaths),
      // Each page lists its versions in other languages (articles by translationOf, fixed pages by name).
      serialize: (item) => {
        const path = new URL(item.url).pathname;
        const changed = contentReport().lastModified.get(path);
        const versions = contentReport().alternates.get(path) ?? pageAlternatesByPath(path);
        return {
          ...item,
          ...(changed ? { lastmod: changed.toISOString() } : {}),
          ...(versions.length > 1
            ? { links: versions.map((version) => ({ lang: LOCALES[version.lang].tag, url: new URL(version.path, site.url).href })) }
            : {}),
        };
      },
    }),
    // After the pages, in this order: the search index (new preview cards keep drawing in the
    // background meanwhile), the preview cards, then `_redirects` and the publishing summary.
    searchIndex(),
    previewCards(site),
    redirectsAndSummary(site),
    // Last: the staff editor at /admin/, which reads the built article's stylesheet for its preview.
    editor(site),
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
        // Astro hashes the scripts it bundles; these inline ones are ours (theme; WordPress `?p=` links), so we list their hashes.
        hashes: [THEME_BOOTSTRAP, WORDPRESS_ID_SCRIPT].map((script) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Frontmatter autocompletion in VS Code (with "astro.content-intellisense" in .vscode/settings.json).
  // Incremental builds: article pages whose inputs are unchanged are reused from the last build.
  experimental: { contentIntellisense: true, incrementalBuild: true },
  vite: {
    // The palette goes into the stylesheet first, then Tailwind reads it.
    plugins: [brandTokens(), tailwindcss()],
  },
});
