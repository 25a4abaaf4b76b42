/**
 * The content check's part of the build that is not loading: Astro caches loaded posts by their
 * digest, which misses changes to the code that shapes content (schemas, the Markdown plugins,
 * the pipeline). When that code changes, this drops the cache so every post is loaded again.
 * The check itself runs in the collections' loaders (src/loaders/content-pipeline.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CONTENT_SHAPING_CODE = [
  'src/content.config.ts',
  'src/loaders/content-pipeline.ts',
  'src/lib/content-files.ts',
  'src/lib/schemas.ts',
  'src/lib/citations.ts',
  'src/lib/markdown-facts.ts',
  'src/integrations/citations.ts',
  'src/integrations/external-links.ts',
  'astro.config.ts',
];

/** Drops Astro's content cache when the code that shapes content changed; true if it did. */
export function invalidateStaleContentCache(root: string, cacheDir: string): boolean {
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

export default function contentCheck(): AstroIntegration {
  return {
    name: 'sunshine:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        if (invalidateStaleContentCache(fileURLToPath(config.root), fileURLToPath(config.cacheDir))) {
          logger.info('content code changed since the last build: loading every post again');
        }
      },
    },
  };
}
