/**
 * Preview cards (`/og/<slug>.png`) for every published post and the site. New cards start drawing
 * as soon as the content is loaded and checked (src/loaders/content-pipeline.ts calls
 * drawPreviewCardsEarly), beside Astro's own work; at the end this waits for them, draws any
 * still missing and places them in the built site.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentReport } from '../lib/content-report.ts';
import { PREVIEW_IMAGE_FOLDER } from '../lib/routes.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { placePreviewCards, previewCardJobs } from './og-images.ts';

export default function previewCards(site: SiteConfig): AstroIntegration {
  let root = '';
  let cacheDir = '';
  return {
    name: 'sunshine:preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const jobs = previewCardJobs(readContentReport(cacheDir).published, site);
        const og = await placePreviewCards(jobs, root, cacheDir, join(fileURLToPath(dir), PREVIEW_IMAGE_FOLDER));
        logger.info(
          `Preview images: ${og.total} (${og.rendered} drawn at the end, the rest while the site was built or from cache); the build waited ${og.waitedSeconds.toFixed(2)} s for them`,
        );
      },
    },
  };
}
