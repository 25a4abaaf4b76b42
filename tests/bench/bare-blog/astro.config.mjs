// The baseline for `npm run bench`: a bare Astro blog (one glob collection, one page per post,
// nothing else) built from the same synthetic posts as the full site.
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
