/**
 * Preview cards for shared links, drawn once per change: each card is cached under a hash of its
 * words and of the build fingerprint (all code, the lockfile with the fonts' versions, Node), so an
 * unchanged article costs nothing on the next build and a change to the drawing redraws them all.
 * Large batches are drawn in low-priority worker threads that use whatever CPU Astro's own work
 * leaves idle. Fonts come from npm packages, never the network.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCardInput } from '../lib/preview-card.ts';
import type { PublishedPostSummary } from '../lib/content-report.ts';
import type { SiteConfig } from '../lib/site-config.ts';
import { buildFingerprint } from '../lib/build-fingerprint.ts';
import { cardEmojiDir, cardFonts, type FontFile } from '../lib/preview-card-fonts.ts';
import { cardDrawer } from './preview-card-worker.ts';
import { previewImageUrl } from '../lib/routes.ts';
import { LANGS } from '../i18n/locales.ts';

export interface OgJob {
  /** Output name without extension: the post slug, or `default`. */
  name: string;
  card: OgCardInput;
}

export interface OgResult {
  total: number;
  rendered: number;
  /** How long the end of the build waited for the cards (drawing mostly overlaps the pages). */
  waitedSeconds: number;
}

export interface OgBatch {
  /** Waits for every card, then copies them to `outDir` as `<name>.png`. */
  finish(outDir: string): Promise<OgResult>;
}

type KeyedJob = OgJob & { cached: string };

// A card takes ~10 ms; starting a worker takes longer than a few dozen cards, so small batches
// are drawn on the main thread at the end and large ones in workers from the start.
const WORKER_THRESHOLD = 60;

/** Each job with the cache file its card is drawn to (named by its words and the build fingerprint). */
function keyJobs(jobs: readonly OgJob[], root: string, cacheDir: string): { keyed: KeyedJob[]; fonts: FontFile[] } {
  const fingerprint = buildFingerprint(root);
  const cache = join(cacheDir, 'og');
  mkdirSync(cache, { recursive: true });
  const keyed: KeyedJob[] = jobs.map((job) => ({
    ...job,
    cached: join(cache, `${createHash('sha256').update(fingerprint).update(JSON.stringify(job.card)).digest('hex').slice(0, 32)}.png`),
  }));
  return { keyed, fonts: cardFonts(root) };
}

/** One card per published post, plus the site's default card. */
export function previewCardJobs(posts: readonly PublishedPostSummary[], site: SiteConfig): OgJob[] {
  const domain = new URL(site.url).host;
  return [
    // One site card per language, for pages that have no card of their own.
    ...LANGS.map((lang) => ({
      name: previewImageUrl(undefined, lang).replace(/^\/og\/|\.png$/g, ''),
      card: { title: site.copy[lang].tagline, eyebrow: site.address.city, brand: site.name, domain },
    })),
    ...posts.map((post) => ({ name: post.id, card: { title: post.title, eyebrow: post.topicName, brand: site.name, domain } })),
  ];
}

/**
 * Starts drawing the cards not in the cache (in worker threads for a large batch) and returns at
 * once; `finish` waits for them and places every card in the built site.
 */
export function startOgImages(jobs: readonly OgJob[], root: string, cacheDir: string): OgBatch {
  const { keyed, fonts } = keyJobs(jobs, root, cacheDir);
  const missing = keyed.filter((job) => !existsSync(job.cached));
  const queue = [...missing];
  const errors: string[] = [];
  const workers: Array<Promise<void>> = [];
  const workerFile = join(root, 'src/integrations/preview-card-worker.ts');
  const addWorker = () => workers.push(drainInWorker(queue, fonts, workerFile, errors, cardEmojiDir(root)));
  // Workers run at the lowest priority, so they can use every core from the start.
  if (missing.length >= WORKER_THRESHOLD) for (let i = 0; i < workerCount(missing.length); i++) addWorker();

  return {
    async finish(outDir) {
      const started = performance.now();
      await Promise.all(workers);
      // Small batches (no workers), and any cards a dying thread left, are drawn here.
      if (queue.length > 0) {
        const draw = cardDrawer(fonts, cardEmojiDir(root));
        for (const job of queue.splice(0)) await draw(job.card, job.cached);
      }
      if (errors.length) throw new Error(`Could not draw ${errors.length} preview image(s):\n  ${errors.join('\n  ')}`);
      mkdirSync(outDir, { recursive: true });
      for (const job of keyed) placeFile(job.cached, join(outDir, `${job.name}.png`));
      return { total: jobs.length, rendered: missing.length, waitedSeconds: (performance.now() - started) / 1000 };
    },
  };
}

const workerCount = (jobs: number) => Math.max(1, Math.min(availableParallelism(), 4, jobs));

/** One worker thread taking cards from the shared queue until it is empty or the thread dies. */
async function drainInWorker(queue: KeyedJob[], fonts: FontFile[], workerFile: string, errors: string[], emojiDir: string): Promise<void> {
  const worker = new Worker(workerFile, { workerData: { fonts, emojiDir } });
  let pending: ((reply: { error?: string }) => void) | undefined;
  let dead = false;
  const stop = (why: string) => {
    dead = true;
    pending?.({ error: why });
  };
  worker.on('message', (reply: { error?: string }) => pending?.(reply));
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', () => stop('the drawing thread stopped'));
  try {
    for (let job = queue.shift(); job && !dead; job = dead ? undefined : queue.shift()) {
      const card = job;
      const reply = await new Promise<{ error?: string }>((resolve) => {
        pending = resolve;
        worker.postMessage({ card: card.card, out: card.cached });
      });
      if (reply.error) errors.push(`${card.name}: ${reply.error}`);
    }
  } finally {
    await worker.terminate();
  }
}

/** A hard link costs far less than a copy; copy when the cache is on another file system. */
function placeFile(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
