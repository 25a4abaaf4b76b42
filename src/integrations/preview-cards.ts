/**
 * Preview cards (`/og/<slug>.png`) for every published post and the site. Astro loads and checks
 * the content before `astro:build:start`, so the cards' words are known then: new cards start
 * drawing at that moment, beside Astro's own work, and the end of the build waits for them and
 * places them in the built site.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentReport } from '../lib/content-report.ts';
import { PREVIEW_IMAGE_FOLDER } from '../lib/routes.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { previewCardJobs, startOgImages, type OgBatch } from './preview-card-batch.ts';

export default function previewCards(site: SiteConfig): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let batch: OgBatch | undefined;
  return {
    name: 'sunshine:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        batch = startOgImages(previewCardJobs(readContentReport(cacheDir).published, site), root, cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!batch) throw new Error('Preview cards were never started: astro:build:start did not run');
        const og = await batch.finish(join(fileURLToPath(dir), PREVIEW_IMAGE_FOLDER));
        logger.info(
          `Preview images: ${og.total} (${og.rendered} drawn, the rest from cache); the end of the build waited ${og.waitedSeconds.toFixed(2)} s for them`,
        );
      },
    },
  };
}
