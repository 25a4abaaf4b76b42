/**
 * Preview cards (`/og/<slug>.png`) for every published post and the site. Drawing starts as soon
 * as the content is loaded and checked, beside Astro's own work, and the cards are placed in the
 * built site at the end.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentReport, type PublishedPostSummary } from '../lib/content-report.ts';
import { PREVIEW_IMAGE_FOLDER } from '../lib/routes.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { startOgImages, type OgBatch, type OgJob } from './og-images.ts';

/** One card per published post, plus the site's default card. */
export function previewCardJobs(posts: readonly PublishedPostSummary[], site: SiteConfig): OgJob[] {
  const domain = new URL(site.url).host;
  return [
    { name: 'default', card: { title: site.tagline, eyebrow: site.address.city, brand: site.name, domain } },
    ...posts.map((post) => ({ name: post.id, card: { title: post.title, eyebrow: post.topicName, brand: site.name, domain } })),
  ];
}

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
      // Content is loaded and checked before the build starts: the cards' words are known.
      'astro:build:start': () => {
        batch = startOgImages(previewCardJobs(readContentReport(cacheDir).published, site), root, cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!batch) return;
        const og = await batch.finish(join(fileURLToPath(dir), PREVIEW_IMAGE_FOLDER));
        logger.info(
          `Preview images: ${og.total} (${og.rendered} drawn, ${og.total - og.rendered} from cache); the build waited ${og.waitedSeconds.toFixed(2)} s for them`,
        );
      },
    },
  };
}
